import { type HandlerMap, useCase } from '../kernel'
import { aboutPerson } from './people-handlers'
import { addConsent, withdrawPersonConsent } from './record-parts-service'

export const consentsHandlers: HandlerMap<'consents.add' | 'consents.withdraw'> = {
  async 'consents.add'(input, ctx) {
    const consent = await addConsent(useCase(ctx), input.ref, input.consent)
    ctx.note(aboutPerson(input.ref, `Consent: ${input.consent.purpose}`))
    return consent
  },

  async 'consents.withdraw'(input, ctx) {
    const consent = await withdrawPersonConsent(useCase(ctx), input.ref, input.id, input.on)
    ctx.note(aboutPerson(input.ref, `Consent ${input.id} withdrawn`))
    return consent
  },
}
