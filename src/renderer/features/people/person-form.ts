import type {
  PersonDetailsInput,
  PersonRecord,
  ReferralFieldsInput,
} from '../../../shared/contract/people-schemas'
import { localIsoDate } from '../../../shared/dates'
import { type CodeList, labelOf } from '../../../shared/reference'
import { ApiError } from '../../lib/api-client'
import { formatNhsNumber } from '../../lib/format'
import { isoFromUk, ukDateProblem, ukFromIso } from '../../lib/uk-date'

/** What the person form holds: text as typed; codes and ids as strings ('' for none). */
export interface PersonFormValues {
  legalGivenName: string
  legalFamilyName: string
  preferredName: string
  dateOfBirth: string
  dateOfDeath: string
  nhsNumber: string
  councilId: string
  councilPersonId: string
  addressLine1: string
  addressLine2: string
  town: string
  postcode: string
  phone: string
  email: string
  preferredContact: string
  communicationNeeds: string
  gender: string
  ethnicity: string
  primarySupportReason: string
  accommodationStatus: string
  employmentStatus: string
  flags: {
    hasSafeguardingConcern: boolean
    hasFinancialConcern: boolean
    lacksCapacityForFinances: boolean
  }
  keyWorkerId: string
}

export const PERSON_FIELD_NAMES = [
  'legalGivenName',
  'legalFamilyName',
  'preferredName',
  'dateOfBirth',
  'dateOfDeath',
  'nhsNumber',
  'councilId',
  'councilPersonId',
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'phone',
  'email',
  'preferredContact',
  'communicationNeeds',
  'gender',
  'ethnicity',
  'primarySupportReason',
  'accommodationStatus',
  'employmentStatus',
  'flags',
  'keyWorkerId',
] as const

export function emptyPerson(): PersonFormValues {
  return {
    legalGivenName: '',
    legalFamilyName: '',
    preferredName: '',
    dateOfBirth: '',
    dateOfDeath: '',
    nhsNumber: '',
    councilId: '',
    councilPersonId: '',
    addressLine1: '',
    addressLine2: '',
    town: '',
    postcode: '',
    phone: '',
    email: '',
    preferredContact: '',
    communicationNeeds: '',
    gender: '',
    ethnicity: '',
    primarySupportReason: '',
    accommodationStatus: '',
    employmentStatus: '',
    flags: {
      hasSafeguardingConcern: false,
      hasFinancialConcern: false,
      lacksCapacityForFinances: false,
    },
    keyWorkerId: '',
  }
}

export function personFromRecord(record: PersonRecord): PersonFormValues {
  const f = record.fields
  const text = (v: string | null) => v ?? ''
  const id = (v: number | null) => (v === null ? '' : String(v))
  return {
    legalGivenName: f.legalGivenName,
    legalFamilyName: f.legalFamilyName,
    preferredName: text(f.preferredName),
    dateOfBirth: ukFromIso(f.dateOfBirth),
    dateOfDeath: ukFromIso(f.dateOfDeath),
    nhsNumber: formatNhsNumber(f.nhsNumber),
    councilId: id(f.councilId),
    councilPersonId: text(f.councilPersonId),
    addressLine1: text(f.addressLine1),
    addressLine2: text(f.addressLine2),
    town: text(f.town),
    postcode: text(f.postcode),
    phone: text(f.phone),
    email: text(f.email),
    preferredContact: text(f.preferredContact),
    communicationNeeds: text(f.communicationNeeds),
    gender: text(f.gender),
    ethnicity: text(f.ethnicity),
    primarySupportReason: text(f.primarySupportReason),
    accommodationStatus: text(f.accommodationStatus),
    employmentStatus: text(f.employmentStatus),
    flags: { ...f.flags },
    keyWorkerId: id(f.keyWorkerId),
  }
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim())

/** The form as the backend's PersonDetails: blanks become null; the backend checks the rest. */
/** Checks made before anything is sent; the backend checks everything again. */
export const personValidation = {
  legalGivenName: (v: string) => (v.trim() ? null : 'Enter their first name.'),
  legalFamilyName: (v: string) => (v.trim() ? null : 'Enter their surname.'),
  dateOfBirth: (v: string) => ukDateProblem(v),
  dateOfDeath: (v: string) => ukDateProblem(v),
}

