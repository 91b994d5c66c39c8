import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
  randomUUID,
} from 'node:crypto'
import { readFileSync } from 'node:fs'
import { writeFileAtomic } from './atomic-file'
import { z } from 'zod'
import { AppFailure } from '../../shared/result'
import { deriveKek, type KdfParams, type KdfStrength, newKdfParams } from './key-derivation'

/**
 * The keyring holds the database's random data key, wrapped once per user (by a key derived from
 * their password) and once by the recovery key. It sits beside the database and holds no personal
 * data: users are found by a keyed hash of their username, never by name.
 */
const KdfSchema = z.object({
  name: z.literal('argon2id'),
  memoryKiB: z.number().int().positive(),
  iterations: z.number().int().positive(),
  parallelism: z.number().int().positive(),
  salt: z.string(),
})

const Sealed = z.object({ iv: z.string(), ciphertext: z.string(), tag: z.string() })

/**
 * One holder of the data key (a user, or the recovery key). Each holder has an X25519 key pair: the
 * private half is encrypted by a key derived from their secret (argon2id), and the data key is sealed
 * to the public half. Rotating the data key re-seals it for every holder without their passwords.
 */
const WrapSchema = z.object({
  id: z.string(),
  kind: z.enum(['user', 'recovery']),
  lookup: z.string().nullable(),
  /** Lets the CLI default to "the only administrator" before the file is open. Not personal data. */
  isAdmin: z.boolean().default(false),
  kdf: KdfSchema,
  publicKey: z.string(),
  privateKey: Sealed,
  sealedKey: Sealed.extend({ ephemeralPublicKey: z.string() }),
})
export type WrappedKey = z.infer<typeof WrapSchema>

const KeyringSchema = z.object({
  format: z.literal('casebook-keyring'),
  version: z.literal(1),
  databaseId: z.string().uuid(),
  wraps: z.array(WrapSchema),
  /** Lookups of disabled users, so sign-in can say "disabled" rather than "wrong password". */
  disabledLookups: z.array(z.string()).default([]),
})
export type Keyring = z.infer<typeof KeyringSchema>

export function keyringPathFor(databaseFile: string): string {
  return `${databaseFile}.keyring`
}

export function newDataKey(): Buffer {
  return randomBytes(32)
}

export function newKeyring(): Keyring {
  return {
    format: 'casebook-keyring',
    version: 1,
    databaseId: randomUUID(),
    wraps: [],
    disabledLookups: [],
  }
}

/** The keyed hash that finds a user's wrap without storing their username. */
export function userLookup(databaseId: string, username: string): string {
  return createHmac('sha256', databaseId).update(username.toLowerCase()).digest('hex')
}

function aad(databaseId: string, wrapId: string, part: string): Buffer {
  return Buffer.from(`casebook-keyring/v1|${databaseId}|${wrapId}|${part}`)
}

function seal(key: Buffer, plaintext: Buffer, additional: Buffer): z.infer<typeof Sealed> {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(additional)
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  }
}

function unseal(key: Buffer, sealed: z.infer<typeof Sealed>, additional: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'))
  decipher.setAAD(additional)
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'))
  try {
    return Buffer.concat([
      decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
      decipher.final(),
    ])
  } catch {
    return null
  }
}

function sharedKey(privateKey: KeyObject, publicKey: KeyObject, salt: Buffer): Buffer {
  const secret = diffieHellman({ privateKey, publicKey })
  return Buffer.from(hkdfSync('sha256', secret, salt, 'casebook-sealed-data-key', 32))
}

function publicKeyFromBase64(text: string): KeyObject {
  return createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' })
}

/** Seals the data key to a holder's public key (ephemeral X25519 + HKDF + AES-256-GCM). */
function sealDataKey(databaseId: string, wrapId: string, publicKeyB64: string, dataKey: Buffer) {
  const ephemeral = generateKeyPairSync('x25519')
  const ephemeralPublic = ephemeral.publicKey.export({ format: 'der', type: 'spki' })
  const recipientPublic = Buffer.from(publicKeyB64, 'base64')
  const key = sharedKey(
    ephemeral.privateKey,
    publicKeyFromBase64(publicKeyB64),
    Buffer.concat([ephemeralPublic, recipientPublic]),
  )
  return {
    ...seal(key, dataKey, aad(databaseId, wrapId, 'sealed')),
    ephemeralPublicKey: ephemeralPublic.toString('base64'),
  }
}

