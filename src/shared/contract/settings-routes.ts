import { z } from 'zod'
import { Roles } from '../roles'
import { rolesWith } from '../policy'
import { Council, Settings } from './organisation-schemas'
import { route, text } from './route'
import { textRule } from './text-rules'

export const settingsRoutes = {
  'settings.get': route({
    input: {},
    output: Settings,
    access: 'signed-in',
    kind: 'read',
    summary: 'Organisation details and settings',
  }),
  'settings.update': route({
    input: {
      organisationName: text('Organisation name', 120, 1).optional(),
      councils: z.array(Council).min(1).max(50).optional(),
      lockAfterMinutes: z.number().int().min(1).max(240).optional(),
      backupFolder: z
        .string()
        .trim()
        .check(textRule('The backup folder', 'single-line'))
        .max(1000, 'The backup folder must be at most 1,000 characters.')
        .nullable()
        .optional(),
      firstReviewWeeks: z.number().int().min(6).max(8).optional(),
      secondFactorRoles: z.array(z.enum(Roles)).max(Roles.length).optional(),
    },
    output: Settings,
    access: rolesWith('settings.manage'),
    kind: 'write',
    summary: 'Change organisation details and settings',
  }),
} as const

/**
 * Each setting as a person reads it (the labels on the Settings page): the audit log names what
 * changed this way, not by its field name.
 */
export const SettingLabels = {
  organisationName: 'Organisation name',
  councils: 'Councils',
  lockAfterMinutes: 'Lock after this many minutes without use',
  backupFolder: 'Backup folder',
  firstReviewWeeks: 'Weeks before a first review',
  secondFactorRoles: 'Roles asked for a two-step code',
} as const satisfies Record<
  keyof (typeof settingsRoutes)['settings.update']['input']['shape'],
  string
>
