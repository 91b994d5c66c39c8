/**
 * A child process for file-lock.test.ts: from a shared start time, makes many read-modify-write
 * changes to the keyring or the attempts file beside a data file, as parallel Casebook processes do.
 * Usage: tsx hammer-files.ts keyring|attempts DATA_FILE WORKER COUNT START_AT_MS
 */
import { changeKeyringFile } from '../../src/main/db/keyring-file'
import type { WrappedKey } from '../../src/main/db/keyring'
import { attemptFailed } from '../../src/main/users/sign-in-throttle'

const [kind, file, worker, count, startAt] = process.argv.slice(2)

function fakeWrap(id: string): WrappedKey {
  const sealed = { iv: 'aXY=', ciphertext: 'Yw==', tag: 'dA==' }
  return {
    id,
    kind: 'user',
    lookup: id,
    isAdmin: false,
    kdf: { name: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1, salt: 'c2FsdA==' },
    publicKey: 'cGs=',
    privateKey: sealed,
    sealedKey: { ...sealed, ephemeralPublicKey: 'ZXBr' },
  }
}

async function main(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())))
  for (let i = 0; i < Number(count); i++) {
    const id = `${worker}-${i}`
    if (kind === 'keyring') {
      await changeKeyringFile(file!, [(k) => ({ ...k, wraps: [...k.wraps, fakeWrap(id)] })])
    } else {
      await attemptFailed(file!, id, new Date(), 'wrong password')
    }
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`)
    process.exit(1)
  },
)
