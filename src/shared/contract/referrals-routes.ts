import { rolesWith } from '../policy'
import { Id, PersonRef, Referral, ReferralFields } from './people-schemas'
import { route } from './route'

export const referralsRoutes = {
  'referrals.add': route({
    input: { ref: PersonRef, referral: ReferralFields },
    output: Referral,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Record a referral',
  }),
  'referrals.update': route({
    input: { ref: PersonRef, id: Id, referral: ReferralFields },
    output: Referral,
    access: rolesWith('people.edit'),
    kind: 'write',
    summary: 'Change a referral (first contact, outcome)',
  }),
} as const
