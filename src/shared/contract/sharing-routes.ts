import { rolesWith } from '../policy'
import { Id, PersonRef } from './people-schemas'
import { Done, prose, route } from './route'

export const sharingRoutes = {
  'sharing.save': route({
    input: { ref: PersonRef, councilId: Id, note: prose('Data-sharing note', 2000) },
    output: Done,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Save what may be shared with a council about this person',
  }),
} as const