/** Makes a new holder of the data key, protected by `secret` (a password or the recovery key). */
export async function wrapDataKey(
  keyring: Pick<Keyring, 'databaseId'>,
  dataKey: Buffer,
  secret: string,
  kind: WrappedKey['kind'],
  lookup: string | null,
  strength: KdfStrength,
  isAdmin = false,
): Promise<WrappedKey> {
  const kdf: KdfParams = newKdfParams(strength)
  const kek = await deriveKek(secret, kdf)
  const id = randomUUID()
  const pair = generateKeyPairSync('x25519')
  const publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64')
  const privateDer = pair.privateKey.export({ format: 'der', type: 'pkcs8' })
  return {
    id,
    kind,
    lookup,
    isAdmin,
    kdf,
    publicKey,
    privateKey: seal(kek, privateDer, aad(keyring.databaseId, id, 'private')),
    sealedKey: sealDataKey(keyring.databaseId, id, publicKey, dataKey),
  }
}

/** Returns the data key, or null when `secret` is not the one this wrap was made with. */
export async function unwrapDataKey(
  keyring: Pick<Keyring, 'databaseId'>,
  wrap: WrappedKey,
  secret: string,
): Promise<Buffer | null> {
  const kek = await deriveKek(secret, wrap.kdf)
  const privateDer = unseal(kek, wrap.privateKey, aad(keyring.databaseId, wrap.id, 'private'))
  if (!privateDer) return null
  const privateKey = createPrivateKey({ key: privateDer, format: 'der', type: 'pkcs8' })
  const ephemeralPublic = Buffer.from(wrap.sealedKey.ephemeralPublicKey, 'base64')
  const key = sharedKey(
    privateKey,
    publicKeyFromBase64(wrap.sealedKey.ephemeralPublicKey),
    Buffer.concat([ephemeralPublic, Buffer.from(wrap.publicKey, 'base64')]),
  )
  return unseal(key, wrap.sealedKey, aad(keyring.databaseId, wrap.id, 'sealed'))
}

/** Seals a new data key for an existing holder: key rotation needs nobody's password. */
export function resealWrap(
  keyring: Pick<Keyring, 'databaseId'>,
  wrap: WrappedKey,
  dataKey: Buffer,
): WrappedKey {
  return { ...wrap, sealedKey: sealDataKey(keyring.databaseId, wrap.id, wrap.publicKey, dataKey) }
}

export function parseKeyring(text: string, source: string): Keyring {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new AppFailure('DB.KEYRING_INVALID', `The keyring ${source} is damaged (not valid JSON).`)
  }
  const parsed = KeyringSchema.safeParse(json)
  if (!parsed.success) {
    throw new AppFailure(
      'DB.KEYRING_INVALID',
      `The keyring ${source} is damaged or not a Casebook keyring.`,
    )
  }
  return parsed.data
}

export function readKeyring(databaseFile: string): Keyring {
  const path = keyringPathFor(databaseFile)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new AppFailure(
      'DB.KEYRING_MISSING',
      `The keyring ${path} is missing. It must sit beside the data file; restore it from a backup.`,
      { file: path },
    )
  }
  return parseKeyring(text, path)
}

export function writeKeyring(databaseFile: string, keyring: Keyring): void {
  writeFileAtomic(keyringPathFor(databaseFile), `${JSON.stringify(keyring, null, 2)}\n`)
}

const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A 160-bit recovery key in Crockford base32, in groups of four: shown once at set-up. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(20)
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += RECOVERY_ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  return out.match(/.{4}/g)!.join('-')
}

/** Accepts a recovery key typed with spaces, lower case or the easily confused O/I/L. */
export function normaliseRecoveryKey(typed: string): string {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  return clean.match(/.{1,4}/g)?.join('-') ?? ''
}
