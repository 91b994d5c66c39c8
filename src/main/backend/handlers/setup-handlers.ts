import { AppFailure } from '../../../shared/result'
import { normaliseRecoveryKey } from '../../db/keyring'
import { createOrganisation } from '../../setup'
import { confirmRecoveryKey, userDeps } from '../../users'
import type { HostHandlerMap } from '.'

export const setupHandlers: HostHandlerMap<
  'setup.create' | 'setup.pendingRecoveryKey' | 'setup.confirmRecoveryKey'
> = {
  async 'setup.create'(input, ctx) {
    const { store, recoveryKey } = await createOrganisation(
      ctx.core.dataFile,
      input,
      ctx.core.kdf,
      ctx.now,
    )
    ctx.core.adoptStore(store)
    ctx.core.pendingRecoveryKey = recoveryKey
    return { recoveryKey }
  },

  async 'setup.pendingRecoveryKey'(_input, ctx) {
    return { recoveryKey: ctx.core.pendingRecoveryKey }
  },

  async 'setup.confirmRecoveryKey'(input, ctx) {
    const pending = ctx.core.pendingRecoveryKey
    if (!pending) {
      throw new AppFailure(
        'SETUP.REQUIRED',
        'There is no recovery key waiting to be confirmed. If Casebook was restarted after set-up, sign in as the administrator and make a new one (Admin → Data file).',
      )
    }
    if (normaliseRecoveryKey(input.recoveryKey) !== normaliseRecoveryKey(pending)) {
      throw new AppFailure(
        'AUTH.WRONG_RECOVERY_KEY',
        'That is not the recovery key shown. Check each group of four against what you wrote down.',
      )
    }
    await ctx.transaction(async (db) => {
      await confirmRecoveryKey(await userDeps(ctx, db), pending)
      await ctx.audit(
        {
          action: 'setup.confirmRecoveryKey',
          entityType: 'keyring',
          summary: 'Recovery key confirmed at set-up',
        },
        db,
      )
    })
    ctx.core.pendingRecoveryKey = null
    return { done: true as const }
  },
}
