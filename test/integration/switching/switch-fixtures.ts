import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { type Backend, createBackend } from '../../../src/main/backend/backend'
import { TEST_KDF } from '../../../src/main/db/key-derivation'
import { ADMIN, createTestOrg, ORG_NAME, PASSWORD, type TestOrg } from '../../helpers/temp-data'

/** The organisation name given after the backup: the data file in use has it, the restored copy not. */
export const CHANGED_NAME = 'Renamed After The Backup'

export interface SwitchScene {
  readonly org: TestOrg
  /** Where the restore wrote the restored file. */
  readonly restored: string
}

/**
 * An organisation with a backup, renamed after it, and the backup restored to a new file (in the data
 * file's folder, or in a folder of its own).
 */
export async function switchScene(where: 'same-folder' | 'other-folder'): Promise<SwitchScene> {
  const org = await createTestOrg()
  const backup = join(org.dir, 'b.cbk')
  await org.call('admin', 'backup.create', { file: backup })
  await org.call('admin', 'settings.update', { organisationName: CHANGED_NAME })
  const folder = where === 'same-folder' ? org.dir : join(org.dir, 'restores')
  mkdirSync(folder, { recursive: true })
  const restored = join(folder, 'casebook-restored.db')
  await org.call('admin', 'backup.restore', { file: backup, to: restored })
  return { org, restored }
}

export function openBackend(dataFile: string): Backend {
  return createBackend({ dataFile, host: 'cli', kdf: TEST_KDF, log: () => {} })
}

async function value<T>(backend: Backend, name: string, input: unknown): Promise<T> {
  const result = await backend.call('check', name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`)
  return result.value as T
}

/**
 * Signs in to `dataFile` as the administrator and says which data it holds (the organisation name),
 * checking its audit log is intact (its anchor came with it) and returning its events.
 */
export async function inspect(dataFile: string): Promise<{
  name: string
  events: { action: string; summary: string | null }[]
}> {
  const backend = openBackend(dataFile)
  try {
    await value(backend, 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
    const settings = await value<{ organisationName: string }>(backend, 'settings.get', {})
    const verified = await value<{ isIntact: boolean; firstBroken: unknown }>(
      backend,
      'audit.verify',
      {},
    )
    expect(verified, `audit log of ${dataFile}`).toMatchObject({ isIntact: true })
    const events = await value<{ action: string; summary: string | null }[]>(
      backend,
      'audit.list',
      {},
    )
    return { name: settings.organisationName, events }
  } finally {
    await backend.close()
  }
}

/** The files of a folder a switch may leave: sets kept aside, journals, notes, copies. */
export function switchLeftovers(folder: string): string[] {
  return readdirSync(folder)
    .filter((n) => /before-restore|\.switch|incoming/.test(n))
    .sort()
}

export function setOf(file: string): Record<string, boolean> {
  return Object.fromEntries(
    ['', '.keyring', '.anchor'].map((suffix) => [suffix || '.db', existsSync(`${file}${suffix}`)]),
  )
}

export { ORG_NAME }
