import { createOrganisation } from '../../setup'
import type { HostHandlerMap } from '.'

export const setupHandlers: HostHandlerMap<'setup.create'> = {
  async 'setup.create'(input, ctx) {
    const { store, recoveryKey } = await createOrganisation(
      ctx.core.dataFile,
      input,
      ctx.core.kdf,
      ctx.now,
    )
    ctx.core.adoptStore(store)
    return { recoveryKey }
  },
}
