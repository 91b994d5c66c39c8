import { DEMO_STAFF_PASSWORD } from '../../src/main/seed'
import {
  auditActionsSince,
  countPeopleNamed,
  countRows,
  DEMO_STAFF,
  lastAuditId,
  letters,
  type OpenFile,
  signInCode,
} from './crash-file'
import {
  aroundEach,
  type CrashOperation,
  lost,
  partial,
  reported,
  unaudited,
} from './crash-operation'
import type { Finding } from './crash-types'

/**
 * The operations that write people's records in batches: an import, a seed, people added one by one
 * and a support plan taken from draft to submitted.
 */

const IMPORT_ROWS = 120
const SEED_PEOPLE = 40
const LOOP_PEOPLE = 15
const SEED_STAFF = DEMO_STAFF

const familyName = (n: number) => {
  const word = letters(n * 11 + 5)
  return `Crash${word[0]!.toUpperCase()}${word.slice(1)}`
}
const givenName = (i: number) => {
  const word = letters(i + 26)
  return `${word[0]!.toUpperCase()}${word.slice(1)}`
}

const importCommit: CrashOperation = {
  name: 'imports.commit',
  typicalMs: 900,
  targets: [
    { probe: 'begin', nth: 1, when: 'after' },
    ...aroundEach('commit', 1),
    ...aroundEach('rename:anchor', 1),
  ],
  async prepare(file, state) {
    const family = familyName(state.counter++)
    const lines = ['First name,Surname,Date of birth']
    for (let i = 0; i < IMPORT_ROWS; i++) {
      const day = String((i % 28) + 1).padStart(2, '0')
      const month = String((i % 12) + 1).padStart(2, '0')
      lines.push(`${givenName(i)},${family},${day}/${month}/${1940 + (i % 50)}`)
    }
    const auditFrom = await lastAuditId(file.db)
    return {
      signIn: { username: 'quentin.admin', password: state.passwords.get('quentin.admin')! },
      params: {
        name: `${family}.csv`,
        dataBase64: Buffer.from(lines.join('\r\n')).toString('base64'),
        family,
      },
      async verify(after, steps) {
        const found: Finding[] = []
        const got = await countPeopleNamed(after.db, family)
        const done = reported(steps, 'imports.commit').length > 0
        if (got !== 0 && got !== IMPORT_ROWS) {
          found.push(partial(`import of ${family}: ${got} of ${IMPORT_ROWS} people stored`))
        } else if (done && got === 0) {
          found.push(lost(`import of ${family} answered ok, but none of its people are stored`))
        }
        if (got > 0 && !(await auditActionsSince(after.db, auditFrom)).includes('imports.commit')) {
          found.push(unaudited(`import of ${family} stored with no imports.commit event`))
        }
        return found
      },
    }
  },
}

const seedRun: CrashOperation = {
  name: 'seed.run',
  typicalMs: 1500,
  targets: [
    { probe: 'argon2', nth: 1, when: 'within' },
    { probe: 'argon2', nth: 4, when: 'within' },
    ...aroundEach('rename:keyring', 1),
    ...aroundEach('commit', 3),
    ...aroundEach('rename:anchor', 1),
  ],
  async prepare(file, state) {
    const n = state.counter++
    const before = {
      people: await countRows(file.db, 'clients'),
      notes: await countRows(file.db, 'case_notes'),
      plans: await countRows(file.db, 'support_plans'),
      audit: await lastAuditId(file.db),
      staff: await countStaff(file),
    }
    return {
      signIn: { username: 'quentin.admin', password: state.passwords.get('quentin.admin')! },
      params: { clients: SEED_PEOPLE, notesPerPerson: 2, seed: 1000 + n },
      async verify(after, steps) {
        const found: Finding[] = []
        const people = (await countRows(after.db, 'clients')) - before.people
        const notes = (await countRows(after.db, 'case_notes')) - before.notes
        const plans = (await countRows(after.db, 'support_plans')) - before.plans
        const staff = await countStaff(after)
        const done = reported(steps, 'seed.run').length > 0
        if (people !== 0 && people !== SEED_PEOPLE) {
          found.push(partial(`seed: ${people} of ${SEED_PEOPLE} people stored`))
        } else if (people === 0 && (notes !== 0 || plans !== 0)) {
          found.push(partial(`seed: no people stored but ${notes} notes and ${plans} plans`))
        } else if (people === SEED_PEOPLE && notes === 0) {
          found.push(partial(`seed: ${people} people stored without their notes`))
        } else if (done && people === 0) {
          found.push(lost('seed answered ok, but none of its people are stored'))
        }
        if (staff !== 0 && staff !== SEED_STAFF.length) {
          found.push(partial(`seed: ${staff} of ${SEED_STAFF.length} demonstration logins stored`))
        }
        if (staff === SEED_STAFF.length) {
          for (const username of SEED_STAFF) {
            state.passwords.set(username, DEMO_STAFF_PASSWORD)
          }
          const code = await signInCode(after, SEED_STAFF[0]!, DEMO_STAFF_PASSWORD)
          if (code !== 'ok') found.push(lost(`seed: ${SEED_STAFF[0]} cannot sign in (${code})`))
        }
        const actions = await auditActionsSince(after.db, before.audit)
        if ((people > 0 || staff > before.staff) && !actions.includes('seed.run')) {
          found.push(
            unaudited(
              `seed: ${people} people and ${staff - before.staff} logins stored with no seed.run event`,
            ),
          )
        }
        return found
      },
    }
  },
}

