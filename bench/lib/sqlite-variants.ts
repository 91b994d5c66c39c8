import Database from 'better-sqlite3-multiple-ciphers'
import { openSync, readSync, closeSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { BUSY_TIMEOUT_MS, openEncryptedFile, type SqliteDb } from '../../src/main/db/sqlite-file'

/**
 * The same SQLite workload on an encrypted file and on a plain one, with identical settings, to
 * measure what encryption costs. The encrypted side is opened by Casebook's own
 * `openEncryptedFile`; the plain side copies its pragmas, and `requireSamePragmas` proves they match.
 */

export interface SqliteVariant {
  /** `encrypted` or `plain`: the names used in results. */
  readonly name: 'encrypted' | 'plain'
  readonly file: string
  readonly sqlite: SqliteDb
}

/** The pragmas `openEncryptedFile` sets on a writable file, in its order. Keep in step with it. */
const CASEBOOK_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'secure_delete = ON',
  `busy_timeout = ${BUSY_TIMEOUT_MS}`,
  'cache_size = -65536',
] as const

/** A new encrypted file (SQLCipher 4, a random raw 256-bit key), exactly as Casebook opens one. */
export function createEncryptedVariant(file: string): SqliteVariant {
  return {
    name: 'encrypted',
    file,
    sqlite: openEncryptedFile(file, randomBytes(32), { create: true }),
  }
}

/** A new plain SQLite file with the same pragmas as `openEncryptedFile`. */
export function createPlainVariant(file: string): SqliteVariant {
  const sqlite = new Database(file)
  sqlite.prepare('SELECT count(*) AS n FROM sqlite_master').get()
  for (const pragma of CASEBOOK_PRAGMAS) sqlite.pragma(pragma)
  return { name: 'plain', file, sqlite }
}

const PRAGMAS_TO_COMPARE = [
  'journal_mode',
  'synchronous',
  'foreign_keys',
  'secure_delete',
  'busy_timeout',
  'cache_size',
  'page_size',
  'wal_autocheckpoint',
  'temp_store',
  'mmap_size',
] as const

/** The settings that affect speed, as text (e.g. cache_size "-65536"). */
export function readPragmas(sqlite: SqliteDb): Record<string, string> {
  return Object.fromEntries(
    PRAGMAS_TO_COMPARE.map((name) => [name, String(sqlite.pragma(name, { simple: true }))]),
  )
}

/** Throws unless every variant has the same settings; returns them. */
export function requireSamePragmas(variants: readonly SqliteVariant[]): Record<string, string> {
  const [first, ...rest] = variants.map((v) => ({ name: v.name, pragmas: readPragmas(v.sqlite) }))
  if (!first) throw new Error('No variants to compare.')
  for (const other of rest) {
    if (JSON.stringify(other.pragmas) !== JSON.stringify(first.pragmas)) {
      throw new Error(
        `The ${first.name} and ${other.name} files have different settings, so the comparison ` +
          `would be unfair: ${JSON.stringify(first.pragmas)} vs ${JSON.stringify(other.pragmas)}`,
      )
    }
  }
  return first.pragmas
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** True when the file starts with SQLite's plain-text header (so it is not encrypted). */
export function hasPlainSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length)
    const read = readSync(fd, head, 0, head.length, 0)
    return read === head.length && head.equals(SQLITE_HEADER)
  } finally {
    closeSync(fd)
  }
}

/** Throws unless the encrypted variant's file really is encrypted and the plain one is not. */
export function requireEncryptionAsNamed(variants: readonly SqliteVariant[]): void {
  for (const v of variants) {
    const isPlain = hasPlainSqliteHeader(v.file)
    if (isPlain !== (v.name === 'plain')) {
      throw new Error(`${v.file} should be ${v.name} but its header says otherwise.`)
    }
  }
}
