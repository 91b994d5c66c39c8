import type { PersonStatusCode } from '../../../shared/reference'

export const STATUS_ACTIONS: Record<PersonStatusCode, string> = {
  enquiry: 'Back to enquiry',
  referral: 'Referral',
  active: 'Active',
  closed: 'Closed',
}
