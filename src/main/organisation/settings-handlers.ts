import { SettingLabels } from '../../shared/contract/settings-routes'
import type { HandlerMap } from '../kernel'
import { readSettings, updateSettings } from './organisation-service'

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  async 'settings.get'(_input, ctx) {
    return readSettings(ctx.db(), ctx.host.dataFile)
  },

  async 'settings.update'(input, ctx) {
    const settings = await updateSettings(ctx.db(), input, ctx.now, ctx.host.dataFile)
    ctx.host.settingsChanged(settings)
    const changed = (Object.keys(input) as (keyof typeof SettingLabels)[]).map(
      (key) => SettingLabels[key],
    )
    ctx.note({ entityType: 'settings', summary: `Changed: ${changed.join(', ')}` })
    return settings
  },
}
