import { type HandlerMap, requireSession } from '../kernel'
import { readOrganisationName, readStoredSettings } from '../organisation'
import { beginEnrolment, confirmEnrolment, secondFactorOf } from './second-factor'

export const twoFactorHandlers: HandlerMap<
  'twoFactor.status' | 'twoFactor.begin' | 'twoFactor.confirm'
> = {
  async 'twoFactor.status'(_input, ctx) {
    const { user } = requireSession(ctx)
    const settings = await readStoredSettings(ctx.db())
    return {
      ...(await secondFactorOf(ctx.db(), user.id)),
      isRequired: settings.secondFactorRoles.includes(user.role),
    }
  },

  async 'twoFactor.begin'(_input, ctx) {
    const { user } = requireSession(ctx)
    // The organisation's name is what the authenticator app lists the code under.
    const issuer = `Casebook (${await readOrganisationName(ctx.db())})`
    const started = await beginEnrolment(ctx.db(), user, issuer, ctx.now)
    ctx.note({
      entityType: 'user',
      entityId: user.id,
      summary: 'Started setting up two-step sign-in',
    })
    return started
  },

  async 'twoFactor.confirm'(input, ctx) {
    const session = requireSession(ctx)
    const recoveryCodes = await confirmEnrolment(ctx.db(), session.user.id, input.code, ctx.now)
    session.mustEnrolSecondFactor = false
    ctx.note({
      entityType: 'user',
      entityId: session.user.id,
      summary: 'Two-step sign-in set up; ten recovery codes issued',
    })
    return { recoveryCodes }
  },
}
