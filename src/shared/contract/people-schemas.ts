import { z } from 'zod'
import { isIsoDate, localIsoDate } from '../dates'
import {
  AccommodationStatus,
  CaseNoteKind,
  CircleKind,
  PersonStatus,
  codesOf,
  type CodeList,
  ConsentPurpose,
  ContactMethod,
  EmploymentStatus,
  Ethnicity,
  Gender,
  LegalRole,
  PrimarySupportReason,
  ReferralSource,
} from '../reference'
import { nhsNumberProblem, normaliseNhsNumber } from '../validation/nhs-number'
import { normalisePostcode, postcodeProblem } from '../validation/postcode'
import { prose, text } from './route'
import { storedForm, textRule } from './text-rules'

/** A `yyyy-mm-dd` date that exists on the calendar. */
export const IsoDateText = z
  .string()
  .trim()
  .refine(isIsoDate, 'Use a real date, written like 2026-11-25.')

function todayIso(): string {
  return localIsoDate(new Date())
}

/** A date that is not after today (births, deaths, things that happened). */
export const PastDate = IsoDateText.refine((d) => d <= todayIso(), 'This date is in the future.')

/** A field that may be left out or null, and is always null (never undefined) once parsed. */
function optional<T extends z.ZodType>(schema: T) {
  return schema
    .nullable()
    .optional()
    .transform((v) => (v ?? null) as z.output<T> | null)
}

/** A code from one of the reference lists, optional. */
const optionalCode = <C extends string>(list: CodeList<C>) => optional(z.enum(codesOf(list)))

const optionalText = (label: string, max: number) =>
  text(label, max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null))

const optionalProse = (label: string, max: number) =>
  prose(label, max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null))

export const NhsNumber = z
  .string()
  .trim()
  .check(textRule('NHS number', 'single-line'))
  .superRefine((value, ctx) => {
    const problem = nhsNumberProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .transform((value) => normaliseNhsNumber(value)!)

export const Postcode = z
  .string()
  .trim()
  .check(textRule('Postcode', 'single-line'))
  .superRefine((value, ctx) => {
    const problem = postcodeProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .transform((value) => normalisePostcode(value)!)

export const PersonFlags = z.object({
  hasSafeguardingConcern: z.boolean(),
  hasFinancialConcern: z.boolean(),
  lacksCapacityForFinances: z.boolean(),
})
export type PersonFlags = z.infer<typeof PersonFlags>

/** The fields of a person's record that staff type; the reference and status are managed apart. */
export const PersonDetails = z
  .object({
    legalGivenName: text('First name', 80, 1),
    legalFamilyName: text('Surname', 80, 1),
    preferredName: optionalText('Preferred name', 80),
    dateOfBirth: optional(PastDate),
    dateOfDeath: optional(PastDate),
    nhsNumber: optional(NhsNumber),
    councilPersonId: optionalText('Council person ID', 40),
    councilId: optional(z.number().int().positive()),
    addressLine1: optionalText('Address', 120),
    addressLine2: optionalText('Address line 2', 120),
    town: optionalText('Town', 80),
    postcode: optional(Postcode),
    phone: optionalText('Phone', 30),
    email: optional(
      z
        .email('Enter an email address like name@example.org.')
        .max(200, 'Email must be at most 200 characters.'),
    ),
    preferredContact: optionalCode(ContactMethod),
    communicationNeeds: optionalProse('Communication needs', 1000),
    gender: optionalCode(Gender),
    ethnicity: optionalCode(Ethnicity),
    primarySupportReason: optionalCode(PrimarySupportReason),
    accommodationStatus: optionalCode(AccommodationStatus),
    employmentStatus: optionalCode(EmploymentStatus),
    flags: PersonFlags.default({
      hasSafeguardingConcern: false,
      hasFinancialConcern: false,
      lacksCapacityForFinances: false,
    }),
    keyWorkerId: optional(z.number().int().positive()),
  })
  .superRefine((c, ctx) => {
    if (c.dateOfBirth && c.dateOfDeath && c.dateOfDeath < c.dateOfBirth) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateOfDeath'],
        message: 'The date of death is before the date of birth.',
      })
    }
  })
export type PersonDetailsInput = z.input<typeof PersonDetails>
export type PersonDetails = z.output<typeof PersonDetails>

export const PersonStatusCode = z.enum(codesOf(PersonStatus))

export const PersonRef = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^C-\d{6}$/, 'A person’s reference looks like C-000123.')

