import type { HandlerMap } from '../kernel'
import { listAuditEvents, readLastEvent } from './audit-repository'
import { verifyAuditLog } from './audit-service'

export const auditHandlers: HandlerMap<'audit.verify' | 'audit.list' | 'audit.anchor'> = {
  async 'audit.verify'(input, ctx) {
    const given = input.anchors.map((a) => ({
      ...a,
      source: `the anchor you gave (event ${a.id})`,
    }))
    return verifyAuditLog(ctx.store(), given)
  },

  async 'audit.anchor'(_input, ctx) {
    return readLastEvent(ctx.db())
  },

  async 'audit.list'(input, ctx) {
    // "Since 25/11/2026" means from local midnight; events are stamped in UTC.
    const since = input.since ? new Date(`${input.since}T00:00:00`).toISOString() : undefined
    const rows = await listAuditEvents(ctx.db(), { ...input, since })
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      summary: r.summary,
    }))
  },
}
