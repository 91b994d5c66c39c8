import type { ClientStatusCode } from '../../../shared/reference'

export const STATUS_ACTIONS: Record<ClientStatusCode, string> = {
  enquiry: 'Back to enquiry',
  referral: 'Referral',
  active: 'Active',
  closed: 'Closed',
}
