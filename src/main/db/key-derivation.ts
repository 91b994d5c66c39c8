import argon2 from 'argon2'
import { randomBytes } from 'node:crypto'

/** argon2id parameters, stored with every wrapped key so they can be raised later. */
export interface KdfParams {
  readonly name: 'argon2id'
  readonly memoryKiB: number
  readonly iterations: number
  readonly parallelism: number
  /** base64 */
  readonly salt: string
}

export type KdfStrength = Omit<KdfParams, 'name' | 'salt'>

/** ~0.25–0.3 s on an office PC (platform-notes: m=64 MiB, t=3 measured 231 ms here). */
export const DEFAULT_KDF: KdfStrength = { memoryKiB: 65_536, iterations: 3, parallelism: 1 }

/** For tests only: the cheapest argon2id settings, so suites that create many files stay quick. */
export const TEST_KDF: KdfStrength = { memoryKiB: 1024, iterations: 1, parallelism: 1 }

export function newKdfParams(strength: KdfStrength): KdfParams {
  return { name: 'argon2id', ...strength, salt: randomBytes(16).toString('base64') }
}

/** Derives a 256-bit key-encryption key from a password or recovery key. */
export async function deriveKek(secret: string, params: KdfParams): Promise<Buffer> {
  return argon2.hash(secret.normalize('NFKC'), {
    type: argon2.argon2id,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    salt: Buffer.from(params.salt, 'base64'),
    hashLength: 32,
    raw: true,
  })
}
