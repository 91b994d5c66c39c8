import Database from 'better-sqlite3-multiple-ciphers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { explainQueryPlan, fullScansIn, requireIndexes } from '../../bench/lib/query-plan'
import { SeededRandom } from '../../bench/lib/random'
import {
  namePrefixQueries,
  noteTextQueries,
  noteWordPools,
  postcodeStartQueries,
  SEEDED_DISTRICTS,
  tokens,
  typoNameQueries,
} from '../../bench/lib/search-queries'
import * as seedWords from '../../src/main/seed/seed-data'
import { isOneEditApart } from '../../src/main/people/name-search-rules'
import { postcodeStarts } from '../../src/shared/validation/postcode'
import {
  type Json,
  type Run,
  at,
  expectComparison,
  expectStats,
  keysOf,
  numbers,
  runSmallScale,
  type SmallRun,
} from './bench-report'

/**
 * Runs the search suite at small scale in a child process (through the same runner as
 * `npm run bench`) and checks what it writes: every timing labelled, every number finite and
 * positive, the query plans present and using indexes. It never checks how fast anything is.
 */

function expectIndexedPlan(value: Json): void {
  const plan = at(value, 'plan')
  expect(Array.isArray(plan) && plan.length > 0 && plan.every((d) => typeof d === 'string')).toBe(
    true,
  )
  expect(typeof at(value, 'sql')).toBe('string')
  expect(at(value, 'fullScans')).toEqual([])
  expect(at(value, 'usesIndex')).toBe(true)
}

describe('the search suite at small scale', () => {
  let small: SmallRun
  let run: Run
  let report: Json
  let resultsFile: string
  let search: Json

  beforeAll(async () => {
    small = await runSmallScale(['search'])
    ;({ run, report, resultsFile } = small)
    search = report === null ? null : at(report, 'results.search')
  }, 240_000)

  afterAll(() => small?.cleanup())

  it('finishes and prints a summary', () => {
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('== search')
    expect(run.stdout).toContain('route/direct ×')
    expect(run.stdout).toContain('repository/direct ×')
    expect(run.stdout).toContain(resultsFile)
  })

  it('writes the report under results.search at small scale', () => {
    expect(at(report, 'shape')).toBe('casebook-bench/1')
    expect(at(report, 'scale')).toBe('small')
    expect(at(report, 'suites')).toEqual(['search'])
    expect(at(search, 'parameters.people')).toBe(1_000)
    expect(at(search, 'parameters.viewerRole')).toBe('adviser')
  })

  it('reports how long seeding took, as information', () => {
    expect(at(search, 'seeding.people')).toBe(1_000)
    expect(at(search, 'seeding.notes')).toBe(10_000)
    for (const key of ['totalMs', 'peopleAndNotesMs', 'plansMs', 'peoplePerSecond']) {
      expect(typeof at(search, `seeding.${key}`)).toBe('number')
    }
    expect(typeof at(search, 'seeding.notesPerSecond')).toBe('number')
  })

  it('labels every timing: each layer against raw SQL, with both ratios', () => {
    for (const area of ['names', 'typos', 'postcodeStarts', 'notes']) {
      expectComparison(at(search, `${area}.routeVsDirect`), 'route', 'direct')
      expectComparison(at(search, `${area}.repositoryVsDirect`), 'repository', 'direct')
      expectComparison(at(search, `${area}.routeVsRepository`), 'route', 'repository')
    }
    expect(at(search, 'names.routeVsDirect.route.samples')).toBe(
      (at(search, 'parameters.nameQueries') as number) *
        (at(search, 'parameters.namePasses') as number),
    )
    for (const [area, count] of [
      ['typos', 'typoQueries'],
      ['postcodeStarts', 'postcodeQueries'],
    ]) {
      expect(at(search, `${area}.routeVsDirect.route.samples`)).toBe(
        (at(search, `parameters.${count}`) as number) *
          (at(search, 'parameters.namePasses') as number),
      )
    }
    // Most typo queries find someone only one typo away (the rest: nobody with the given name).
    const [found, of] = String(at(search, 'typos.foundOneTypoAway'))
      .split(' of ')
      .map((n) => parseInt(n, 10))
    expect(of).toBe(at(search, 'parameters.typoQueries'))
    expect(found).toBeGreaterThan(of! / 2)
    expect(at(search, 'notes.routeVsDirect.direct.samples')).toBe(
      (at(search, 'parameters.noteQueries') as number) *
        (at(search, 'parameters.notePasses') as number),
    )
  })

  it('splits note searches into rare, medium and common words', () => {
    expect(keysOf(at(search, 'notes.byFrequency'))).toEqual(['common', 'medium', 'rare'])
    let queries = 0
    for (const tier of ['rare', 'medium', 'common']) {
      const value = at(search, `notes.byFrequency.${tier}`)
      for (const variant of ['route', 'repository', 'direct']) expectStats(at(value, variant))
      queries += at(value, 'queries') as number
    }
    expect(queries).toBe(at(search, 'parameters.noteQueries'))
  })

  it('reports query plans, and every hot query uses an index', () => {
    for (const lookup of ['ref', 'nhsNumber', 'postcode', 'postcodeStart']) {
      const value = at(search, `queryPlans.quickSearchLookups.${lookup}`)
      expectIndexedPlan(value)
      expect((at(value, 'plan') as string[])[0]).toMatch(/^SEARCH clients USING (COVERING )?INDEX /)
    }
    for (const path of [
      'repository.names',
      'repository.nameTerms',
      'repository.namesWithTypos',
      'repository.notes',
      'direct.names',
      'direct.notes',
    ]) {
      expectIndexedPlan(at(search, `queryPlans.${path}`))
    }
    expect(at(search, 'queryPlans.repository.nameTerms.plan')).toEqual([
      expect.stringMatching(/^SCAN clients_fts_terms VIRTUAL TABLE INDEX \d+:$/),
    ])
    expect(at(search, 'queryPlans.direct.names.plan')).toEqual([
      expect.stringMatching(/^SCAN clients_fts VIRTUAL TABLE INDEX \d+:\S*M/),
    ])
  })

  it('has only finite, positive numbers', () => {
    const all = numbers(report)
    expect(all.length).toBeGreaterThan(60)
    expect(all.filter((n) => !(Number.isFinite(n.value) && n.value > 0))).toEqual([])
  })

  it('removes its temp folders', () => {
    expect(small.leftoverTempFolders()).toEqual([])
  })
})

