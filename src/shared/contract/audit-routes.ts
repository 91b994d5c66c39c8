import { z } from 'zod'
import { rolesWith } from '../policy'
import { route } from './route'

export const AuditEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  summary: z.string().nullable(),
})
export type AuditEvent = z.infer<typeof AuditEvent>

export const AuditVerification = z.object({
  isIntact: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ id: z.number().int(), reason: z.string() }).nullable(),
})
export type AuditVerification = z.infer<typeof AuditVerification>

export const auditRoutes = {
  'audit.verify': route({
    input: {},
    output: AuditVerification,
    access: rolesWith('audit.read'),
    kind: 'read',
    summary: 'Check the audit log’s hash chain and name the first broken link',
  }),
  'audit.list': route({
    input: {
      since: z.iso.date({ message: 'Use a date like 2026-11-25.' }).optional(),
      /** Paging back: only events older than this one. */
      beforeId: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(10_000).default(500),
    },
    output: z.array(AuditEvent),
    access: rolesWith('audit.read'),
    kind: 'read',
    summary: 'List audit events, newest first',
  }),
} as const
