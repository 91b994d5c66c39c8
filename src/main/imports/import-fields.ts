import type { ImportFieldKey } from '../../shared/contract/imports-routes'

export interface ImportFieldSpec {
  readonly key: ImportFieldKey
  readonly label: string
  readonly isRequired: boolean
  /** Headings that name this field (compared without case, spaces or punctuation). */
  readonly synonyms: readonly string[]
}

export const IMPORT_FIELDS: readonly ImportFieldSpec[] = [
  {
    key: 'legalGivenName',
    label: 'First name',
    isRequired: true,
    synonyms: ['first name', 'forename', 'given name', 'firstname', 'forenames'],
  },
  {
    key: 'legalFamilyName',
    label: 'Surname',
    isRequired: true,
    synonyms: ['surname', 'last name', 'family name', 'lastname'],
  },
  {
    key: 'preferredName',
    label: 'Preferred name',
    isRequired: false,
    synonyms: ['preferred name', 'known as', 'nickname'],
  },
  {
    key: 'dateOfBirth',
    label: 'Date of birth',
    isRequired: false,
    synonyms: ['date of birth', 'dob', 'birth date', 'birthday'],
  },
  {
    key: 'dateOfDeath',
    label: 'Date of death',
    isRequired: false,
    synonyms: ['date of death', 'dod'],
  },
  {
    key: 'nhsNumber',
    label: 'NHS number',
    isRequired: false,
    synonyms: ['nhs number', 'nhs no', 'nhs'],
  },
  {
    key: 'councilPersonId',
    label: 'Council person ID',
    isRequired: false,
    synonyms: [
      'council person id',
      'la person id',
      'la person unique identifier',
      'council id',
      'mosaic id',
      'person id',
    ],
  },
  {
    key: 'council',
    label: 'Council',
    isRequired: false,
    synonyms: ['council', 'local authority', 'la', 'la code'],
  },
  {
    key: 'addressLine1',
    label: 'Address',
    isRequired: false,
    synonyms: ['address', 'address line 1', 'address 1', 'street'],
  },
  {
    key: 'addressLine2',
    label: 'Address line 2',
    isRequired: false,
    synonyms: ['address line 2', 'address 2'],
  },
  { key: 'town', label: 'Town', isRequired: false, synonyms: ['town', 'city', 'town or city'] },
  {
    key: 'postcode',
    label: 'Postcode',
    isRequired: false,
    synonyms: ['postcode', 'post code', 'postal code'],
  },
  {
    key: 'phone',
    label: 'Phone',
    isRequired: false,
    synonyms: ['phone', 'telephone', 'phone number', 'mobile', 'tel'],
  },
  {
    key: 'email',
    label: 'Email',
    isRequired: false,
    synonyms: ['email', 'e-mail', 'email address'],
  },
  {
    key: 'communicationNeeds',
    label: 'Communication needs',
    isRequired: false,
    synonyms: ['communication needs', 'communication'],
  },
  { key: 'gender', label: 'Gender', isRequired: false, synonyms: ['gender', 'sex'] },
  {
    key: 'ethnicity',
    label: 'Ethnicity',
    isRequired: false,
    synonyms: ['ethnicity', 'ethnic group', 'ethnic origin'],
  },
  {
    key: 'primarySupportReason',
    label: 'Primary support reason',
    isRequired: false,
    synonyms: ['primary support reason', 'psr'],
  },
  {
    key: 'accommodationStatus',
    label: 'Accommodation status',
    isRequired: false,
    synonyms: ['accommodation status', 'accommodation'],
  },
  {
    key: 'employmentStatus',
    label: 'Employment status',
    isRequired: false,
    synonyms: ['employment status', 'employment'],
  },
  {
    key: 'status',
    label: 'Status',
    isRequired: false,
    synonyms: ['status', 'record status', 'case status'],
  },
  {
    key: 'keyWorker',
    label: 'Key worker',
    isRequired: false,
    synonyms: ['key worker', 'keyworker', 'worker', 'adviser'],
  },
  {
    key: 'referralSource',
    label: 'Referral source',
    isRequired: false,
    synonyms: ['referral source', 'referred by', 'source of referral', 'source'],
  },
  {
    key: 'referralReceivedOn',
    label: 'Referral date received',
    isRequired: false,
    synonyms: [
      'date received',
      'referral date',
      'referral received',
      'date referred',
      'referral date received',
    ],
  },
  {
    key: 'referralReason',
    label: 'Referral reason',
    isRequired: false,
    synonyms: ['referral reason', 'reason for referral', 'reason'],
  },
]

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/**
 * Maps headings that name a field to that field; the rest stay unmapped (null) for the user to map by
 * hand. A field is mapped at most once (the first heading that names it).
 */
export function autoMap(headings: readonly string[]): Record<string, ImportFieldKey | null> {
  const mapping: Record<string, ImportFieldKey | null> = {}
  const used = new Set<ImportFieldKey>()
  for (const heading of headings) {
    const h = squash(heading)
    const spec = IMPORT_FIELDS.find(
      (f) =>
        !used.has(f.key) &&
        (f.synonyms.some((s) => squash(s) === h) || squash(f.label) === h || squash(f.key) === h),
    )
    mapping[heading] = spec ? spec.key : null
    if (spec) used.add(spec.key)
  }
  return mapping
}
