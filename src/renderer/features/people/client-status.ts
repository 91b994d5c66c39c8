import type { ClientStatusCode } from '../../../shared/reference'

/**
 * Where a record may move next (the backend's rule, repeated here only to offer the right
 * choices): enquiry → referral → active, closed from any of them, and a closed record reopened.
 */
export const NEXT_STATUSES: Record<ClientStatusCode, readonly ClientStatusCode[]> = {
  enquiry: ['referral', 'active', 'closed'],
  referral: ['active', 'closed'],
  active: ['closed'],
  closed: ['referral', 'active'],
}

export const STATUS_ACTIONS: Record<ClientStatusCode, string> = {
  enquiry: 'Back to enquiry',
  referral: 'Referral',
  active: 'Active',
  closed: 'Closed',
}
