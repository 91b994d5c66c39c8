import type { ReadDb } from '../db/handles'
import type { UseCase } from '../kernel'
import { readOrganisationName } from '../organisation'
import { displayName, requirePerson } from '../people'
import { renderPlanPdf } from './plan-pdf'
import { getPlan } from './plan-service'

/** A plan version as a PDF file (full, or easy read for the person), named after its reference. */
export async function exportPlanPdf(
  uc: UseCase<ReadDb>,
  planRef: string,
  easyRead: boolean,
): Promise<{ planRef: string; fileName: string; pdf: Buffer }> {
  const plan = await getPlan(uc, planRef)
  const person = await requirePerson(uc.db, plan.personRef)
  const pdf = await renderPlanPdf({
    plan,
    person: {
      name: displayName(person),
      legalName: `${person.legal_given_name} ${person.legal_family_name}`,
      ref: person.ref,
      dateOfBirth: person.date_of_birth,
    },
    organisationName: await readOrganisationName(uc.db),
    easyRead,
    generatedAt: uc.now,
  })
  const safeRef = plan.ref.replace('/', '-')
  return { planRef: plan.ref, fileName: `${safeRef}${easyRead ? '-easy-read' : ''}.pdf`, pdf }
}
