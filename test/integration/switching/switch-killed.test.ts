import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN, PASSWORD } from '../../helpers/temp-data'
import {
  CHANGED_NAME,
  inspect,
  ORG_NAME,
  openBackend,
  setOf,
  type SwitchScene,
  switchLeftovers,
  switchScene,
} from './switch-fixtures'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '..', '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CHILD = join(import.meta.dirname, 'switch-child.ts')

let scene: SwitchScene | null = null
afterEach(async () => {
  await scene?.org.cleanup()
  scene = null
})

/** Runs the switch in a child killed at `killAt`; true when the kill landed (the child did not finish). */
async function killedSwitch(where: 'same-folder' | 'other-folder', killAt: string) {
  scene = await switchScene(where)
  // The child must be the only process with the file open, as after quitting the app.
  await scene.org.backend.close()
  try {
    await run(TSX, [CHILD], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATA_FILE: scene.org.dataFile,
        RESTORED: scene.restored,
        USERNAME: ADMIN.username,
        PASSWORD,
        KILL_AT: killAt,
      },
      timeout: 20_000,
    })
    return false
  } catch (error) {
    // tsx runs the script in a child of its own and passes its death on as 128 + 9.
    const failed = error as { code?: number; signal?: string; stderr?: string }
    expect(failed.signal === 'SIGKILL' || failed.code === 137, failed.stderr).toBe(true)
    return true
  }
}

/**
 * The next start: a backend on the same path settles the switch. Then the file in place is either the
 * old one, with the restored file back where the restore put it, or the restored one with the old one
 * whole under its dated name; both audit logs intact, each saying what happened.
 */
async function nextStart(): Promise<'undone' | 'finished'> {
  const { org, restored } = scene!
  const backend = openBackend(org.dataFile)
  const state = await backend.call('s', 'auth.session', {})
  await backend.close()
  expect(state.ok && (state.value as { state: string }).state).toBe('signed-out')
  expect(existsSync(`${org.dataFile}.switch`), 'journal settled at start').toBe(false)
  const now = await inspect(org.dataFile)
  // Temporary copies a killed writer left are removed when the file is opened.
  expect(switchLeftovers(org.dir).filter((n) => n.includes('.switch'))).toEqual([])
  const kept = readdirSync(org.dir).find((n) => /before-restore.*\.db$/.test(n))
  expect(existsSync(`${org.dataFile}.switch-note`), 'note recorded at sign-in').toBe(false)
  const switched = now.events.filter((e) => e.action === 'app.switchToRestored').at(-1)?.summary
  if (now.name === CHANGED_NAME) {
    expect(kept).toBeUndefined()
    expect(setOf(restored)).toEqual({ '.db': true, '.keyring': true, '.anchor': true })
    expect(switchLeftovers(join(restored, '..')).filter((n) => n.includes('incoming'))).toEqual([])
    if (switched) expect(switched).toMatch(/stopped part-way and was undone|^Switching/)
    return 'undone'
  }
  expect(now.name).toBe(ORG_NAME)
  expect(kept).toBeDefined()
  expect((await inspect(join(org.dir, kept!))).name).toBe(CHANGED_NAME)
  expect(setOf(restored)['.db']).toBe(false)
  expect(switched).toMatch(/finished when Casebook next started|^Switched to this restored file/)
  return 'finished'
}

describe('a switch killed part-way', () => {
  // Same folder: every move in turn (the old set's sidecars, its data file, the restored set's
  // sidecars, its data file), then one run left to finish. Another folder: either side of the point
  // of no return (the moves are the same; only the source differs).
  const plans = [
    { where: 'same-folder', kills: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    { where: 'other-folder', kills: [4, 5] },
  ] as const
  for (const { where, kills } of plans) {
    it(`(${where}) leaves the old set or the new set complete at every step, never a mix`, async () => {
      const outcomes: string[] = []
      for (const n of kills) {
        const killed = await killedSwitch(where, `move:${n}`)
        const outcome = await nextStart()
        outcomes.push(`${n}:${killed ? outcome : 'completed'}`)
        await scene!.org.cleanup()
        scene = null
        if (!killed) break
      }
      // Killed before the old data file took its dated name: undone; after: finished.
      expect(
        outcomes.some((o) => o.endsWith(':undone')),
        outcomes.join(' '),
      ).toBe(true)
      expect(
        outcomes.some((o) => o.endsWith(':finished')),
        outcomes.join(' '),
      ).toBe(true)
      if (where === 'same-folder') expect(outcomes.at(-1)).toMatch(/completed$/)
    }, 240_000)
  }

  it('before its outcome note is written, the next start finishes it and records it there', async () => {
    expect(await killedSwitch('same-folder', 'note')).toBe(true)
    expect(existsSync(`${scene!.org.dataFile}.switch`)).toBe(true)
    expect(await nextStart()).toBe('finished')
    const now = await inspect(scene!.org.dataFile)
    expect(now.events.map((e) => e.summary)).toContainEqual(
      expect.stringMatching(/finished when Casebook next started/),
    )
  }, 60_000)
})
