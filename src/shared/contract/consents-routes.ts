import { rolesWith } from '../policy'
import { Consent, ConsentFields, Id, PastDate, PersonRef } from './people-schemas'
import { route } from './route'

export const consentsRoutes = {
  'consents.add': route({
    input: { ref: PersonRef, consent: ConsentFields },
    output: Consent,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Record a consent',
  }),
  'consents.withdraw': route({
    input: { ref: PersonRef, id: Id, on: PastDate },
    output: Consent,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Record that a consent was withdrawn',
  }),
} as const
