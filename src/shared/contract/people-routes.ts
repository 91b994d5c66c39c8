import { z } from 'zod'
import { Roles } from '../roles'
import {
  CaseNote,
  CaseNoteKindCode,
  CircleMember,
  CircleMemberFields,
  ClientFields,
  ClientRecord,
  ClientStatusCode,
  ClientSummary,
  Consent,
  ConsentFields,
  IsoDateText,
  NoteHit,
  PastDate,
  PersonRef,
  ProfileFields,
  Referral,
  ReferralFields,
} from './people-schemas'
import { Done, route, text } from './route'

/** Who may change people's records; everyone signed in may read what their role allows. */
export const PEOPLE_EDITORS = ['admin', 'coordinator', 'adviser'] as const
export const EVERYONE = Roles

const Id = z.number().int().positive()

export const peopleRoutes = {
  'clients.list': route({
    input: {
      status: ClientStatusCode.optional(),
      keyWorkerId: Id.optional(),
      flag: z.enum(['safeguarding', 'financial', 'capacity']).optional(),
      sort: z.enum(['name', 'ref', 'status', 'dateOfBirth', 'updated']).default('name'),
      direction: z.enum(['asc', 'desc']).default('asc'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(500),
    },
    output: z.object({ total: z.number().int(), rows: z.array(ClientSummary) }),
    access: EVERYONE,
    kind: 'read',
    summary: 'List people, filtered and sorted',
  }),
  'clients.search': route({
    input: {
      text: z.string().trim().min(1, 'Type something to search for.').max(100),
      limit: z.number().int().min(1).max(100).default(20),
    },
    output: z.array(ClientSummary),
    access: EVERYONE,
    kind: 'read',
    summary: 'Quick search by name, reference, NHS number or postcode',
  }),
  'clients.get': route({
    input: { ref: PersonRef },
    output: ClientRecord,
    access: EVERYONE,
    kind: 'read',
    summary: 'Open a person’s record (audited)',
  }),
  'clients.create': route({
    input: {
      fields: ClientFields,
      status: z.enum(['enquiry', 'referral', 'active']).default('enquiry'),
      referral: ReferralFields.optional(),
      /**
       * Someone with the same names and date of birth is already recorded: without this the add is
       * refused with CLIENTS.LIKELY_DUPLICATE naming them, so the user can open that record instead.
       */
      isNotADuplicate: z.boolean().default(false),
    },
    output: ClientRecord,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Add a person',
  }),
  'clients.update': route({
    input: { ref: PersonRef, version: z.number().int(), fields: ClientFields },
    output: ClientRecord,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Change a person’s details',
  }),
  'clients.setStatus': route({
    input: {
      ref: PersonRef,
      status: ClientStatusCode,
      on: PastDate,
      reason: text('Reason', 500).optional(),
    },
    output: ClientRecord,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Move a person to enquiry, referral, active or closed (reopening keeps history)',
  }),
  'clients.saveProfile': route({
    input: { ref: PersonRef, profile: ProfileFields },
    output: ClientRecord,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Save the one-page profile, in the person’s own words',
  }),
  'circle.add': route({
    input: { ref: PersonRef, member: CircleMemberFields },
    output: CircleMember,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Add someone to the circle of support',
  }),
  'circle.update': route({
    input: { ref: PersonRef, id: Id, member: CircleMemberFields },
    output: CircleMember,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Change a circle-of-support member',
  }),
  'circle.archive': route({
    input: { ref: PersonRef, id: Id },
    output: Done,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Take someone out of the circle of support (kept in history)',
  }),
  'circle.restore': route({
    input: { ref: PersonRef, id: Id },
    output: CircleMember,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Put someone taken out of the circle of support back in',
  }),
  'consents.add': route({
    input: { ref: PersonRef, consent: ConsentFields },
    output: Consent,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Record a consent',
  }),
  'consents.withdraw': route({
    input: { ref: PersonRef, id: Id, on: PastDate },
    output: Consent,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Record that a consent was withdrawn',
  }),
  'sharing.save': route({
    input: { ref: PersonRef, councilId: Id, note: text('Data-sharing note', 2000) },
    output: Done,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Save what may be shared with a council about this person',
  }),
  'referrals.add': route({
    input: { ref: PersonRef, referral: ReferralFields },
    output: Referral,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Record a referral',
  }),
  'referrals.update': route({
    input: { ref: PersonRef, id: Id, referral: ReferralFields },
    output: Referral,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Change a referral (first contact, outcome)',
  }),
  'notes.list': route({
    input: {
      ref: PersonRef,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    },
    output: z.object({ total: z.number().int(), notes: z.array(CaseNote) }),
    access: EVERYONE,
    kind: 'read',
    summary:
      'A person’s case notes, newest first (restricted ones only for their author, coordinators and admins)',
  }),
  'notes.add': route({
    input: {
      ref: PersonRef,
      kind: CaseNoteKindCode,
      occurredAt: z.iso.datetime({ offset: true, message: 'Give the date and time it happened.' }),
      durationMinutes: z
        .number()
        .int()
        .min(0)
        .max(24 * 60)
        .nullable()
        .default(null),
      subject: text('Subject', 200),
      body: text('Note', 50_000, 1),
      isRestricted: z.boolean().default(false),
    },
    output: CaseNote,
    access: PEOPLE_EDITORS,
    kind: 'write',
    summary: 'Write a case note',
  }),
  'notes.search': route({
    input: {
      text: z.string().trim().min(2, 'Type at least two letters.').max(200),
      ref: PersonRef.optional(),
      limit: z.number().int().min(1).max(200).default(50),
    },
    output: z.array(NoteHit),
    access: EVERYONE,
    kind: 'read',
    summary: 'Search the text of case notes you may see',
  }),
  'staff.list': route({
    input: {},
    output: z.array(z.object({ id: Id, name: z.string(), role: z.enum(Roles) })),
    access: EVERYONE,
    kind: 'read',
    summary: 'Active staff, for choosing a key worker',
  }),
  'councils.list': route({
    input: {},
    output: z.array(z.object({ id: Id, name: z.string(), onsCode: z.string() })),
    access: EVERYONE,
    kind: 'read',
    summary: 'The councils the organisation works with',
  }),
} as const

export { IsoDateText }
