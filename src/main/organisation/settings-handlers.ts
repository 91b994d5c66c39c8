import type { HandlerMap } from '../kernel'
import { readSettings, updateSettings } from './organisation-service'

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  async 'settings.get'(_input, ctx) {
    return readSettings(ctx.db(), ctx.host.dataFile)
  },

  async 'settings.update'(input, ctx) {
    const settings = await updateSettings(ctx.db(), input, ctx.now, ctx.host.dataFile)
    ctx.host.settingsChanged(settings)
    ctx.note({ entityType: 'settings', summary: `Changed: ${Object.keys(input).join(', ')}` })
    return settings
  },
}