export const KeyWorker = z.object({ id: z.number().int(), name: z.string() })

export const PersonSummary = z.object({
  id: z.number().int(),
  ref: z.string(),
  displayName: z.string(),
  legalName: z.string(),
  dateOfBirth: z.string().nullable(),
  postcode: z.string().nullable(),
  nhsNumber: z.string().nullable(),
  status: PersonStatusCode,
  keyWorker: KeyWorker.nullable(),
  flags: PersonFlags,
  updatedAt: z.string(),
})
export type PersonSummary = z.infer<typeof PersonSummary>

export const StatusChange = z.object({
  status: PersonStatusCode,
  reason: z.string().nullable(),
  changedOn: z.string(),
  changedBy: z.string().nullable(),
})

export const ProfileFields = z.object({
  importantToMe: prose('What is important to me', 20_000),
  likeAndAdmire: prose('What people like and admire about me', 20_000),
  howToSupport: prose('How best to support me', 20_000),
  lifeStory: prose('My life story', 20_000),
  dailyRoutine: prose('My daily routine', 20_000),
  weeklyRoutine: prose('My weekly routine', 20_000),
  notWorking: prose('What is not working', 20_000),
})
export type ProfileFields = z.infer<typeof ProfileFields>

export const CircleMemberFields = z.object({
  name: text('Name', 120, 1),
  kind: z.enum(codesOf(CircleKind)),
  relationship: optionalText('Relationship', 80),
  isUnpaidCarer: z.boolean().default(false),
  caringHoursPerWeek: optional(
    z.number().int().min(0).max(168, 'There are only 168 hours in a week.'),
  ),
  legalRole: optionalCode(LegalRole),
  organisation: optionalText('Organisation', 120),
  phone: optionalText('Phone', 30),
  email: optional(
    z
      .email('Enter an email address like name@example.org.')
      .max(200, 'Email must be at most 200 characters.'),
  ),
  address: optionalProse('Address', 300),
  mayContact: z.boolean().default(false),
  mayBeTold: optionalProse('What they may be told', 1000),
  notes: optionalProse('Notes', 2000),
})
export type CircleMemberFieldsInput = z.input<typeof CircleMemberFields>
export const CircleMember = storedForm(CircleMemberFields).extend({
  id: z.number().int(),
  isArchived: z.boolean(),
})
export type CircleMember = z.infer<typeof CircleMember>

export const ConsentFields = z
  .object({
    purpose: z.enum(codesOf(ConsentPurpose)),
    detail: optionalText('What exactly', 500),
    givenBy: text('Given by', 120, 1),
    givenOn: PastDate,
    expiresOn: optional(IsoDateText),
  })
  .superRefine((c, ctx) => {
    if (c.expiresOn && c.expiresOn < c.givenOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        message: 'It expires before it was given.',
      })
    }
  })
export const Consent = z.object({
  id: z.number().int(),
  purpose: z.string(),
  detail: z.string().nullable(),
  givenBy: z.string(),
  givenOn: z.string(),
  expiresOn: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  isCurrent: z.boolean(),
})
export type Consent = z.infer<typeof Consent>

export const ReferralFields = z.object({
  source: z.enum(codesOf(ReferralSource)),
  sourceDetail: optionalText('Who referred', 200),
  receivedOn: PastDate,
  reason: optionalProse('Reason', 2000),
  firstContactOn: optional(PastDate),
  outcome: optionalProse('Outcome', 500),
  outcomeOn: optional(PastDate),
})
export type ReferralFieldsInput = z.input<typeof ReferralFields>
export const Referral = z.object({
  id: z.number().int(),
  source: z.string(),
  sourceDetail: z.string().nullable(),
  receivedOn: z.string(),
  reason: z.string().nullable(),
  firstContactOn: z.string().nullable(),
  outcome: z.string().nullable(),
  outcomeOn: z.string().nullable(),
})
export type Referral = z.infer<typeof Referral>

