import { APP_VERSION } from '../../db/app-version'
import type { HostHandlerMap } from '.'

export const appHandlers: HostHandlerMap<'app.about'> = {
  async 'app.about'(_input, ctx) {
    return {
      version: APP_VERSION,
      dataFile: ctx.core.dataFile,
      schemaVersion: ctx.core.store ? ctx.core.store.migrationPlan.applied.length : null,
      host: ctx.core.options.host,
    }
  },
}
