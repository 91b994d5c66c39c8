import { requireSession } from '../../kernel'
import { openAnotherDataFile, switchToRestored } from '../data-file-switching'
import type { HostHandlerMap } from '.'

/** Which data file this process uses: switching to a restored one, or opening another at sign-in. */
export const dataFileHandlers: HostHandlerMap<'app.switchToRestored' | 'app.openDataFile'> = {
  async 'app.switchToRestored'(input, ctx) {
    await ctx.progress(0, 1, 'switching to the restored file')
    return switchToRestored(ctx.core, requireSession(ctx), input)
  },

  async 'app.openDataFile'(input, ctx) {
    return { dataFile: await openAnotherDataFile(ctx.core, input.file) }
  },
}
