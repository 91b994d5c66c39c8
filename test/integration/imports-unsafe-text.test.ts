import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

/**
 * Imported rows are checked field by field by the importer, not by a route's schema, so the same
 * character rules must be applied to every cell: a row problem naming the column, never a crash or a
 * raw escape sequence stored.
 */
let org: TestOrg
beforeAll(async () => {
  org = await createTestOrg()
})
afterAll(async () => org.cleanup())

const csvFile = (text: string) => ({
  name: 'people.csv',
  dataBase64: Buffer.from(text).toString('base64'),
})

const CSV = [
  'Forename,Surname,"Town\r\nor city",Gender,Communication needs,Referral source,Date received,Reason for referral,"Notes\u001b[2J"',
  '"Ann\u001b[31m",Bloggs,Leeds,,,,,,',
  'Bob,"Jo\r\nnes",Leeds,,,,,,',
  'Cat,Smith,"Hudders\u202Efield",,,,,,',
  'Dan,Brown,Leeds,"Ma\u0007le",,,,,',
  'Eve,Green,Leeds,,"Large print\r\nand short visits",Self,02/01/2026,"Moved\r\nhere",',
].join('\r\n')

describe('importing cells with control characters', () => {
  it('gives each bad cell a row problem naming its column', async () => {
    const preview = await org.call('admin', 'imports.preview', { file: csvFile(CSV) })
    const problems = Object.fromEntries(
      preview.rows.map((r) => [r.rowNumber, r.problems.map((p) => [p.field, p.message])]),
    )
    expect(problems).toEqual({
      2: [
        [
          'legalGivenName',
          'First name (column “Forename”) contains a control character (U+001B); remove it.',
        ],
      ],
      3: [['legalFamilyName', 'Surname must be on one line; remove the line break (U+000D).']],
      4: [
        [
          'town',
          'Town (column “Town or city”) contains an invisible text-direction character (U+202E); remove it.',
        ],
      ],
      5: [['gender', 'Gender contains a control character (U+0007); remove it.']],
      6: [],
    })
  })

  it('gives headings as one printable line, which can be mapped by hand', async () => {
    const preview = await org.call('admin', 'imports.preview', { file: csvFile(CSV) })
    expect(preview.headings[2]).toBe('Town or city')
    expect(preview.mapping['Town or city']).toBe('town')
    expect(preview.headings[8]).toBe('Notes\\x1b[2J')
    const mapped = await org.call('admin', 'imports.preview', {
      file: csvFile(CSV),
      mapping: { 'Notes\\x1b[2J': 'addressLine2' },
    })
    expect(mapped.rows[0]?.values.addressLine2).toBe('')
  })

  it('keeps line breaks in multi-line fields, as line feeds', async () => {
    const result = await org.call('admin', 'imports.commit', {
      file: csvFile(CSV),
      accept: true,
      excludeRows: [2, 3, 4, 5],
    })
    expect(result.imported).toBe(1)
    const eve = await org.call('admin', 'people.get', { ref: result.refs[0]! })
    expect(eve.fields.communicationNeeds).toBe('Large print\nand short visits')
    expect(eve.referrals?.[0]?.reason).toBe('Moved\nhere')
  })
})
