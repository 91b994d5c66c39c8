/**
 * Support plans: versioned plans (immutable once submitted), outcomes, budgets and costed lines,
 * panel decisions and appeals, review dates, and the printable and easy-read PDFs.
 */
export { formatPlanRef } from './plan-repository'
export { planTotals, reviewDates } from './plan-rules'
export {
  activatePlan,
  createPlan,
  endPlan,
  moveToPanel,
  recordDecision,
  revisePlan,
  saveDraft,
  submitPlan,
} from './plan-service'
export { plansHandlers } from './plans-handlers'
