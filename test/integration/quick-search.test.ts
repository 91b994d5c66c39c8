import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

/**
 * Quick search (Ctrl+K, `people.search`) on a real encrypted file, for what staff type: names in
 * any script, part postcodes, a name with one typo, and the references, NHS numbers, postcodes and
 * name prefixes it always found.
 */

let org: TestOrg
const refs: Record<string, string> = {}

const PEOPLE = {
  ahmed: ['أحمد', 'خان', 'HX5 2AB'],
  mohammed: ['محمد', 'علي', 'HX5 2QD'],
  vowelled: ['مُحَمَّد', 'إبراهيم', null],
  lukasz: ['Łukasz', 'Nowak', 'HX5 3AB'],
  sahin: ['Mehmet', 'Şahin', 'HX50 1AA'],
  zoe: ['Zoë', 'Yılmaz', 'HX1 2AB'],
  ivan: ['Иван', 'Фёдоров', null],
  giorgos: ['Γιώργος', 'Παπαδόπουλος', null],
  wang: ['小明', '王', null],
  yamada: ['太郎', '山田', null],
  kim: ['민준', '김', null],
  ram: ['राम', 'शर्मा', null],
  atkinson: ['Alfie', 'Atkinson', 'HD1 2AB'],
  atkinsen: ['Bella', 'Atkinsen', 'HD1 3AB'],
  obrien: ['Margaret', "O'Brien", 'LS1 4AP'],
  jan: ['Jan', 'Kowalski', null],
} as const

async function search(text: string, limit?: number): Promise<string[]> {
  const hits = await org.call('admin', 'people.search', limit ? { text, limit } : { text })
  return hits.map((h) => h.ref)
}

function named(...keys: (keyof typeof PEOPLE)[]): string[] {
  return keys.map((k) => refs[k]!)
}

/** For results whose order among themselves is FTS5's ranking of equally good matches. */
async function searchUnordered(text: string): Promise<string[]> {
  return (await search(text)).sort()
}

beforeAll(async () => {
  org = await createTestOrg()
  for (const [key, [legalGivenName, legalFamilyName, postcode]] of Object.entries(PEOPLE)) {
    const created = await org.call('admin', 'people.create', {
      fields: {
        legalGivenName,
        legalFamilyName,
        postcode,
        nhsNumber: key === 'atkinson' ? '943 476 5919' : null,
      },
    })
    refs[key] = created.summary.ref
  }
})
afterAll(async () => org?.cleanup())

describe('quick search finds names in every script', () => {
  it('finds an Arabic name with alef-hamza however the alef is typed, as it found محمد', async () => {
    expect(await search('أحمد')).toEqual(named('ahmed'))
    expect(await search('احمد')).toEqual(named('ahmed'))
    expect(await search('أحمد خان')).toEqual(named('ahmed'))
    expect(await searchUnordered('محمد')).toEqual(named('mohammed', 'vowelled').sort())
  })

  it('finds a name written with short vowels (harakat) by its plain spelling, and the reverse', async () => {
    expect(await search('محمد إبراهيم')).toEqual(named('vowelled'))
    expect(await search('ابراهيم')).toEqual(named('vowelled'))
    expect(await search('مُحَمَّد علي')).toEqual(named('mohammed'))
  })

  it('finds Latin names with letters typed without their marks', async () => {
    expect(await search('lukasz')).toEqual(named('lukasz'))
    expect(await search('Łukasz')).toEqual(named('lukasz'))
    expect(await search('sahin')).toEqual(named('sahin'))
    expect(await search('zoe yilmaz')).toEqual(named('zoe'))
    expect(await search('ZOË')).toEqual(named('zoe'))
  })

  it('finds Cyrillic and Greek names with or without their accents', async () => {
    expect(await search('иван')).toEqual(named('ivan'))
    expect(await search('федоров')).toEqual(named('ivan'))
    expect(await search('Фёдоров')).toEqual(named('ivan'))
    expect(await search('γιωργος')).toEqual(named('giorgos'))
    expect(await search('Γιώργος')).toEqual(named('giorgos'))
    expect(await search('ΠΑΠΑΔΟΠΟΥΛΟΣ')).toEqual(named('giorgos'))
  })

  it('finds Chinese, Japanese and Korean names written together or apart, and by either part', async () => {
    expect(await search('王小明')).toEqual(named('wang'))
    expect(await search('王 小明')).toEqual(named('wang'))
    expect(await search('小明')).toEqual(named('wang'))
    expect(await search('山田太郎')).toEqual(named('yamada'))
    expect(await search('太郎')).toEqual(named('yamada'))
    expect(await search('김민준')).toEqual(named('kim'))
    expect(await search('김')).toEqual(named('kim'))
  })

  it('finds a Devanagari name whole, not by the letters after its vowel signs', async () => {
    expect(await search('राम')).toEqual(named('ram'))
    expect(await search('शर्मा')).toEqual(named('ram'))
    expect(await search('र')).toEqual(named('ram'))
    // The vowel signs split राम into र and म, so म found it as if a name started so.
    expect(await search('म')).toEqual([])
  })
})

