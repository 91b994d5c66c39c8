import { z } from 'zod'
import { Roles } from '../roles'
import { Id } from './people-schemas'
import { route } from './route'

export const StaffMember = z.object({
  id: Id,
  username: z.string(),
  name: z.string(),
  role: z.enum(Roles),
})
export type StaffMember = z.infer<typeof StaffMember>

export const staffRoutes = {
  'staff.list': route({
    input: {},
    output: z.array(StaffMember),
    access: 'signed-in',
    kind: 'read',
    summary: 'Active staff, for choosing a key worker',
  }),
} as const
