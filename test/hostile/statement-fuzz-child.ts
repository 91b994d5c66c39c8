import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { readStatement } from '../../src/main/accounts/statements'
import type { ParsedStatement } from '../../src/main/accounts/statements'
import { AppFailure } from '../../src/shared/result'

/**
 * Fuzzes the statement readers in a process of its own (statement-fuzz.test.ts kills it if it
 * runs past its time limit: that is the hang guard). Random bytes under every file name, and real
 * files (our fixtures, and the peer corpus read in place, also with its currency made GBP so that
 * mutations reach the line readers) with bytes deleted, inserted, changed and cut off. Every answer
 * must be a whole statement or an AppFailure; anything thrown that is not an AppFailure is a crash.
 * A strict prefix of an OFX or CAMT file (cut before its last closing tag) must be refused: a cut
 * download never reads as a shorter statement. Prints one JSON line of counts.
 *
 * Usage: tsx test/hostile/statement-fuzz-child.ts <runs> <seed>
 */

const ROOT = resolve(import.meta.dirname, '../..')
const OWN = join(ROOT, 'test/fixtures/statements')
const PEER = resolve(ROOT, '../shared/fixtures/peer-corpus')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesUnder(path)
    return name.endsWith('.md') ? [] : [path]
  })
}

const samples: { name: string; bytes: Buffer }[] = []
for (const path of [...filesUnder(OWN), ...filesUnder(PEER)]) {
  const bytes = readFileSync(path)
  const name = path.split('/').pop()!
  samples.push({ name, bytes })
  const gbp = bytes.toString('latin1').replace(/\b(USD|CAD|AUD|EUR|HUF)\b/g, 'GBP')
  samples.push({ name, bytes: Buffer.from(gbp, 'latin1') })
}

const counts: Record<string, number> = {}

function isWhole(s: ParsedStatement): boolean {
  if (s.lines.length === 0) return false
  let previous = ''
  for (const line of s.lines) {
    if (!Number.isSafeInteger(line.amountPence)) return false
    if (!/^\d{4}-\d{2}-\d{2}$/.test(line.date) || Number.isNaN(Date.parse(line.date))) return false
    if (new Date(`${line.date}T00:00:00Z`).toISOString().slice(0, 10) !== line.date) return false
    if (line.date < previous) return false
    if (!Number.isInteger(line.sourceLine) || line.sourceLine < 1) return false
    if (typeof line.description !== 'string') return false
    previous = line.date
  }
  return true
}

/** 'ok' for a whole statement, the code for a refusal; throws anything else (a crash). */
function outcome(name: string, bytes: Uint8Array): string {
  try {
    const s = readStatement(name, bytes)
    if (!isWhole(s))
      throw new Error(`${name}: a statement that is not whole: ${JSON.stringify(s).slice(0, 300)}`)
    return 'ok'
  } catch (error) {
    if (error instanceof AppFailure) return error.code
    throw error
  }
}

function tally(key: string): true {
  counts[key] = (counts[key] ?? 0) + 1
  return true
}

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('change' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
)

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const at = bytes.length === 0 ? 0 : m.at % bytes.length
  switch (m.kind) {
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)])
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)])
    case 'change': {
      const copy = Buffer.from(bytes)
      copy[at] = m.byte
      return copy
    }
    case 'cut':
      return bytes.subarray(0, at)
  }
}

const runs = Number(process.argv[2] ?? 300)
const seed = Number(process.argv[3] ?? 1)
const names = ['s.csv', 's.ofx', 's.qfx', 's.qif', 's.xml', 's.txt', 's']

fc.assert(
  fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...names), (bytes, name) =>
    tally(`random:${outcome(name, bytes)}`),
  ),
  { numRuns: runs, seed },
)

fc.assert(
  fc.property(
    fc.integer({ min: 0, max: samples.length - 1 }),
    fc.array(mutation, { minLength: 1, maxLength: 4 }),
    (index, mutations) => {
      const sample = samples[index]!
      const bytes = mutations.reduce(mutate, sample.bytes)
      return tally(`mutated:${outcome(sample.name, bytes)}`)
    },
  ),
  { numRuns: runs * 4, seed },
)

const structured = samples.filter(
  (s) => /\.(ofx|qfx|xml)$/.test(s.name) && outcome(s.name, s.bytes) === 'ok',
)
fc.assert(
  fc.property(fc.integer({ min: 0, max: structured.length - 1 }), fc.nat(), (index, at) => {
    const { name, bytes } = structured[index]!
    const text = bytes.toString('latin1')
    const last = Math.max(text.lastIndexOf('</OFX>'), text.lastIndexOf('</Document>'))
    const cut = at % (last + 1)
    const result = outcome(name, bytes.subarray(0, cut))
    if (result === 'ok') throw new Error(`${name} cut at ${cut} read as a statement`)
    return tally(`prefix:${result}`)
  }),
  { numRuns: runs, seed },
)

process.stdout.write(
  `${JSON.stringify({ samples: samples.length, structured: structured.length, counts })}\n`,
)
