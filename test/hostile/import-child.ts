import { readFileSync } from 'node:fs'
import type { AppError } from '../../src/shared/result'
import { createTestOrg } from '../helpers/temp-data'

/**
 * One hostile file through every importer entry point, in a process of its own (started by
 * hostile-run.ts): a real encrypted organisation, then `imports.preview` and `imports.commit` through
 * the router as the administrator, counting the people on file before and after. When the commit is
 * refused for rows with problems and some rows were ready, it commits again without those rows, so
 * the accepting path is exercised too. Prints one JSON line (ChildReport) and exits.
 *
 * Usage: tsx test/hostile/import-child.ts <path of the file's bytes> <name to upload it as>
 */

export interface CallOutcome {
  readonly ok: boolean
  /** The refusal's code, when refused. */
  readonly code?: string
  readonly message?: string
  /** People the commit says it imported, when it was accepted. */
  readonly imported?: number
  readonly ms: number
}

export interface ChildReport {
  readonly preview: CallOutcome
  readonly commit: CallOutcome
  /** The second commit, without the rows the preview found problems in (when there was one). */
  readonly commitReady?: CallOutcome
  readonly peopleBefore: number
  readonly peopleAfterCommit: number
  readonly peopleAfter: number
  /** Peak resident memory of this process, from `process.resourceUsage().maxRSS`. */
  readonly maxRssBytes: number
}

function outcome(
  result: { ok: true; value: unknown } | { ok: false; error: AppError },
  started: number,
): CallOutcome {
  const ms = Math.round(performance.now() - started)
  if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message, ms }
  const value = result.value as { imported?: number }
  return { ok: true, imported: value.imported, ms }
}

async function main(): Promise<void> {
  const [path, name] = process.argv.slice(2)
  if (!path || !name) throw new Error('usage: import-child.ts <path> <name>')
  const org = await createTestOrg()
  try {
    const people = async () => (await org.call('admin', 'people.list', { limit: 1 })).total
    const file = { name, dataBase64: readFileSync(path).toString('base64') }
    const peopleBefore = await people()

    let started = performance.now()
    const previewResult = await org.raw('admin', 'imports.preview', { file })
    const preview = outcome(previewResult, started)

    started = performance.now()
    const commit = outcome(
      await org.raw('admin', 'imports.commit', { file, accept: true }),
      started,
    )
    const peopleAfterCommit = await people()

    let commitReady: CallOutcome | undefined
    if (previewResult.ok && !commit.ok && commit.code === 'IMPORT.BAD_ROW') {
      const rows = (previewResult.value as { rows: { rowNumber: number; problems: unknown[] }[] })
        .rows
      const excludeRows = rows.filter((r) => r.problems.length > 0).map((r) => r.rowNumber)
      if (excludeRows.length < rows.length) {
        started = performance.now()
        const result = await org.raw('admin', 'imports.commit', { file, accept: true, excludeRows })
        commitReady = outcome(result, started)
      }
    }
    const report: ChildReport = {
      preview,
      commit,
      commitReady,
      peopleBefore,
      peopleAfterCommit,
      peopleAfter: await people(),
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    }
    process.stdout.write(`${JSON.stringify(report)}\n`)
  } finally {
    await org.cleanup()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exit(1)
  },
)
