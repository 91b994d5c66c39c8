import { type HandlerMap, useCase } from '../kernel'
import { commitImport, listMappings, previewImport, saveMapping } from './import-service'

function source(file: { name: string; dataBase64: string }) {
  return { name: file.name, bytes: Buffer.from(file.dataBase64, 'base64') }
}

export const importsHandlers: HandlerMap<
  'imports.preview' | 'imports.commit' | 'imports.mappings' | 'imports.saveMapping'
> = {
  async 'imports.preview'(input, ctx) {
    const { preview } = await previewImport(ctx.db(), source(input.file), input, (done, total) =>
      ctx.progress(done, total, 'Checking rows'),
    )
    return preview
  },

  async 'imports.commit'(input, ctx) {
    const { actor, now } = useCase(ctx)
    // All or nothing: the rows are checked again and imported in one transaction.
    return ctx.transaction(async (db) => {
      const { rows, preview } = await previewImport(db, source(input.file), input, (done, total) =>
        ctx.progress(done, total, 'Checking rows'),
      )
      const result = await commitImport(
        { db, actor, now },
        rows,
        input.excludeRows,
        (done, total) => ctx.progress(done, total, 'Importing'),
      )
      if (input.saveMappingAs)
        await saveMapping(db, input.saveMappingAs, preview.mapping, now.toISOString())
      await ctx.audit(
        {
          action: 'imports.commit',
          entityType: 'import',
          entityId: input.file.name,
          summary: `Imported ${result.refs.length} people (${result.refs[0]}–${result.refs[result.refs.length - 1]}), excluded ${result.excluded.length} rows`,
        },
        db,
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
}