describe('quick search finds part postcodes', () => {
  it('finds everyone in a district, not the districts that start the same', async () => {
    expect(await search('HX5')).toEqual(named('ahmed', 'mohammed', 'lukasz'))
    expect(await search('hx5')).toEqual(named('ahmed', 'mohammed', 'lukasz'))
    expect(await search('HX50')).toEqual(named('sahin'))
  })

  it('finds everyone in a sector, typed with or without the space, in any case', async () => {
    for (const text of ['HX5 2', 'hx5 2', 'hx52', 'HX52']) {
      expect(await search(text), text).toEqual(named('ahmed', 'mohammed'))
    }
    expect(await search('HX5 2A')).toEqual(named('ahmed'))
    expect(await search('hx53')).toEqual(named('lukasz'))
  })
})

describe('quick search tolerates one typo in a name', () => {
  it('finds Atkinson from a letter changed, left out, added or swapped', async () => {
    for (const text of ['Atkimson', 'Atkinon', 'Atkinsson', 'Atkisnon', 'alfie atkimson']) {
      expect(await search(text), text).toEqual(named('atkinson'))
    }
  })

  it('ranks exact matches before names one typo away', async () => {
    expect(await search('Atkinsen')).toEqual(named('atkinsen', 'atkinson'))
    expect(await search('Atkinson')).toEqual(named('atkinson', 'atkinsen'))
  })

  it('looks no further when the exact matches fill the limit', async () => {
    const sqlite = org.backend.core.store!.sqlite
    const prepare = sqlite.prepare.bind(sqlite)
    const sent: string[] = []
    sqlite.prepare = ((sql: string) => {
      sent.push(sql)
      return prepare(sql)
    }) as typeof sqlite.prepare
    try {
      expect(await search('Atkinsen', 1)).toEqual(named('atkinsen'))
      expect(sent.filter((sql) => sql.includes('clients_fts_terms'))).toEqual([])
      expect(await search('Atkinsen', 2)).toEqual(named('atkinsen', 'atkinson'))
      expect(sent.filter((sql) => sql.includes('clients_fts_terms'))).toHaveLength(1)
    } finally {
      sqlite.prepare = prepare as typeof sqlite.prepare
    }
  })

  it('finds a last word still being typed with a typo in it', async () => {
    expect(await searchUnordered('atkinsi')).toEqual(named('atkinson', 'atkinsen').sort())
  })

  it('does not guess a wrong first letter, or a typo in a word of under four letters', async () => {
    expect(await search('Btkinson')).toEqual([])
    expect(await search('jon')).toEqual([])
    expect(await search('jan')).toEqual(named('jan'))
  })
})

describe('quick search still finds what it found before', () => {
  it('finds a reference with or without its letter and zeros', async () => {
    const ref = refs.atkinson!
    const number = String(Number(ref.slice(2)))
    for (const text of [ref, ref.toLowerCase(), ref.slice(2), number]) {
      expect(await search(text), text).toContain(ref)
    }
  })

  it('finds an NHS number typed with spaces, and a whole postcode in any form', async () => {
    expect(await search('943 476 5919')).toEqual(named('atkinson'))
    expect(await search('9434765919')).toEqual(named('atkinson'))
    expect(await search('HD1 2AB')).toEqual(named('atkinson'))
    expect(await search('hd12ab')).toEqual(named('atkinson'))
  })

  it('finds names by their starts, and names with apostrophes typed without them', async () => {
    expect(await searchUnordered('atk')).toEqual(named('atkinson', 'atkinsen').sort())
    expect(await search('alf atk')).toEqual(named('atkinson'))
    expect(await search('obrien')).toEqual(named('obrien'))
    expect(await search("o'brien")).toEqual(named('obrien'))
    expect(await search('marg')).toEqual(named('obrien'))
  })
})
