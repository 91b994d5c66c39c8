import {
  commitImport,
  listMappings,
  previewImport,
  saveMapping,
} from '../../imports/import-service'
import { runSeed } from '../../seed/seed-service'
import type { HandlerMap } from '../context'

function source(file: { name: string; dataBase64: string }) {
  return { name: file.name, bytes: Buffer.from(file.dataBase64, 'base64') }
}

export const importsHandlers: HandlerMap<
  'imports.preview' | 'imports.commit' | 'imports.mappings' | 'imports.saveMapping' | 'seed.run'
> = {
  async 'imports.preview'(input, ctx) {
    const { preview } = await previewImport(ctx.db(), source(input.file), input, (done, total) =>
      ctx.progress(done, total, 'Checking rows'),
    )
    return preview
  },

  async 'imports.commit'(input, ctx) {
    const user = ctx.session!.user
    const store = ctx.store()
    return store.db.transaction().execute(async (trx) => {
      const deps = { db: trx, actor: { id: user.id, role: user.role }, now: ctx.now }
      const { rows, preview } = await previewImport(trx, source(input.file), input, (done, total) =>
        ctx.progress(done, total, 'Checking rows'),
      )
      const result = await commitImport(deps, rows, input.excludeRows, (done, total) =>
        ctx.progress(done, total, 'Importing'),
      )
      if (input.saveMappingAs)
        await saveMapping(trx, input.saveMappingAs, preview.mapping, ctx.now.toISOString())
      await ctx.audit(
        {
          action: 'imports.commit',
          entityType: 'import',
          entityId: input.file.name,
          summary: `Imported ${result.refs.length} people (${result.refs[0]}–${result.refs[result.refs.length - 1]}), excluded ${result.excluded.length} rows`,
        },
        trx,
      )
      return { imported: result.refs.length, ...result }
    })
  },

  async 'imports.mappings'(_input, ctx) {
    return listMappings(ctx.db())
  },

  async 'imports.saveMapping'(input, ctx) {
    await saveMapping(ctx.db(), input.name, input.mapping, ctx.now.toISOString())
    ctx.note({ entityType: 'import_mapping', entityId: input.name })
    return { done: true as const }
  },

  async 'seed.run'(input, ctx) {
    const user = ctx.session!.user
    const result = await runSeed(
      {
        store: ctx.store(),
        kdf: ctx.core.kdf,
        actor: { id: user.id, role: user.role },
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