export const SharingNote = z.object({
  councilId: z.number().int(),
  councilName: z.string(),
  note: z.string(),
  updatedAt: z.string(),
})

export const PersonRecord = z.object({
  summary: PersonSummary,
  fields: z.object({
    legalGivenName: z.string(),
    legalFamilyName: z.string(),
    preferredName: z.string().nullable(),
    dateOfBirth: z.string().nullable(),
    dateOfDeath: z.string().nullable(),
    nhsNumber: z.string().nullable(),
    councilPersonId: z.string().nullable(),
    councilId: z.number().nullable(),
    addressLine1: z.string().nullable(),
    addressLine2: z.string().nullable(),
    town: z.string().nullable(),
    postcode: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    preferredContact: z.enum(codesOf(ContactMethod)).nullable(),
    communicationNeeds: z.string().nullable(),
    gender: z.enum(codesOf(Gender)).nullable(),
    ethnicity: z.enum(codesOf(Ethnicity)).nullable(),
    primarySupportReason: z.enum(codesOf(PrimarySupportReason)).nullable(),
    accommodationStatus: z.enum(codesOf(AccommodationStatus)).nullable(),
    employmentStatus: z.enum(codesOf(EmploymentStatus)).nullable(),
    flags: PersonFlags,
    keyWorkerId: z.number().nullable(),
  }),
  version: z.number().int(),
  council: z.object({ id: z.number(), name: z.string(), onsCode: z.string() }).nullable(),
  statusSince: z.string(),
  /** Where the record may move next (the backend's rule). */
  nextStatuses: z.array(PersonStatusCode),
  closedReason: z.string().nullable(),
  statusHistory: z.array(StatusChange),
  /** null when the caller's role may not see it */
  profile: storedForm(ProfileFields).extend({ updatedAt: z.string().nullable() }).nullable(),
  circle: z.array(CircleMember),
  consents: z.array(Consent).nullable(),
  referrals: z.array(Referral).nullable(),
  sharingNotes: z.array(SharingNote).nullable(),
  canEdit: z.boolean(),
})
export type PersonRecord = z.infer<typeof PersonRecord>

export const CaseNoteKindCode = z.enum(codesOf(CaseNoteKind))
const NoteWriter = z.object({ id: z.number().int(), name: z.string() })

/** One written text of a note: the first, a correction of it, or an addendum to it. */
export const NoteText = z.object({
  id: z.number().int(),
  kind: CaseNoteKindCode,
  occurredAt: z.string(),
  durationMinutes: z.number().int().nullable(),
  subject: z.string(),
  body: z.string(),
  /** Who wrote this text, and when it was saved. */
  author: NoteWriter,
  createdAt: z.string(),
})
export type NoteText = z.infer<typeof NoteText>

/**
 * A case note as it reads now: `id` is the note's first text (what corrections and addenda name);
 * the other fields are its current text (the newest correction, or the first text if none).
 * `correctionReason` says why the current text replaced an earlier one. `earlier` keeps every text
 * it replaced, newest first, each with who replaced it, when and why (shown struck through);
 * `addenda` are added to it, oldest first.
 */
export const CaseNote = NoteText.extend({
  personRef: z.string(),
  isRestricted: z.boolean(),
  correctionReason: z.string().nullable(),
  earlier: z.array(
    NoteText.extend({ correctedBy: NoteWriter, correctedAt: z.string(), reason: z.string() }),
  ),
  addenda: z.array(NoteText),
})
export type CaseNote = z.infer<typeof CaseNote>

export const NoteHit = z.object({
  noteId: z.number().int(),
  person: PersonSummary,
  occurredAt: z.string(),
  kind: z.string(),
  subject: z.string(),
  snippet: z.string(),
  isRestricted: z.boolean(),
})
export type NoteHit = z.infer<typeof NoteHit>

/** A row id in a route's input. */
export const Id = z.number().int().positive()