describe('reading query plans', () => {
  it('counts scans of stored tables and indexes as full scans, not searches or subqueries', () => {
    expect(
      fullScansIn([
        'MATERIALIZE hits',
        'SCAN f VIRTUAL TABLE INDEX 32:M1',
        'SCAN hits',
        'SEARCH clients USING INTEGER PRIMARY KEY (rowid=?)',
        'SCAN CONSTANT ROW',
      ]),
    ).toEqual([])
    expect(
      fullScansIn([
        'SCAN clients',
        'SCAN clients USING COVERING INDEX clients_name',
        'SCAN case_notes_fts VIRTUAL TABLE INDEX 0:',
        'SEARCH users USING INTEGER PRIMARY KEY (rowid=?)',
      ]),
    ).toEqual([
      'SCAN clients',
      'SCAN clients USING COVERING INDEX clients_name',
      'SCAN case_notes_fts VIRTUAL TABLE INDEX 0:',
    ])
  })

  it('counts a scan of fts5vocab between two words as a search, and an open-ended one as a full scan', () => {
    const vocab = ['clients_fts_terms']
    // fts5vocab's plan number: 0x100 a term equal, 0x200 from a term, 0x400 up to one; low bits: columns.
    expect(fullScansIn(['SCAN clients_fts_terms VIRTUAL TABLE INDEX 1539:'], vocab)).toEqual([])
    expect(fullScansIn(['SCAN clients_fts_terms VIRTUAL TABLE INDEX 257:'], vocab)).toEqual([])
    expect(fullScansIn(['SCAN clients_fts_terms VIRTUAL TABLE INDEX 515:'], vocab)).toEqual([
      'SCAN clients_fts_terms VIRTUAL TABLE INDEX 515:',
    ])
    expect(fullScansIn(['SCAN clients_fts_terms VIRTUAL TABLE INDEX 3:'], vocab)).toEqual([
      'SCAN clients_fts_terms VIRTUAL TABLE INDEX 3:',
    ])
    const sqlite = new Database(':memory:')
    try {
      sqlite.exec(`CREATE VIRTUAL TABLE f USING fts5 (names);
        CREATE VIRTUAL TABLE f_terms USING fts5vocab (f, 'row')`)
      const between = 'SELECT term FROM f_terms WHERE term >= ? AND term < ?'
      expect(explainQueryPlan(sqlite, between, ['a', 'b']).usesIndex).toBe(true)
      const from = 'SELECT term FROM f_terms WHERE term >= ?'
      expect(explainQueryPlan(sqlite, from, ['a']).usesIndex).toBe(false)
    } finally {
      sqlite.close()
    }
  })

  it('fails a lookup on a column without an index, and passes it with one', () => {
    const sqlite = new Database(':memory:')
    try {
      sqlite.exec('CREATE TABLE clients (id INTEGER PRIMARY KEY, ref TEXT, postcode TEXT)')
      const lookup = 'SELECT * FROM clients WHERE postcode = ? LIMIT 20'
      const before = explainQueryPlan(sqlite, lookup, ['HD1 1AB'])
      expect(before.usesIndex).toBe(false)
      expect(() => requireIndexes({ lookups: { postcode: before } })).toThrow(
        /lookups\.postcode: SCAN clients/,
      )
      sqlite.exec('CREATE INDEX clients_postcode ON clients (postcode)')
      const after = explainQueryPlan(sqlite, lookup, ['HD1 1AB'])
      expect(after.plan).toEqual(['SEARCH clients USING INDEX clients_postcode (postcode=?)'])
      expect(() => requireIndexes({ lookups: { postcode: after } })).not.toThrow()
    } finally {
      sqlite.close()
    }
  })
})