async function countStaff(file: OpenFile): Promise<number> {
  const rows = await file.db
    .selectFrom('users')
    .select('username')
    .where('username', 'in', SEED_STAFF)
    .execute()
  return rows.length
}

const peopleCreate: CrashOperation = {
  name: 'people.create',
  typicalMs: 400,
  targets: [...aroundEach('commit', LOOP_PEOPLE).filter((_, i) => i % 3 === 0)],
  async prepare(file, state) {
    const family = familyName(state.counter++)
    const givenNames = Array.from({ length: LOOP_PEOPLE }, (_, i) => givenName(i))
    const auditFrom = await lastAuditId(file.db)
    return {
      signIn: { username: 'quentin.admin', password: state.passwords.get('quentin.admin')! },
      params: { family, givenNames },
      async verify(after, steps) {
        const found: Finding[] = []
        const refs = reported(steps, 'people.create').map((s) => String(s.ref))
        const stored = refs.length
          ? await after.db.selectFrom('clients').select('ref').where('ref', 'in', refs).execute()
          : []
        for (const ref of refs.filter((r) => !stored.some((s) => s.ref === r))) {
          found.push(lost(`people.create answered ${ref}, but there is no such person`))
        }
        const got = await countPeopleNamed(after.db, family)
        const audited = (await auditActionsSince(after.db, auditFrom)).filter(
          (a) => a === 'people.create',
        ).length
        if (audited < got) {
          found.push(unaudited(`${got} people named ${family} stored, ${audited} audited`))
        }
        return found
      },
    }
  },
}

const COMPLETE_PLAN = {
  whatMatters: 'My family and my football.',
  signOff: { personOn: '2026-05-20' },
  whatToChange: 'I want to go out without my mum.',
  budget: {
    weeklyGrossPence: 42000,
    weeklyContributionPence: 3550,
    paymentBasis: 'gross',
    paymentFrequency: '4-weekly',
    paymentTiming: 'advance',
    managementForm: 'dp-managed',
    startDate: '2026-06-01',
  },
  outcomes: [{ text: 'I want to get to the match every other Saturday.', wellbeingAreas: ['e'] }],
  lines: [
    {
      description: 'PA to football',
      supportType: 'home-support',
      providerType: 'employed-pa',
      unit: 'session',
      unitCostPence: 5500,
      quantityHundredths: 50,
      outcomePositions: [1],
    },
  ],
}

const plans: CrashOperation = {
  name: 'plans',
  typicalMs: 300,
  targets: [...aroundEach('commit', 3), ...aroundEach('rename:anchor', 3)],
  async prepare(file, state) {
    const person = await file.call('people.create', {
      fields: { legalGivenName: 'Plan', legalFamilyName: familyName(state.counter++) },
      status: 'active',
    })
    const ref = person.summary.ref
    return {
      signIn: { username: 'quentin.admin', password: state.passwords.get('quentin.admin')! },
      params: { ref, content: COMPLETE_PLAN },
      async verify(after, steps) {
        const found: Finding[] = []
        const versions = await after.call('plans.list', { ref })
        if (versions.length > 1) found.push(partial(`${ref} has ${versions.length} plans, not 1`))
        const created = reported(steps, 'plans.create')[0]
        if (!created) return found
        const planRef = String(created.planRef)
        const plan = versions.find((v) => v.ref === planRef)
        if (!plan) return [...found, lost(`plan ${planRef} answered created, but is not stored`)]
        const full = await after.call('plans.get', { planRef })
        if (
          reported(steps, 'plans.saveDraft').length &&
          full.content.whatMatters !== COMPLETE_PLAN.whatMatters
        ) {
          found.push(lost(`plan ${planRef} answered saved, but its content is not`))
        }
        if (reported(steps, 'plans.submit').length && plan.status !== 'submitted') {
          found.push(lost(`plan ${planRef} answered submitted, but is ${plan.status}`))
        }
        return found
      },
    }
  },
}

export const RECORD_OPERATIONS = [importCommit, seedRun, peopleCreate, plans]
