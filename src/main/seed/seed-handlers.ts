import { actorOf, type HandlerMap, requireSession } from '../kernel'
import { runSeed } from './seed-service'

export const seedHandlers: HandlerMap<'seed.run'> = {
  async 'seed.run'(input, ctx) {
    const result = await runSeed(
      {
        store: ctx.store(),
        kdf: ctx.host.kdf,
        actor: actorOf(requireSession(ctx)),
        now: ctx.now,
      },
      input,
      (done, total, label) => ctx.progress(done, total, label),
    )
    await ctx.audit({
      action: 'seed.run',
      summary: `Demo data: ${result.clients} people, ${result.notes} notes, ${result.plans} plans`,
    })
    return result
  },
}
