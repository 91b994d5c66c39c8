import type { Db } from '../db/handles'
import type { PlanContentInput } from '../../shared/contract/plan-schemas'
import { PlanContent } from '../../shared/contract/plan-schemas'
import {
  AccommodationStatus,
  codesOf,
  EmploymentStatus,
  Ethnicity,
  Gender,
  PrimarySupportReason,
} from '../../shared/reference'
import type { Role } from '../../shared/roles'
import type { KdfStrength } from '../db/key-derivation'
import type { Store } from '../db/store'
import { formatPersonRef, takePersonNumber } from '../people'
import {
  activatePlan,
  createPlan,
  endPlan,
  formatPlanRef,
  moveToPanel,
  recordDecision,
  revisePlan,
  saveDraft,
  submitPlan,
} from '../plans'
import { addUser, findUserByUsername } from '../users'
import * as words from './seed-data'

/** A small seeded random generator (mulberry32): the same seed gives the same organisation. */
function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  return { next, int, pick, chance: (p: number) => next() < p }
}

function nhsNumber(rng: ReturnType<typeof random>, used: Set<string>): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, (_, i) => (i === 0 ? rng.int(4, 9) : rng.int(0, 9)))
    const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0)
    const check = 11 - (sum % 11)
    if (check === 10) continue
    const number = [...digits, check === 11 ? 0 : check].join('')
    if (used.has(number)) continue
    used.add(number)
    return number
  }
}

/** A note's subject: its first sentence, cut at a word (never mid-word) to 60 characters. */
function subjectOf(body: string): string {
  const first = body.split(/(?<=[.!?])\s/)[0] ?? body
  if (first.length <= 60) return first
  const cut = first.slice(0, 59)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}

export const DEMO_STAFF_PASSWORD = 'amber kettle orchard lamp 62'

const STAFF: { username: string; displayName: string; role: Role }[] = [
  { username: 'amara.adviser', displayName: 'Amara Okonkwo', role: 'adviser' },
  { username: 'ben.adviser', displayName: 'Ben Whitaker', role: 'adviser' },
  { username: 'chloe.adviser', displayName: 'Chloe Nowak', role: 'adviser' },
  { username: 'dev.coordinator', displayName: 'Dev Sharma', role: 'coordinator' },
  { username: 'fran.finance', displayName: 'Fran Lister', role: 'finance' },
  { username: 'trustee.viewer', displayName: 'Tom Trustee', role: 'viewer' },
]

export interface SeedDeps {
  readonly store: Store
  readonly kdf: KdfStrength
  readonly actor: { id: number; role: Role }
  readonly now: Date
}

type Progress = (done: number, total: number | null, label: string) => Promise<void>

/**
 * Fills the open file with a realistic demonstration organisation: staff, people with profiles, circles
 * of support, referrals and case notes, and support plans in every status. People and notes are written
 * in batches of plain SQL for speed (a benchmark seeds 20,000 people and 500,000 notes); plans go
 * through the plan use cases so they obey every rule.
 */
