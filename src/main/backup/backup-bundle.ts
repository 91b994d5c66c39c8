import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { closeSync, fstatSync, fsyncSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { z } from 'zod'
import { AppFailure } from '../../shared/result'
import { type Keyring, parseKeyring } from '../db/keyring'

/**
 * A backup bundle is one file: a magic line, a small JSON header (no personal data), the keyring, the
 * encrypted database (itself SQLCipher-encrypted), and an HMAC over all of it keyed from the data key.
 * A cut-short file is caught by the lengths; an altered one by the HMAC.
 */
const MAGIC = Buffer.from('CASEBOOK-BACKUP\n')
const MAC_LENGTH = 32
const CHUNK = 1 << 20

const HeaderSchema = z.object({
  format: z.literal('casebook-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  databaseId: z.string(),
  kind: z.string(),
  keyringLength: z.number().int().nonnegative(),
  databaseLength: z.number().int().nonnegative(),
  /** HMAC of a fixed string: tells "made with another key" apart from "altered". */
  keyCheck: z.string(),
  /**
   * The newest audit event in the backup (id and hash). A later log must still hold it unchanged;
   * `audit verify --backup` checks. Missing in backups made before anchors existed.
   */
  auditAnchor: z.object({ id: z.number().int(), hash: z.string() }).nullable().optional(),
})
export type BundleHeader = z.infer<typeof HeaderSchema>

export function macKeyFor(dataKey: Buffer, databaseId: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', dataKey, Buffer.from(databaseId), 'casebook-backup-mac', 32),
  )
}

function keyCheck(macKey: Buffer): string {
  return createHmac('sha256', macKey).update('casebook-backup-key-check').digest('hex')
}

function readExactly(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length)
  let offset = 0
  while (offset < length) {
    const n = readSync(fd, buffer, offset, length - offset, position + offset)
    if (n === 0) break
    offset += n
  }
  return buffer.subarray(0, offset)
}

/** Copies `length` bytes from one file to another in chunks, feeding each chunk to `onChunk`. */
function copyRange(
  from: number,
  fromPosition: number,
  length: number,
  onChunk: (chunk: Buffer) => void,
): void {
  let done = 0
  while (done < length) {
    const chunk = readExactly(from, fromPosition + done, Math.min(CHUNK, length - done))
    if (chunk.length === 0) break
    onChunk(chunk)
    done += chunk.length
  }
}

export interface BundleInput {
  readonly header: Omit<
    BundleHeader,
    'format' | 'version' | 'keyringLength' | 'databaseLength' | 'keyCheck'
  >
  readonly keyring: Keyring
  readonly databaseFile: string
  readonly dataKey: Buffer
}

/**
 * Writes a bundle to `outFile`, which must not exist yet, and flushes it to disk. The caller writes to
 * a temporary name and gives the bundle its final name only once it has been verified.
 */
export function writeBundle(outFile: string, input: BundleInput): number {
  const macKey = macKeyFor(input.dataKey, input.keyring.databaseId)
  const keyringBytes = Buffer.from(JSON.stringify(input.keyring))
  const dbFd = openSync(input.databaseFile, 'r')
  const out = openSync(outFile, 'wx', 0o600)
  try {
    const databaseLength = fstatSync(dbFd).size
    const header: BundleHeader = {
      format: 'casebook-backup',
      version: 1,
      ...input.header,
      keyringLength: keyringBytes.length,
      databaseLength,
      keyCheck: keyCheck(macKey),
    }
    const headerBytes = Buffer.from(JSON.stringify(header))
    const length = Buffer.alloc(4)
    length.writeUInt32BE(headerBytes.length)
    const mac = createHmac('sha256', macKey)
    const write = (chunk: Buffer) => {
      mac.update(chunk)
      writeSync(out, chunk)
    }
    write(MAGIC)
    write(length)
    write(headerBytes)
    write(keyringBytes)
    copyRange(dbFd, 0, databaseLength, write)
    writeSync(out, mac.digest())
    fsyncSync(out)
    const size = fstatSync(out).size
    closeSync(out)
    return size
  } catch (error) {
    try {
      closeSync(out)
    } catch {
      // already closed
    }
    rmSync(outFile, { force: true })
    throw error
  } finally {
    closeSync(dbFd)
  }
}

