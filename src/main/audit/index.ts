/** The tamper-evident audit log: an append-only hash chain of every change and every record viewed. */
export { type AuditEntry, digestOf, withoutSecrets } from './audit-chain'
export { auditHandlers } from './audit-handlers'
export { appendAuditEvent, readAuditHead } from './audit-repository'
export { verifyAuditLog } from './audit-service'
