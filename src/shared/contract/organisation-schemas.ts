import { z } from 'zod'
import { Roles } from '../roles'
import { text } from './route'
import { storedForm } from './text-rules'

export const Council = z.object({
  name: text('Council name', 120, 1),
  onsCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      /^(E06|E08|E09|E10|W06|S12)\d{6}$/,
      'An ONS code for a council with social care duties looks like E08000012 (E06, E08, E09, E10, W06 or S12, then six digits).',
    ),
})
export type Council = z.infer<typeof Council>

export const Settings = z.object({
  organisationName: z.string(),
  councils: z.array(storedForm(Council)),
  lockAfterMinutes: z.number().int().min(1).max(240),
  backupFolder: z.string().nullable(),
  firstReviewWeeks: z.number().int().min(6).max(8),
  /** Roles that must use two-step sign-in (an authenticator app). */
  secondFactorRoles: z.array(z.enum(Roles)),
  /** What Casebook thinks of the backup folder now (null when none is chosen). */
  backupFolderCheck: z
    .object({
      problem: z.string().nullable(),
      warning: z.string().nullable(),
      freeBytes: z.number().nullable(),
    })
    .nullable(),
})
export type Settings = z.infer<typeof Settings>
