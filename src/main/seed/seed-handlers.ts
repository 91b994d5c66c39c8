import { actorOf, type HandlerMap, requireSession } from '../kernel'
import { runSeed } from './seed-service'

export const seedHandlers: HandlerMap<'seed.run'> = {
  async 'seed.run'(input, ctx) {
    return runSeed(
      {
        store: ctx.store(),
        kdf: ctx.host.kdf,
        actor: actorOf(requireSession(ctx)),
        now: ctx.now,
        audit: (entry, db) => ctx.audit(entry, db),
      },
      input,
      (done, total, label) => ctx.progress(done, total, label),
    )
  },
}
