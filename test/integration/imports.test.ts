import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

function csvFile(text: string, name = 'people.csv') {
  return { name, dataBase64: Buffer.from(text).toString('base64') }
}

const GOOD = [
  'First name,Surname,Date of birth,NHS number,Postcode,Gender,Ethnicity,Council,Referral source,Date received,Team notes',
  'Ann,Bloggs,14/03/1948,943 476 5919,hd1 2ab,Female,"White - English, Welsh, Scottish, Northern Irish or British",E08000034,Self,02/01/2026,likes tea',
  'Bilal,Khan,1960-07-09,,HX1 1AA,Male,,Kirklees Council,,,',
  'Chen,Wei,01.02.1990,,,,,,,,',
].join('\n')

describe('importing people from a spreadsheet', () => {
  it('maps named headings itself, previews every row, and commits all at once', async () => {
    org = await createTestOrg()
    const preview = await org.call('admin', 'imports.preview', { file: csvFile(GOOD) })
    expect(preview.mapping).toMatchObject({
      'First name': 'legalGivenName',
      Surname: 'legalFamilyName',
      'Date of birth': 'dateOfBirth',
      'NHS number': 'nhsNumber',
      Postcode: 'postcode',
      'Referral source': 'referralSource',
      'Date received': 'referralReceivedOn',
      'Team notes': null,
    })
    expect(preview.counts).toEqual({ rows: 3, ready: 3, withProblems: 0, duplicates: 0 })
    expect((await org.call('admin', 'people.list', {})).total).toBe(0)
    const result = await org.call('admin', 'imports.commit', {
      file: csvFile(GOOD),
      accept: true,
      saveMappingAs: 'Council spreadsheet',
    })
    expect(result).toMatchObject({ imported: 3, referrals: 1 })
    const ann = await org.call('admin', 'people.get', { ref: result.refs[0]! })
    expect(ann.fields).toMatchObject({
      dateOfBirth: '1948-03-14',
      nhsNumber: '9434765919',
      postcode: 'HD1 2AB',
      gender: 'female',
    })
    expect(ann.council?.onsCode).toBe('E08000034')
    expect(ann.referrals?.[0]).toMatchObject({ source: 'self', receivedOn: '2026-01-02' })
    expect((await org.call('admin', 'imports.mappings', {})).map((m) => m.name)).toEqual([
      'Council spreadsheet',
    ])
  })

  it('lists each row’s problems; one bad row imports nothing until it is fixed or excluded', async () => {
    org = await createTestOrg()
    const bad = [
      GOOD,
      'Dot,Cotton,31/02/1950,1234567890,ZZZ,Plutonian,,,,,',
      'Ed,Young,1/1/55,,,,,,,,',
    ].join('\n')
    const preview = await org.call('admin', 'imports.preview', { file: csvFile(bad) })
    const dot = preview.rows.find((r) => r.rowNumber === 5)!
    expect(dot.problems.map((p) => p.field).sort()).toEqual([
      'dateOfBirth',
      'gender',
      'nhsNumber',
      'postcode',
    ])
    expect(preview.rows.find((r) => r.rowNumber === 6)!.problems[0]!.message).toMatch(
      /year in full/,
    )
    const refused = await org.raw('admin', 'imports.commit', { file: csvFile(bad), accept: true })
    expect(!refused.ok && refused.error.code).toBe('IMPORT.BAD_ROW')
    expect(!refused.ok && refused.error.message).toMatch(/Nothing was imported/)
    expect((await org.call('admin', 'people.list', {})).total).toBe(0)
    const ok = await org.call('admin', 'imports.commit', {
      file: csvFile(bad),
      accept: true,
      excludeRows: [5, 6],
    })
    expect(ok.imported).toBe(3)
    expect(ok.excluded).toEqual([5, 6])
  })

  it('flags likely duplicates of people already on file, and within the file', async () => {
    org = await createTestOrg()
    await org.call('admin', 'imports.commit', { file: csvFile(GOOD), accept: true })
    const again = [
      GOOD.split('\n')[0],
      'Ann,Bloggs,14/03/1948,,,,,,,,',
      'Zed,Other,,943 476 5919,,,,,,,',
      'Zed,Other,,943 476 5919,,,,,,,',
    ].join('\n')
    const preview = await org.call('admin', 'imports.preview', { file: csvFile(again) })
    expect(preview.counts.duplicates).toBe(3)
    expect(preview.rows[0]!.problems[0]!.message).toMatch(/same name and date of birth/)
    expect(preview.rows[1]!.problems[0]!.message).toMatch(/same NHS number/)
    expect(preview.rows[2]!.problems.map((p) => p.message).join(' ')).toMatch(/row 3/)
  })

  it('columns that do not name a field are mapped by hand, and a named mapping is reused', async () => {
    org = await createTestOrg()
    const odd = ['Fname,Lname,Born', 'Ann,Bloggs,14/03/1948'].join('\n')
    const unmapped = await org.call('admin', 'imports.preview', { file: csvFile(odd) })
    expect(unmapped.counts.withProblems).toBe(1)
    expect(unmapped.rows[0]!.problems[0]!.message).toMatch(/Map a column to First name and Surname/)
    await org.call('admin', 'imports.saveMapping', {
      name: 'Old system',
      mapping: { Fname: 'legalGivenName', Lname: 'legalFamilyName', Born: 'dateOfBirth' },
    })
    const mapped = await org.call('admin', 'imports.preview', {
      file: csvFile(odd),
      mappingName: 'Old system',
    })
    expect(mapped.counts.ready).toBe(1)
  })

  it('reads XLSX, including real date cells', async () => {
    org = await createTestOrg()
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('People')
    ws.addRow(['First name', 'Surname', 'Date of birth', 'Postcode'])
    ws.addRow(['Grace', 'Mensah', new Date(Date.UTC(1972, 5, 30)), 'HX3 5AX'])
    const bytes = Buffer.from(await wb.xlsx.writeBuffer())
    const preview = await org.call('admin', 'imports.preview', {
      file: { name: 'people.xlsx', dataBase64: bytes.toString('base64') },
    })
    expect(preview.sheetName).toBe('People')
    expect(preview.rows[0]!.values).toMatchObject({
      dateOfBirth: '1972-06-30',
      postcode: 'HX3 5AX',
    })
    expect(preview.counts.ready).toBe(1)
  })

  it('a broken or empty file gets a clear message naming it', async () => {
    org = await createTestOrg()
    const broken = await org.raw('admin', 'imports.preview', {
      file: { name: 'people.xlsx', dataBase64: Buffer.from('not a zip at all').toString('base64') },
    })
    expect(!broken.ok && broken.error.code).toBe('IMPORT.UNREADABLE')
    expect(!broken.ok && broken.error.message).toContain('people.xlsx')
    const empty = await org.raw('admin', 'imports.preview', {
      file: csvFile('First name,Surname\n'),
    })
    expect(!empty.ok && empty.error.code).toBe('IMPORT.EMPTY')
    const wrongType = await org.raw('admin', 'imports.preview', {
      file: csvFile('x', 'people.pdf'),
    })
    expect(!wrongType.ok && wrongType.error.code).toBe('IMPORT.UNREADABLE')
  })

  it('a long import can be cancelled, and then nothing is imported', async () => {
    org = await createTestOrg()
    const rows = ['First name,Surname']
    for (let i = 0; i < 600; i++) rows.push(`Person${i},Family${i}`)
    const progress: number[] = []
    const running = org.backend.call(
      'admin',
      'imports.commit',
      { file: csvFile(rows.join('\n')), accept: true },
      { callId: 'big-import', onProgress: (done) => progress.push(done) },
    )
    org.backend.cancel('big-import')
    const result = await running
    expect(!result.ok && result.error.code).toBe('JOB.CANCELLED')
    expect((await org.call('admin', 'people.list', {})).total).toBe(0)
    const again = await org.call('admin', 'imports.commit', {
      file: csvFile(rows.join('\n')),
      accept: true,
    })
    expect(again.imported).toBe(600)
  })

  it('a Windows-1252 CSV keeps its punctuation, so the person can be found by the name as typed', async () => {
    org = await createTestOrg()
    // Excel's plain "CSV" on a UK PC: ’ is 0x92, “ ” 0x93 0x94, – 0x96, € 0x80, £ 0xA3.
    const cp1252 = Buffer.concat([
      Buffer.from('First name,Surname,Address line 1,Communication needs\r\nSi'),
      Buffer.from([0xe2, 0x6e, 0x2c, 0x4f, 0x92]),
      Buffer.from('Connor,'),
      Buffer.from([0x93]),
      Buffer.from('Flat 2'),
      Buffer.from([0x94, 0x20, 0x96]),
      Buffer.from(' Ash Court,Rent '),
      Buffer.from([0x80]),
      Buffer.from('5 or '),
      Buffer.from([0xa3]),
      Buffer.from('4\r\n'),
    ])
    const file = { name: 'people.csv', dataBase64: cp1252.toString('base64') }
    const result = await org.call('admin', 'imports.commit', { file, accept: true })
    // Search splits words at punctuation (and at C1 controls), so it is what it shows that proves it.
    const found = await org.call('admin', 'people.search', { text: 'O’Connor' })
    expect(found.map((c) => [c.ref, c.legalName])).toEqual([[result.refs[0], 'Siân O’Connor']])
    const person = await org.call('admin', 'people.get', { ref: result.refs[0]! })
    expect(person.fields).toMatchObject({
      legalGivenName: 'Siân',
      legalFamilyName: 'O’Connor',
      addressLine1: '“Flat 2” – Ash Court',
      communicationNeeds: 'Rent €5 or £4',
    })
  })

  it('reads Excel’s “Unicode text” (UTF-16 with its byte-order mark, tab-separated)', async () => {
    org = await createTestOrg()
    const text = 'First name\tSurname\r\nZoë\tŌkubo\r\n'
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const preview = await org.call('admin', 'imports.preview', {
      file: { name: 'people.txt', dataBase64: bytes.toString('base64') },
    })
    expect(preview.rows[0]!.values).toMatchObject({
      legalGivenName: 'Zoë',
      legalFamilyName: 'Ōkubo',
    })
  })

  it('an oversized field is refused with a message, never truncated', async () => {
    org = await createTestOrg()
    const long = ['First name,Surname', `Ann,${'B'.repeat(90)}`].join('\n')
    const preview = await org.call('admin', 'imports.preview', { file: csvFile(long) })
    expect(preview.rows[0]!.problems[0]!.message).toMatch(/at most 80 characters/)
  })
})
