import { z } from 'zod'
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
})
export type Settings = z.infer<typeof Settings>
