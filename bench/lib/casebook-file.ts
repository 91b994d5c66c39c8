import { join } from 'node:path'
import { DEFAULT_KDF, type KdfStrength } from '../../src/main/db/key-derivation'
import type { Store } from '../../src/main/db/store'
import { createOrganisation } from '../../src/main/setup/setup-service'

/** The administrator every bench data file is made with (the password passes the strength check). */
export const BENCH_ADMIN = {
  username: 'bench.admin',
  displayName: 'Bench Administrator',
  password: 'quartz-Lantern-7391-harbour-Fig',
} as const

export interface BenchDataFile {
  readonly file: string
  /** Open, fully migrated, with its keyring written beside it. Close it when done. */
  readonly store: Store
  readonly recoveryKey: string
}

/**
 * Makes a real Casebook data file the way first-run set-up does (`createOrganisation`): encrypted,
 * migrated, with a keyring holding the administrator's and the recovery key's wraps. `kdf` defaults
 * to the production strength, so unlocking it costs what a real sign-in costs.
 */
export async function createBenchDataFile(
  dir: string,
  kdf: KdfStrength = DEFAULT_KDF,
): Promise<BenchDataFile> {
  const file = join(dir, 'casebook.db')
  const { store, recoveryKey } = await createOrganisation(
    file,
    {
      organisationName: 'Benchmark Advocacy Group',
      councils: [{ name: 'Manchester City Council', onsCode: 'E08000003' }],
      admin: { ...BENCH_ADMIN },
    },
    kdf,
    new Date(),
  )
  return { file, store, recoveryKey }
}
