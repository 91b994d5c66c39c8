import type { HandlerMap } from '../kernel'
import { listCouncils } from './council-repository'

export const councilsHandlers: HandlerMap<'councils.list'> = {
  async 'councils.list'(_input, ctx) {
    return listCouncils(ctx.db())
  },
}
