import {
  CircleMemberFields,
  PersonDetails,
  ProfileFields,
  ReferralFields,
} from '../../shared/contract/people-schemas'
import {
  AccommodationStatus,
  codesOf,
  EmploymentStatus,
  Ethnicity,
  PrimarySupportReason,
} from '../../shared/reference'
import type { Db } from '../db/handles'
import type { Actor, UseCase } from '../kernel'
import {
  addCircleMember,
  changeStatus,
  createPerson,
  findPersonByNhsNumber,
  type PersonStatusCode,
  requirePerson,
  saveOnePageProfile,
} from '../people'
import * as words from './seed-data'
import { dayOf, isoDay, type Random, workingMoment } from './seed-random'

const CODES = {
  ethnicity: codesOf(Ethnicity),
  psr: codesOf(PrimarySupportReason),
  accommodation: codesOf(AccommodationStatus),
  employment: codesOf(EmploymentStatus),
}

/** A seeded person, as the notes and plans written about them need them. */
export interface SeededPerson {
  readonly id: number
  readonly ref: string
  readonly status: PersonStatusCode
  readonly givenName: string
  /** Their unpaid carer, whom their notes mention. */
  readonly carer: string
  readonly keyWorker: Actor
  /** The first and last days (`dayOf`) the organisation worked with them: until closed, or yesterday. */
  readonly firstDay: number
  readonly lastDay: number
}

/** What adding people works with, for the whole run. */
export interface PeopleSeeding {
  readonly db: Db
  readonly rng: Random
  readonly now: Date
  /** Key workers. */
  readonly advisers: readonly Actor[]
  /** The organisation's councils: a person is placed with one, and lives in its area. */
  readonly councils: readonly { readonly id: number; readonly onsCode: string }[]
  /** NHS numbers drawn in this run; the file is asked about each new one too. */
  readonly usedNhs: Set<string>
}

/** A valid NHS number (modulus 11 check digit), or null when the draw has no valid check digit. */
function nhsCandidate(rng: Random): string | null {
  const digits = Array.from({ length: 9 }, (_, i) => (i === 0 ? rng.int(4, 9) : rng.int(0, 9)))
  const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0)
  const check = 11 - (sum % 11)
  if (check === 10) return null
  return [...digits, check === 11 ? 0 : check].join('')
}

/** An NHS number nobody has: `createPerson` refuses a second person with the same one. */
async function freshNhsNumber(s: PeopleSeeding): Promise<string> {
  for (;;) {
    const number = nhsCandidate(s.rng)
    if (number === null || s.usedNhs.has(number)) continue
    s.usedNhs.add(number)
    if (!(await findPersonByNhsNumber(s.db, number))) return number
  }
}

/** Where a person lives: a town of their council's area (or of the organisation's, if it is not known). */
function drawHome(s: PeopleSeeding, onsCode: string | undefined) {
  const { rng } = s
  const known = s.councils.find((c) => c.onsCode in words.AREAS)?.onsCode
  const towns = words.AREAS[onsCode ?? ''] ?? words.AREAS[known ?? words.DEFAULT_AREA_CODE]!
  const { town, outward } = rng.pick(towns)
  const letter = () => rng.pick([...words.INWARD_LETTERS])
  return { town, postcode: `${rng.pick(outward)} ${rng.int(1, 9)}${letter()}${letter()}` }
}

/** Mostly women and men, a few of another gender or not known; the name fits the gender. */
function drawGender(rng: Random): { gender: string; given: string } {
  const roll = rng.next()
  const gender = roll < 0.49 ? 'female' : roll < 0.97 ? 'male' : roll < 0.985 ? 'other' : 'unknown'
  const names =
    gender === 'female'
      ? words.FEMALE_NAMES
      : gender === 'male'
        ? words.MALE_NAMES
        : words.GIVEN_NAMES
  return { gender, given: rng.pick(names) }
}

function drawStatus(rng: Random): PersonStatusCode {
  const roll = rng.next()
  return roll < 0.7 ? 'active' : roll < 0.8 ? 'referral' : roll < 0.85 ? 'enquiry' : 'closed'
}