export function referralFromRecord(r: {
  source: string
  sourceDetail: string | null
  receivedOn: string
  reason: string | null
  firstContactOn: string | null
  outcome: string | null
  outcomeOn: string | null
}): ReferralFormValues {
  return {
    source: r.source,
    sourceDetail: r.sourceDetail ?? '',
    receivedOn: ukFromIso(r.receivedOn),
    reason: r.reason ?? '',
    firstContactOn: ukFromIso(r.firstContactOn),
    outcome: r.outcome ?? '',
    outcomeOn: ukFromIso(r.outcomeOn),
  }
}

export const referralValidation = {
  receivedOn: (v: string) => ukDateProblem(v, true),
  firstContactOn: (v: string) => ukDateProblem(v),
  outcomeOn: (v: string) => ukDateProblem(v),
}

export function personToFields(v: PersonFormValues): PersonDetailsInput {
  return {
    legalGivenName: v.legalGivenName.trim(),
    legalFamilyName: v.legalFamilyName.trim(),
    preferredName: orNull(v.preferredName),
    dateOfBirth: isoFromUk(v.dateOfBirth),
    dateOfDeath: isoFromUk(v.dateOfDeath),
    nhsNumber: orNull(v.nhsNumber),
    councilId: v.councilId ? Number(v.councilId) : null,
    councilPersonId: orNull(v.councilPersonId),
    addressLine1: orNull(v.addressLine1),
    addressLine2: orNull(v.addressLine2),
    town: orNull(v.town),
    postcode: orNull(v.postcode),
    phone: orNull(v.phone),
    email: orNull(v.email),
    preferredContact: orNull(v.preferredContact) as PersonDetailsInput['preferredContact'],
    communicationNeeds: orNull(v.communicationNeeds),
    gender: orNull(v.gender) as PersonDetailsInput['gender'],
    ethnicity: orNull(v.ethnicity) as PersonDetailsInput['ethnicity'],
    primarySupportReason: orNull(
      v.primarySupportReason,
    ) as PersonDetailsInput['primarySupportReason'],
    accommodationStatus: orNull(v.accommodationStatus) as PersonDetailsInput['accommodationStatus'],
    employmentStatus: orNull(v.employmentStatus) as PersonDetailsInput['employmentStatus'],
    flags: v.flags,
    keyWorkerId: v.keyWorkerId ? Number(v.keyWorkerId) : null,
  }
}

export interface ReferralFormValues {
  source: string
  sourceDetail: string
  receivedOn: string
  reason: string
  firstContactOn: string
  outcome: string
  outcomeOn: string
}

export function emptyReferral(today: string): ReferralFormValues {
  return {
    source: 'council-social-work',
    sourceDetail: '',
    receivedOn: ukFromIso(today),
    reason: '',
    firstContactOn: '',
    outcome: '',
    outcomeOn: '',
  }
}

export function referralToFields(v: ReferralFormValues): ReferralFieldsInput {
  return {
    source: v.source as ReferralFieldsInput['source'],
    sourceDetail: orNull(v.sourceDetail),
    receivedOn: isoFromUk(v.receivedOn) ?? '',
    reason: orNull(v.reason),
    firstContactOn: isoFromUk(v.firstContactOn),
    outcome: orNull(v.outcome),
    outcomeOn: isoFromUk(v.outcomeOn),
  }
}

/** Options for a NativeSelect from a code list, with a first "not recorded" choice. */
export function codeOptions(list: CodeList, none = 'Not recorded') {
  return [{ value: '', label: none }, ...list.items.map((i) => ({ value: i.code, label: i.label }))]
}

/** A code's label, or a dash when there is none, for read-only views. */
export function shown(list: CodeList, code: string | null): string {
  return code ? labelOf(list, code) : '—'
}

/** Today as yyyy-mm-dd, the same calendar the backend uses to refuse dates in the future. */
export function todayIso(): string {
  return localIsoDate(new Date())
}

/** The other person's reference when the backend refused a duplicate NHS number. */
export function duplicateRef(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'CLIENTS.DUPLICATE') return null
  const ref = error.details?.ref
  return typeof ref === 'string' ? ref : null
}
