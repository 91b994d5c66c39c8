/** The tamper-evident audit log: an append-only hash chain of every change and every record viewed. */
export { type AnchorPlace, type AnchorPoint, anchorPathFor, anchorProblem } from './audit-anchor'
export { type AuditEntry, digestOf, withoutSecrets } from './audit-chain'
export { auditHandlers } from './audit-handlers'
export {
  acceptBrokenLog,
  anchorAtEnd,
  appendAuditEvent,
  checkAgainstAnchor,
  readAuditHead,
  syncAnchor,
} from './audit-repository'
export { type OutsideAnchor, verifyAuditLog, verifyChainIn } from './audit-service'
