import { BackendCore } from '../../src/main/backend/backend-core'
import { APP_VERSION } from '../../src/main/db/app-version'
import { DEFAULT_KDF, deriveKek } from '../../src/main/db/key-derivation'
import { readKeyring, unwrapDataKey, userLookup } from '../../src/main/db/keyring'
import { migrations } from '../../src/main/db/migrations'
import { planMigrations } from '../../src/main/db/migrations/migrator'
import { openEncryptedFile } from '../../src/main/db/sqlite-file'
import { openStore } from '../../src/main/db/store'
import { BENCH_ADMIN, createBenchDataFile } from '../lib/casebook-file'
import { byScale, type Scale } from '../lib/scale'
import { roundRatio, median } from '../lib/stats'
import type { BenchSuite } from '../lib/suite'
import { repeat, type RepeatOptions } from '../lib/timing'

const SETTINGS: Readonly<Record<Scale, RepeatOptions>> = {
  small: { warmup: 1, rounds: 3 },
  full: { warmup: 1, rounds: 15 },
}

/** Lets work the backend started without awaiting (it reads settings on open) finish. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * What signing in costs: the whole path the app runs (`BackendCore.unlockAndOpen`: read the
 * keyring, check the attempt counter, argon2id + unseal the data key, open the file, check its
 * migrations and identity), and each part on its own.
 */
export const unlockSuite: BenchSuite = {
  name: 'unlock',
  groups: ['foundation'],
  description: 'sign-in: argon2id key derivation (DEFAULT_KDF) + opening the encrypted file',
  async run(context) {
    const settings = byScale(context.scale, SETTINGS)
    return context.withTempDir(async (dir) => {
      context.log(
        `creating a data file with createOrganisation (argon2id ${DEFAULT_KDF.memoryKiB} KiB)`,
      )
      const { file, store: created } = await createBenchDataFile(dir, DEFAULT_KDF)
      created.close()
      const { username, password } = BENCH_ADMIN

      const recorder = await repeat(settings, async ({ recorder: r, index }) => {
        // The whole sign-in, as the app runs it.
        const core = new BackendCore({ dataFile: file, host: 'cli', log: () => undefined })
        await r.timeAsync('signIn', () => core.unlockAndOpen(username, password))
        await settle()
        await r.timeAsync('closeStore', () => core.closeStore())

        // Its parts, one at a time.
        const keyring = r.time('readKeyring', () => readKeyring(file))
        const lookup = userLookup(keyring.databaseId, username)
        const wrap = keyring.wraps.find((w) => w.kind === 'user' && w.lookup === lookup)
        if (!wrap) throw new Error('The bench keyring has no wrap for its administrator.')
        const dataKey = await r.timeAsync('unwrapDataKey', () =>
          unwrapDataKey(keyring, wrap, password),
        )
        if (!dataKey) throw new Error('The bench password did not unwrap the data key.')
        const store = r.time('openStore', () =>
          openStore(file, dataKey, keyring, { now: () => new Date() }),
        )
        store.close()

        // Inside those parts: argon2id alone, and openStore's open and migration check.
        await r.timeAsync('argon2id', () => deriveKek(password, wrap.kdf))
        const sqlite = r.time('openEncryptedFile', () =>
          openEncryptedFile(file, dataKey, { create: false }),
        )
        try {
          const plan = r.time('migrationCheck', () =>
            planMigrations(sqlite, migrations, APP_VERSION, file),
          )
          if (plan.pending.length > 0) throw new Error('The bench file should need no migration.')
        } finally {
          sqlite.close()
        }
        if (index >= 0) context.log(`round ${index + 1}/${settings.rounds} done`)
      })

      const s = recorder.summary()
      return {
        parameters: {
          kdf: { name: 'argon2id', ...DEFAULT_KDF },
          rounds: settings.rounds,
          warmupRounds: settings.warmup,
          migrationCount: migrations.length,
        },
        signIn: s.signIn,
        parts: {
          readKeyring: s.readKeyring,
          unwrapDataKey: s.unwrapDataKey,
          openStore: s.openStore,
        },
        inside: {
          argon2id: s.argon2id,
          openEncryptedFile: s.openEncryptedFile,
          migrationCheck: s.migrationCheck,
        },
        argon2idOverSignInRatio: roundRatio(
          median(recorder.samples('argon2id')) / median(recorder.samples('signIn')),
        ),
        closeStore: s.closeStore,
      }
    })
  },
}