describe('the search queries', () => {
  it('are the same every run, different from each other, and look like typing', () => {
    const names = namePrefixQueries(new SeededRandom(7), 200)
    expect(namePrefixQueries(new SeededRandom(7), 200)).toEqual(names)
    expect(new Set(names).size).toBe(200)
    for (const query of names) {
      for (const word of query.split(' ')) expect(word.length).toBeGreaterThanOrEqual(2)
      expect(query.split(' ').length).toBeLessThanOrEqual(2)
    }
    const notes = noteTextQueries(new SeededRandom(7), 200)
    expect(new Set(notes).size).toBe(200)
    expect(notes.every((q) => q.split(' ').length <= 2)).toBe(true)
  })

  it('type seeded names with one typo after the first letter, never a seeded name start', () => {
    const names = [...seedWords.GIVEN_NAMES, ...seedWords.FAMILY_NAMES].flatMap(tokens)
    const typos = typoNameQueries(new SeededRandom(7), 200)
    expect(typoNameQueries(new SeededRandom(7), 200)).toEqual(typos)
    expect(new Set(typos).size).toBe(200)
    for (const query of typos) {
      const typed = query.split(' ').at(-1)!
      expect(
        names.some((n) => n.startsWith(typed)),
        query,
      ).toBe(false)
      expect(
        names.some((n) => n[0] === typed[0] && isOneEditApart(typed, n)),
        query,
      ).toBe(true)
    }
  })

  it('type the starts of seeded postcodes: districts and sectors, with and without the space', () => {
    const starts = postcodeStartQueries(new SeededRandom(7), 100)
    expect(new Set(starts).size).toBe(100)
    for (const text of starts) {
      expect(postcodeStarts(text).length, text).toBeGreaterThan(0)
      expect(
        SEEDED_DISTRICTS.some((o) => text.toUpperCase().startsWith(o)),
        text,
      ).toBe(true)
    }
    expect(starts.some((t) => t.includes(' '))).toBe(true)
    expect(starts.some((t) => t === t.toLowerCase())).toBe(true)
  })

  it('draw note words from rare, medium and common pools of the seed vocabulary', () => {
    const pools = noteWordPools()
    expect(pools.common).toContain('the')
    expect(pools.medium).toContain('boiler')
    expect(pools.rare).toContain('zofia')
    const notes = noteTextQueries(new SeededRandom(7), 200).flatMap((q) => q.split(' '))
    for (const pool of [pools.rare, pools.medium, pools.common]) {
      expect(notes.some((word) => pool.includes(word))).toBe(true)
    }
  })
})
