import { z } from 'zod'
import { rolesWith } from '../policy'
import { Password } from './auth-schemas'
import { route, text } from './route'

const RecoveryKeyText = text('Recovery key', 80, 1)

export const recoveryKeyRoutes = {
  'recoveryKey.renew': route({
    input: { password: Password },
    output: z.object({ recoveryKey: z.string() }),
    access: rolesWith('dataFile.manage'),
    kind: 'write',
    summary:
      'Make a new recovery key (shown once); the old one stops working. Confirm it by typing it back',
  }),
  'recoveryKey.confirm': route({
    input: { recoveryKey: RecoveryKeyText },
    output: z.object({ done: z.literal(true) }),
    access: rolesWith('dataFile.manage'),
    kind: 'write',
    summary: 'Prove the recovery key was kept, by typing it back',
  }),
} as const

/** Set-up's last step, before anyone has signed in: the key made by `setup.create`, until confirmed. */
export const setupRecoveryKeyRoutes = {
  'setup.pendingRecoveryKey': route({
    input: {},
    output: z.object({ recoveryKey: z.string().nullable() }),
    access: 'public',
    kind: 'read',
    summary:
      'The recovery key set-up made, while it is still to be confirmed and Casebook has not been restarted',
  }),
  'setup.confirmRecoveryKey': route({
    input: { recoveryKey: RecoveryKeyText },
    output: z.object({ done: z.literal(true) }),
    access: 'public',
    kind: 'job',
    summary: 'Finish set-up by typing the recovery key back',
  }),
} as const
