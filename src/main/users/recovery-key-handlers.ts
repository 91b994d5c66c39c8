import { readKeyring } from '../db/keyring'
import { type HandlerMap, requireSession } from '../kernel'
import { unlockWithPassword } from './credentials'
import { confirmRecoveryKey, renewRecoveryKey } from './recovery-key'
import { userDeps } from './user-deps'

export const recoveryKeyHandlers: HandlerMap<'recoveryKey.renew' | 'recoveryKey.confirm'> = {
  async 'recoveryKey.renew'(input, ctx) {
    const session = requireSession(ctx)
    // The old key stops working: asked for again with the password, not just the open session.
    await unlockWithPassword(
      ctx.host.dataFile,
      readKeyring(ctx.host.dataFile),
      session.user.username,
      input.password,
      ctx.now,
      false,
    )
    const recoveryKey = await renewRecoveryKey(await userDeps(ctx, ctx.db()))
    session.isRecoveryKeyUnconfirmed = true
    ctx.note({
      entityType: 'keyring',
      summary: 'New recovery key made; the old one no longer works',
    })
    return { recoveryKey }
  },

  async 'recoveryKey.confirm'(input, ctx) {
    const session = requireSession(ctx)
    await confirmRecoveryKey(await userDeps(ctx, ctx.db()), input.recoveryKey)
    session.isRecoveryKeyUnconfirmed = false
    ctx.note({ entityType: 'keyring', summary: 'Recovery key confirmed as kept' })
    return { done: true as const }
  },
}
