import { z } from 'zod'
import { rolesWith } from '../policy'
import {
  PersonDetails,
  PersonRecord,
  PersonStatusCode,
  PersonSummary,
  PastDate,
  PersonRef,
  ProfileFields,
  ReferralFields,
  Id,
} from './people-schemas'
import { prose, route } from './route'
import { textRule } from './text-rules'

export const peopleRoutes = {
  'people.list': route({
    input: {
      status: PersonStatusCode.optional(),
      keyWorkerId: Id.optional(),
      flag: z.enum(['safeguarding', 'financial', 'capacity']).optional(),
      sort: z.enum(['name', 'ref', 'status', 'dateOfBirth', 'updated']).default('name'),
      direction: z.enum(['asc', 'desc']).default('asc'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(500),
    },
    output: z.object({ total: z.number().int(), rows: z.array(PersonSummary) }),
    access: rolesWith('people.read'),
    kind: 'read',
    summary: 'List people, filtered and sorted',
  }),
  'people.search': route({
    input: {
      text: z
        .string()
        .trim()
        .check(textRule('The search', 'single-line'))
        .min(1, 'Type something to search for.')
        .max(100, 'The search must be at most 100 characters.'),
      limit: z.number().int().min(1).max(100).default(20),
    },
    output: z.array(PersonSummary),
    access: rolesWith('people.read'),
    kind: 'read',
    summary: 'Quick search by name, reference, NHS number or postcode',
  }),
  'people.get': route({
    input: { ref: PersonRef },
    output: PersonRecord,
    access: rolesWith('people.read'),
    kind: 'read',
    summary: 'Open a person’s record (audited)',
  }),
  'people.create': route({
    input: {
      fields: PersonDetails,
      status: z.enum(['enquiry', 'referral', 'active']).default('enquiry'),
      referral: ReferralFields.optional(),
      /**
       * Someone with the same names and date of birth is already recorded: without this the add is
       * refused with CLIENTS.LIKELY_DUPLICATE naming them, so the user can open that record instead.
       */
      isNotADuplicate: z.boolean().default(false),
      /** The user confirmed unusual details (CLIENTS.UNUSUAL_DETAILS): save them as typed. */
      areUnusualDetailsConfirmed: z.boolean().default(false),
    },
    output: PersonRecord,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Add a person',
  }),
  'people.update': route({
    input: {
      ref: PersonRef,
      version: z.number().int(),
      fields: PersonDetails,
      areUnusualDetailsConfirmed: z.boolean().default(false),
    },
    output: PersonRecord,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Change a person’s details',
  }),
  'people.setStatus': route({
    input: {
      ref: PersonRef,
      status: PersonStatusCode,
      on: PastDate,
      reason: prose('Reason', 500).optional(),
    },
    output: PersonRecord,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Move a person to enquiry, referral, active or closed (reopening keeps history)',
  }),
  'people.saveProfile': route({
    input: { ref: PersonRef, profile: ProfileFields },
    output: PersonRecord,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Save the one-page profile, in the person’s own words',
  }),
} as const
