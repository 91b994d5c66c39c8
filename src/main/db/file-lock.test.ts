import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { AppFailure } from '../../shared/result'
import { withFileLock } from './file-lock'

const dir = mkdtempSync(join(tmpdir(), 'casebook-file-lock-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0
const lockPath = () => join(dir, `test-${++n}.lock`)

function holder(pid: number, host = hostname(), at = new Date()) {
  return JSON.stringify({ pid, host, at: at.toISOString(), token: 'someone-else' })
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  return child.pid!
}

describe('the lock file beside the data file', () => {
  it('names its holder while held and is gone afterwards, also when the work throws', async () => {
    const path = lockPath()
    await withFileLock(path, () => {
      const held = JSON.parse(readFileSync(path, 'utf8')) as { pid: number; host: string }
      expect([held.pid, held.host]).toEqual([process.pid, hostname()])
    })
    expect(existsSync(path)).toBe(false)
    await expect(
      withFileLock(path, () => {
        throw new Error('work failed')
      }),
    ).rejects.toThrow('work failed')
    expect(existsSync(path)).toBe(false)
  })

  it('takes over a lock left by a process on this PC that has died', async () => {
    const path = lockPath()
    writeFileSync(path, holder(deadPid()))
    expect(await withFileLock(path, () => 'done', { timeoutMs: 2000 })).toBe('done')
    expect(existsSync(path)).toBe(false)
  })

  it('waits for a live holder and then refuses with DB.BUSY, leaving its lock alone', async () => {
    const path = lockPath()
    const held = holder(process.pid)
    writeFileSync(path, held)
    const error = await withFileLock(path, () => 'ran', { timeoutMs: 200 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppFailure)
    expect((error as AppFailure).code).toBe('DB.BUSY')
    expect(readFileSync(path, 'utf8')).toBe(held)
  })

  it('runs as soon as a live holder lets go', async () => {
    const path = lockPath()
    writeFileSync(path, holder(process.pid))
    setTimeout(() => rmSync(path), 100)
    expect(await withFileLock(path, () => 'ran', { timeoutMs: 5000 })).toBe('ran')
  })

  it('judges a holder on another PC by its age', async () => {
    const fresh = lockPath()
    writeFileSync(fresh, holder(1, 'RECEPTION-PC'))
    await expect(withFileLock(fresh, () => 'ran', { timeoutMs: 200 })).rejects.toThrow(
      /Another Casebook window/,
    )
    const old = lockPath()
    writeFileSync(old, holder(1, 'RECEPTION-PC', new Date(Date.now() - 3_600_000)))
    expect(await withFileLock(old, () => 'ran', { timeoutMs: 2000 })).toBe('ran')
  })

  it('takes over an unreadable lock file once it is a few seconds old', async () => {
    const path = lockPath()
    writeFileSync(path, '{"pid":')
    const past = new Date(Date.now() - 60_000)
    utimesSync(path, past, past)
    expect(await withFileLock(path, () => 'ran', { timeoutMs: 2000 })).toBe('ran')
  })

  it('lets only one of many waiters in at a time', async () => {
    const path = lockPath()
    let inside = 0
    let most = 0
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withFileLock(path, async () => {
          inside += 1
          most = Math.max(most, inside)
          await new Promise((resolve) => setTimeout(resolve, 5))
          inside -= 1
        }),
      ),
    )
    expect(most).toBe(1)
  })
})