export async function runSeed(
  deps: SeedDeps,
  options: { clients: number; notesPerPerson: number; seed: number },
  progress: Progress,
): Promise<{ clients: number; notes: number; plans: number; users: number }> {
  const { store, now } = deps
  const rng = random(options.seed)
  const at = now.toISOString()
  const staffIds: number[] = []
  let usersAdded = 0
  await store.db.transaction().execute(async (trx) => {
    for (const s of STAFF) {
      const existing = await findUserByUsername(trx, s.username)
      if (existing) {
        staffIds.push(existing.id)
        continue
      }
      const row = await addUser(
        { store, db: trx, kdf: deps.kdf, now, organisationName: '' },
        { ...s, password: DEMO_STAFF_PASSWORD, mustChangePassword: false },
      )
      staffIds.push(row.id)
      usersAdded += 1
    }
  })
  // Everything else in one transaction: a failed or cancelled seed leaves nothing half-written.
  return store.db.transaction().execute(async (trx) => {
    const advisers = staffIds.slice(0, 3)
    // Notes are written by those who may write them: advisers and the coordinator.
    const noteWriters = staffIds.slice(0, 4)
    const councils = (await trx.selectFrom('councils').select('id').execute()).map((c) => c.id)
    const usedNhs = new Set(
      (
        await trx
          .selectFrom('clients')
          .select('nhs_number')
          .where('nhs_number', 'is not', null)
          .execute()
      ).map((r) => r.nhs_number!),
    )
    const { sqlite } = store
    const insertPerson =
      sqlite.prepare(`INSERT INTO clients (ref, legal_given_name, legal_family_name, preferred_name, date_of_birth,
    nhs_number, council_id, address_line1, town, postcode, phone, gender, ethnicity, primary_support_reason, accommodation_status,
    employment_status, has_safeguarding_concern, has_financial_concern, lacks_capacity_for_finances, status, status_since,
    closed_reason, key_worker_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
    const insertHistory = sqlite.prepare(
      `INSERT INTO client_status_history (client_id, status, reason, changed_on, changed_by, created_at) VALUES (?,?,?,?,?,?)`,
    )
    const insertProfile = sqlite.prepare(
      `INSERT INTO client_profiles (client_id, important_to_me, like_and_admire, how_to_support, not_working, updated_at, updated_by) VALUES (?,?,?,?,?,?,?)`,
    )
    const insertCircle = sqlite.prepare(
      `INSERT INTO circle_members (client_id, name, kind, relationship, is_unpaid_carer, caring_hours_per_week, legal_role, phone, may_contact, may_be_told, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
    )
    const insertReferral = sqlite.prepare(
      `INSERT INTO referrals (client_id, source, received_on, reason, first_contact_on, created_at) VALUES (?,?,?,?,?,?)`,
    )
    const insertNote = sqlite.prepare(
      `INSERT INTO case_notes (client_id, author_id, kind, occurred_at, duration_minutes, subject, body, is_restricted, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)`,
    )
    const enums = {
      gender: codesOf(Gender),
      ethnicity: codesOf(Ethnicity),
      psr: codesOf(PrimarySupportReason),
      accommodation: codesOf(AccommodationStatus),
      employment: codesOf(EmploymentStatus),
    }
    const today = at.slice(0, 10)
    const nowMs = now.getTime()
    const created: { id: number; ref: string; status: string }[] = []
    let notes = 0
    const BATCH = 500
    for (let start = 0; start < options.clients; start += BATCH) {
      const end = Math.min(options.clients, start + BATCH)
      const numbers: number[] = []
      for (let i = start; i < end; i++) numbers.push(await takePersonNumber(trx))
      sqlite.transaction(() => {
        for (const n of numbers) {
          const given = rng.pick(words.GIVEN_NAMES)
          const family = rng.pick(words.FAMILY_NAMES)
          const roll = rng.next()
          const status =
            roll < 0.7 ? 'active' : roll < 0.8 ? 'referral' : roll < 0.85 ? 'enquiry' : 'closed'
          const dob = `${rng.int(1940, 2005)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
          const since = new Date(nowMs - rng.int(30, 1500) * 86_400_000).toISOString().slice(0, 10)
          const keyWorker = rng.pick(advisers)
          const ref = formatPersonRef(n)
          const info = insertPerson.run(
            ref,
            given,
            family,
            rng.chance(0.5) ? (words.PREFERRED_NAMES[given] ?? null) : null,
            dob,
            rng.chance(0.9) ? nhsNumber(rng, usedNhs) : null,
            councils.length ? rng.pick(councils) : null,
            `${rng.int(1, 180)} ${rng.pick(words.STREETS)}`,
            rng.pick(words.TOWNS),
            `${rng.pick(words.OUTWARD)} ${rng.int(1, 9)}${rng.pick([...words.INWARD_LETTERS])}${rng.pick([...words.INWARD_LETTERS])}`,
            `07${rng.int(100, 999)} ${rng.int(100000, 999999)}`,
            rng.pick(enums.gender),
            rng.pick(enums.ethnicity),
            rng.pick(enums.psr),
            rng.pick(enums.accommodation),
            rng.pick(enums.employment),
            rng.chance(0.04) ? 1 : 0,
            rng.chance(0.05) ? 1 : 0,
            rng.chance(0.03) ? 1 : 0,
            status,
            since,
            status === 'closed' ? 'Moved out of area' : null,
            keyWorker,
            at,
            at,
          )
          const id = Number(info.lastInsertRowid)
          created.push({ id, ref, status })
          insertHistory.run(id, status, 'Demonstration data', since, keyWorker, at)
          insertReferral.run(
            id,
            rng.pick(['council-social-work', 'self', 'health', 'voluntary-sector', 'other']),
            since,
            'Wants help to manage a direct payment',
            since,
            at,
          )
          const carer = `${rng.pick(words.GIVEN_NAMES)} ${family}`
          if (status !== 'enquiry') {
            insertProfile.run(
              id,
              rng.pick(words.PROFILE_BITS.importantToMe),
              rng.pick(words.PROFILE_BITS.likeAndAdmire),
              rng.pick(words.PROFILE_BITS.howToSupport),
              rng.pick(words.PROFILE_BITS.notWorking),
              at,
              keyWorker,
            )
            insertCircle.run(
              id,
              carer,
              'family',
              rng.pick(['Mother', 'Son', 'Daughter', 'Husband', 'Wife', 'Brother', 'Sister']),
              1,
              rng.int(5, 60),
              rng.chance(0.2) ? 'appointee' : null,
              `07${rng.int(100, 999)} ${rng.int(100000, 999999)}`,
              1,
              'Anything about day-to-day support',
              at,
              at,
            )
          }
          for (let k = 0; k < options.notesPerPerson; k++) {
            // During the working day (09:00 to 17:00 UTC), on one of the last 700 days.
            const day = Math.floor(nowMs / 86_400_000) - rng.int(1, 700)
            const when = new Date(
              day * 86_400_000 + rng.int(9 * 3600, 17 * 3600) * 1000,
            ).toISOString()
            const name = given
            const body = [
              rng.pick(words.NOTE_OPENINGS),
              rng.pick(words.NOTE_TOPICS),
              rng.pick(words.NOTE_TOPICS),
              rng.pick(words.NOTE_CLOSINGS),
            ]
              .join(' ')
              .replaceAll('{name}', name)
              .replaceAll('{carer}', carer)
            insertNote.run(
              id,
              rng.chance(0.8) ? keyWorker : rng.pick(noteWriters),
              rng.pick(['visit', 'phone', 'email', 'meeting']),
              when,
              rng.int(5, 90),
              subjectOf(body),
              body,
              rng.chance(0.08) ? 1 : 0,
              at,
              at,
            )
            notes += 1
          }
        }
      })()
      await progress(end, options.clients, 'Adding people and notes')
    }
    const plans = await seedPlans({ ...deps, db: trx }, created, rng, today, progress)
    return { clients: created.length, notes, plans, users: usersAdded }
  })
}

function planContent(rng: ReturnType<typeof random>, start: string): PlanContentInput {
  const hours = rng.int(8, 30)
  const rate = rng.pick([1375, 1387, 1450, 1525])
  const weeklyPa = Math.round(rate * hours)
  const gross = Math.ceil((weeklyPa + 2500 + 1200) / 100) * 100 + rng.int(0, 4) * 500
  return {
    whatMatters: 'Being at home, seeing family, and choosing who helps me.',
    whatToChange: 'I want to go out more and rely less on my mum.',
    howSupported:
      'A personal assistant in the mornings, an agency for two evenings, and a day centre once a week.',
    howBudgetUsed: 'Mostly on my PA’s wages; the rest on the day centre and payroll.',
    howManaged: 'A managed account with the ULO; I sign off timesheets.',
    stayingInControl: 'I choose my PA and agree the rota every month.',
    contingency:
      'If my PA does not turn up I ring my sister; the agency can send cover within two hours.',
    budget: {
      weeklyGrossPence: gross,
      weeklyContributionPence: rng.pick([0, 1550, 3550, 4200]),
      paymentBasis: rng.pick(['gross', 'net']),
      paymentFrequency: '4-weekly',
      paymentTiming: rng.pick(['advance', 'arrears']),
      managementForm: rng.pick(['dp-managed', 'dp-self', 'isf', 'mixed']),
      startDate: start,
      endDate: null,
    },
    outcomes: [
      {
        text: rng.pick(words.OUTCOME_TEXTS),
        how: 'With my PA',
        byWhen: null,
        wellbeingAreas: ['e', 'f'],
        eligibilityOutcomes: ['i'],
      },
      {
        text: rng.pick(words.OUTCOME_TEXTS),
        how: 'With the day centre',
        byWhen: null,
        wellbeingAreas: ['b'],
        eligibilityOutcomes: ['a', 'g'],
      },
    ],
    lines: [
      {
        description: 'Personal assistant, mornings',
        supportType: 'home-support',
        providerType: 'employed-pa',
        unit: 'hour',
        unitCostPence: rate,
        quantityHundredths: hours * 100,
        outcomePositions: [1],
      },
      {
        description: 'Day centre',
        supportType: 'day-support',
        providerType: 'community',
        unit: 'session',
        unitCostPence: 2500,
        quantityHundredths: 100,
        outcomePositions: [2],
      },
      {
        description: 'Payroll and managed account',
        supportType: 'direct-payment',
        providerType: 'other',
        unit: 'month',
        unitCostPence: 5200,
        quantityHundredths: 100,
        outcomePositions: [],
      },
    ],
  }
}

async function seedPlans(
  deps: SeedDeps & { db: Db },
  clients: readonly { id: number; ref: string; status: string }[],
  rng: ReturnType<typeof random>,
  today: string,
  progress: Progress,
): Promise<number> {
  const withPlans = clients
    .filter((c) => c.status === 'active' || c.status === 'referral')
    .slice(0, 1500)
  const cycle = [
    'active',
    'active',
    'active',
    'superseded',
    'draft',
    'submitted',
    'funding-panel',
    'approved',
    'deferred',
    'declined',
    'ended',
    'approved-with-conditions',
  ]
  let count = 0
  for (const [i, client] of withPlans.entries()) {
    const target = cycle[i % cycle.length]!
    const trx = deps.db
    await (async () => {
      const d = { db: trx, actor: deps.actor, now: deps.now }
      const id = await createPlan(d, client.ref)
      const ref = formatPlanRef(
        client.ref,
        (
          await trx
            .selectFrom('support_plans')
            .select('plan_no')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).plan_no,
        1,
      )
      const start = new Date(Date.parse(today) - rng.int(10, 600) * 86_400_000)
        .toISOString()
        .slice(0, 10)
      await saveDraft(d, ref, PlanContent.parse(planContent(rng, start)))
      count += 1
      if (target === 'draft') return
      await submitPlan(d, ref)
      if (target === 'submitted') return
      await moveToPanel(d, ref)
      if (target === 'funding-panel') return
      const plan = await trx
        .selectFrom('plan_lines')
        .select((eb) => eb.fn.sum<number>('weekly_cost_pence').as('w'))
        .where('plan_id', '=', id)
        .executeTakeFirstOrThrow()
      const decision =
        target === 'deferred' || target === 'declined'
          ? target
          : target === 'approved-with-conditions'
            ? target
            : 'approved'
      await recordDecision(d, ref, {
        decidedOn: start,
        panel: 'Adult social care resource panel',
        weeklyRequestedPence: Number(plan.w),
        weeklyApprovedPence: decision.startsWith('approved') ? Number(plan.w) : null,
        oneOffRequestedPence: 0,
        oneOffApprovedPence: null,
        decision,
        conditions:
          decision === 'approved-with-conditions' ? 'Review PA hours after three months.' : null,
        reasons:
          decision === 'deferred'
            ? 'Needs an OT assessment first.'
            : decision === 'declined'
              ? 'Needs can be met by community services.'
              : null,
      })
      if (!['active', 'superseded', 'ended'].includes(target)) return
      await activatePlan(d, ref)
      if (target === 'ended') await endPlan(d, ref, today)
      if (target === 'superseded') {
        const next = await revisePlan(d, ref)
        const nextRef = formatPlanRef(client.ref, 1, 2)
        await submitPlan(d, nextRef)
        const w = await trx
          .selectFrom('plan_lines')
          .select((eb) => eb.fn.sum<number>('weekly_cost_pence').as('w'))
          .where('plan_id', '=', next)
          .executeTakeFirstOrThrow()
        await recordDecision(d, nextRef, {
          decidedOn: today,
          panel: 'Adult social care resource panel',
          weeklyRequestedPence: Number(w.w),
          weeklyApprovedPence: Number(w.w),
          oneOffRequestedPence: 0,
          oneOffApprovedPence: null,
          decision: 'approved',
          conditions: null,
          reasons: null,
        })
        await activatePlan(d, nextRef)
        count += 1
      }
    })()
    if (i % 50 === 0) await progress(i, withPlans.length, 'Writing support plans')
  }
  return count
}