export interface OpenedBundle {
  readonly header: BundleHeader
  readonly keyring: Keyring
  readonly size: number
  /** Offset of the database bytes inside the bundle file. */
  readonly databaseOffset: number
}

/** Reads and checks a bundle's framing and header; no key is needed for this part. */
export function readBundleHeader(file: string): OpenedBundle {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    throw new AppFailure('BACKUP.NOT_FOUND', `There is no backup file at ${file}.`, { file })
  }
  try {
    const size = fstatSync(fd).size
    const notBackup = (why: string) =>
      new AppFailure('BACKUP.NOT_A_BACKUP', `${file} is not a Casebook backup (${why}).`, { file })
    const head = readExactly(fd, 0, MAGIC.length + 4)
    if (head.length < MAGIC.length || !head.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw notBackup('it does not start like one')
    }
    if (head.length < MAGIC.length + 4) throw truncated(file, size, null)
    const headerLength = head.readUInt32BE(MAGIC.length)
    if (headerLength > 64 * 1024) throw notBackup('its header is damaged')
    const headerBytes = readExactly(fd, MAGIC.length + 4, headerLength)
    if (headerBytes.length < headerLength) throw truncated(file, size, null)
    let header: BundleHeader
    try {
      header = HeaderSchema.parse(JSON.parse(headerBytes.toString('utf8')))
    } catch {
      throw notBackup('its header is damaged')
    }
    const keyringOffset = MAGIC.length + 4 + headerLength
    const expected = keyringOffset + header.keyringLength + header.databaseLength + MAC_LENGTH
    if (size < expected) throw truncated(file, size, expected)
    if (size > expected) {
      throw new AppFailure(
        'BACKUP.ALTERED',
        `${file} has been altered: it is longer than it should be.`,
        {
          file,
        },
      )
    }
    const keyring = parseKeyring(
      readExactly(fd, keyringOffset, header.keyringLength).toString('utf8'),
      file,
    )
    return { header, keyring, size, databaseOffset: keyringOffset + header.keyringLength }
  } finally {
    closeSync(fd)
  }
}

function truncated(file: string, size: number, expected: number | null): AppFailure {
  return new AppFailure(
    'BACKUP.TRUNCATED',
    expected === null
      ? `${file} was cut short (${size} bytes): it is not a complete backup.`
      : `${file} was cut short: it has ${size} of ${expected} bytes. It is not a complete backup.`,
    { file, size, expected },
  )
}

/**
 * Checks the HMAC with the data key and copies the database out to `databaseOut`. Refuses a bundle
 * made with another key (`BACKUP.OTHER_KEY`) or altered in any byte (`BACKUP.ALTERED`).
 */
export function extractBundle(
  file: string,
  opened: OpenedBundle,
  dataKey: Buffer,
  databaseOut: string,
): void {
  const macKey = macKeyFor(dataKey, opened.keyring.databaseId)
  if (keyCheck(macKey) !== opened.header.keyCheck) {
    throw new AppFailure(
      'BACKUP.OTHER_KEY',
      `${file} was made with a different key (before a key rotation, or for another data file). ` +
        'Use a password that was valid when the backup was made.',
      { file },
    )
  }
  const fd = openSync(file, 'r')
  const out = openSync(databaseOut, 'wx', 0o600)
  try {
    const mac = createHmac('sha256', macKey)
    const body = opened.size - MAC_LENGTH
    copyRange(fd, 0, opened.databaseOffset, (chunk) => mac.update(chunk))
    copyRange(fd, opened.databaseOffset, body - opened.databaseOffset, (chunk) => {
      mac.update(chunk)
      writeSync(out, chunk)
    })
    const stored = readExactly(fd, body, MAC_LENGTH)
    const actual = mac.digest()
    if (stored.length !== MAC_LENGTH || !timingSafeEqual(stored, actual)) {
      throw new AppFailure(
        'BACKUP.ALTERED',
        `${file} has been altered since it was made; it cannot be trusted.`,
        {
          file,
        },
      )
    }
    fsyncSync(out)
  } catch (error) {
    closeSync(out)
    rmSync(databaseOut, { force: true })
    throw error
  } finally {
    closeSync(fd)
    try {
      closeSync(out)
    } catch {
      // closed above on failure
    }
  }
}
