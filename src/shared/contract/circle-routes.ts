import { rolesWith } from '../policy'
import { CircleMember, CircleMemberFields, Id, PersonRef } from './people-schemas'
import { Done, route } from './route'

export const circleRoutes = {
  'circle.add': route({
    input: { ref: PersonRef, member: CircleMemberFields },
    output: CircleMember,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Add someone to the circle of support',
  }),
  'circle.update': route({
    input: { ref: PersonRef, id: Id, member: CircleMemberFields },
    output: CircleMember,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Change a circle-of-support member',
  }),
  'circle.archive': route({
    input: { ref: PersonRef, id: Id },
    output: Done,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Take someone out of the circle of support (kept in history)',
  }),
  'circle.restore': route({
    input: { ref: PersonRef, id: Id },
    output: CircleMember,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Put someone taken out of the circle of support back in',
  }),
} as const
