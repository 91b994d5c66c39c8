import { type HandlerMap, useCase } from '../kernel'
import { aboutPerson } from './people-handlers'
import { addReferral, changeReferral } from './record-parts-service'

export const referralsHandlers: HandlerMap<'referrals.add' | 'referrals.update'> = {
  async 'referrals.add'(input, ctx) {
    const referral = await addReferral(useCase(ctx), input.ref, input.referral)
    ctx.note(aboutPerson(input.ref, `Referral from ${input.referral.source}`))
    return referral
  },

  async 'referrals.update'(input, ctx) {
    const referral = await changeReferral(useCase(ctx), input.ref, input.id, input.referral)
    ctx.note(aboutPerson(input.ref, `Referral ${input.id} changed`))
    return referral
  },
}
