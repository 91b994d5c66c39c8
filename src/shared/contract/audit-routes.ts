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

/** An audit event's id and hash, kept outside the data file (written down, or in a backup). */
export const AuditAnchor = z.object({
  id: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'An anchor’s hash is 64 letters and digits (0–9, a–f).'),
})
export type AuditAnchor = z.infer<typeof AuditAnchor>

export const auditRoutes = {
  'audit.verify': route({
    input: {
      /** Anchors kept elsewhere that the log must still hold unchanged. */
      anchors: z.array(AuditAnchor).max(50).default([]),
    },
    output: AuditVerification,
    access: rolesWith('audit.read'),
    kind: 'read',
    summary:
      'Check the audit log’s hash chain, its anchor and any anchors given, and name the first broken link',
  }),
  'audit.anchor': route({
    input: {},
    output: AuditAnchor.nullable(),
    access: rolesWith('audit.read'),
    kind: 'read',
    summary: 'The newest event’s id and hash, to keep somewhere else and check against later',
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