async function drawDetails(
  s: PeopleSeeding,
  who: { gender: string; given: string; family: string },
  keyWorker: Actor,
): Promise<PersonDetails> {
  const { rng } = s
  const { given, family } = who
  const twoDigits = (min: number, max: number) => String(rng.int(min, max)).padStart(2, '0')
  const council = s.councils.length ? rng.pick(s.councils) : undefined
  return PersonDetails.parse({
    legalGivenName: given,
    legalFamilyName: family,
    preferredName: rng.chance(0.5) ? (words.PREFERRED_NAMES[given] ?? null) : null,
    dateOfBirth: `${rng.int(1940, 2005)}-${twoDigits(1, 12)}-${twoDigits(1, 28)}`,
    nhsNumber: rng.chance(0.9) ? await freshNhsNumber(s) : null,
    councilId: council?.id ?? null,
    addressLine1: `${rng.int(1, 180)} ${rng.pick(words.STREETS)}`,
    ...drawHome(s, council?.onsCode),
    phone: `07${rng.int(100, 999)} ${rng.int(100000, 999999)}`,
    gender: who.gender,
    ethnicity: rng.pick(CODES.ethnicity),
    primarySupportReason: rng.pick(CODES.psr),
    accommodationStatus: rng.pick(CODES.accommodation),
    employmentStatus: rng.pick(CODES.employment),
    flags: {
      hasSafeguardingConcern: rng.chance(0.04),
      hasFinancialConcern: rng.chance(0.05),
      lacksCapacityForFinances: rng.chance(0.03),
    },
    keyWorkerId: keyWorker.id,
  })
}

function drawProfile(rng: Random): ProfileFields {
  return ProfileFields.parse({
    importantToMe: rng.pick(words.PROFILE_BITS.importantToMe),
    likeAndAdmire: rng.pick(words.PROFILE_BITS.likeAndAdmire),
    howToSupport: rng.pick(words.PROFILE_BITS.howToSupport),
    lifeStory: '',
    dailyRoutine: '',
    weeklyRoutine: '',
    notWorking: rng.pick(words.PROFILE_BITS.notWorking),
  })
}

/** Relationships of an unpaid family carer, each with the names that fit it. */
const CARER_RELATIONSHIPS = [
  ['Mother', words.FEMALE_NAMES],
  ['Daughter', words.FEMALE_NAMES],
  ['Sister', words.FEMALE_NAMES],
  ['Wife', words.FEMALE_NAMES],
  ['Son', words.MALE_NAMES],
  ['Brother', words.MALE_NAMES],
  ['Husband', words.MALE_NAMES],
] as const

/** The carer's name fits the relationship (a wife is not called Gareth). */
function drawCarerName(rng: Random, family: string) {
  const [relationship, names] = rng.pick(CARER_RELATIONSHIPS)
  return { relationship, name: `${rng.pick(names)} ${family}` }
}

function drawCarer(rng: Random, carer: { relationship: string; name: string }) {
  return CircleMemberFields.parse({
    name: carer.name,
    kind: 'family',
    relationship: carer.relationship,
    isUnpaidCarer: true,
    caringHoursPerWeek: rng.int(5, 60),
    legalRole: rng.chance(0.2) ? 'appointee' : null,
    phone: `07${rng.int(100, 999)} ${rng.int(100000, 999999)}`,
    mayContact: true,
    mayBeTold: 'Anything about day-to-day support',
  })
}

/**
 * Adds one person the way staff would, through the people area's use cases, each acting on the day
 * it happened (`UseCase.now` in the past, so the record's dates read true): their key worker records
 * them with the referral that brought them, writes their one-page profile and their carer into the
 * circle; people who were taken on become active a few weeks later, and some have since closed.
 */
export async function seedPerson(s: PeopleSeeding): Promise<SeededPerson> {
  const { rng, db } = s
  const { gender, given } = drawGender(rng)
  const family = rng.pick(words.FAMILY_NAMES)
  const status = drawStatus(rng)
  const keyWorker = rng.pick(s.advisers)
  const fields = await drawDetails(s, { gender, given, family }, keyWorker)
  const today = dayOf(s.now)
  const firstDay = today - rng.int(30, 1500)
  const on = (day: number): UseCase => ({ db, actor: keyWorker, now: workingMoment(rng, day) })
  const first = on(firstDay)
  const ref = await createPerson(first, {
    fields,
    status: status === 'enquiry' ? 'enquiry' : 'referral',
    referral: ReferralFields.parse({
      source: rng.pick(['council-social-work', 'self', 'health', 'voluntary-sector', 'other']),
      receivedOn: isoDay(firstDay),
      reason: 'Wants help to manage a direct payment',
      firstContactOn: isoDay(firstDay),
    }),
    // Drawn names and birthdays repeat (and a second seed draws the same ones): different people.
    isNotADuplicate: true,
  })
  const carer = drawCarerName(rng, family)
  if (status !== 'enquiry') {
    await saveOnePageProfile(first, ref, drawProfile(rng))
    await addCircleMember(first, ref, drawCarer(rng, carer))
  }
  let lastDay = today - 1
  if (status === 'active' || status === 'closed') {
    const activeDay = firstDay + rng.int(7, 28)
    await changeStatus(on(activeDay), ref, 'active', isoDay(activeDay), undefined)
    if (status === 'closed') {
      lastDay = rng.int(activeDay + 1, today - 1)
      await changeStatus(on(lastDay), ref, 'closed', isoDay(lastDay), 'Moved out of area')
    }
  }
  const { id } = await requirePerson(db, ref)
  return { id, ref, status, givenName: given, carer: carer.name, keyWorker, firstDay, lastDay }
}
