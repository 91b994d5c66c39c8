import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { newKeyring, readKeyring, writeKeyring } from '../../src/main/db/keyring'
import { attemptsPathFor } from '../../src/main/users/sign-in-throttle'
import { tempFolder } from '../helpers/temp-data'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const HAMMER = join(import.meta.dirname, 'hammer-files.ts')
const WORKERS = 4
const EACH = 40

const folder = tempFolder('casebook-lock-')
afterAll(() => folder.cleanup())

/** Starts the workers together (a shared start time, after every process has loaded). */
async function hammer(kind: 'keyring' | 'attempts', file: string): Promise<void> {
  const startAt = Date.now() + 4000
  await Promise.all(
    Array.from({ length: WORKERS }, (_, w) =>
      run(TSX, [HAMMER, kind, file, `w${w}`, String(EACH), String(startAt)], {
        timeout: 60_000,
      }),
    ),
  )
}

describe('files beside the data file, changed by several processes at once', () => {
  it('the keyring keeps every holder each process added', async () => {
    const file = join(folder.dir, 'keyring-hammer.db')
    writeKeyring(file, newKeyring())
    await hammer('keyring', file)
    expect(readKeyring(file).wraps).toHaveLength(WORKERS * EACH)
  })

  it('the attempts file keeps every failed attempt and its audit entry', async () => {
    const file = join(folder.dir, 'attempts-hammer.db')
    writeFileSync(attemptsPathFor(file), JSON.stringify({ byLookup: {}, pendingAudit: [] }))
    await hammer('attempts', file)
    const data = JSON.parse(readFileSync(attemptsPathFor(file), 'utf8')) as {
      byLookup: Record<string, unknown>
      pendingAudit: unknown[]
    }
    expect(Object.keys(data.byLookup)).toHaveLength(WORKERS * EACH)
    expect(data.pendingAudit).toHaveLength(WORKERS * EACH)
  })
})
