import { localIsoDate } from '../../shared/dates'
import type {
  ColumnMapping,
  ImportFieldKey,
  ImportPreview,
} from '../../shared/contract/imports-routes'
import { AppFailure } from '../../shared/result'
import type { Db, ReadDb } from '../db/handles'
import type { UseCase } from '../kernel'
import { listCouncils } from '../organisation'
import {
  changeStatus,
  createPerson,
  findPeopleByNameAndBirth,
  findPersonByNhsNumber,
} from '../people'
import { listActiveStaff } from '../users'
import { readSpreadsheet } from './spreadsheet-reader'
import { autoMap, IMPORT_FIELDS } from './import-fields'
import { type PreparedRow, prepareRow } from './import-rows'

export interface ImportSource {
  readonly name: string
  readonly bytes: Buffer
}

async function loadMapping(db: ReadDb, name: string): Promise<ColumnMapping> {
  const row = await db
    .selectFrom('import_mappings')
    .select('mapping')
    .where('name', '=', name)
    .executeTakeFirst()
  if (!row) throw new AppFailure('RECORD.NOT_FOUND', `There is no saved mapping called "${name}".`)
  return JSON.parse(row.mapping) as ColumnMapping
}

export async function saveMapping(
  db: Db,
  name: string,
  mapping: ColumnMapping,
  at: string,
): Promise<void> {
  const json = JSON.stringify(mapping)
  await db
    .insertInto('import_mappings')
    .values({ name, mapping: json, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ mapping: json, updated_at: at }))
    .execute()
}

export async function listMappings(db: ReadDb) {
  const rows = await db
    .selectFrom('import_mappings')
    .select(['name', 'mapping', 'updated_at'])
    .orderBy('name')
    .execute()
  return rows.map((r) => ({
    name: r.name,
    mapping: JSON.parse(r.mapping) as ColumnMapping,
    updatedAt: r.updated_at,
  }))
}

/** Marks rows that look like people already on file, or like an earlier row of the same file. */
async function markDuplicates(db: ReadDb, rows: PreparedRow[]): Promise<void> {
  const seenNhs = new Map<string, number>()
  const seenNameDob = new Map<string, number>()
  for (const row of rows) {
    const fields = row.client?.fields
    if (!fields) continue
    const dup = (message: string) => row.problems.push({ field: null, message, kind: 'duplicate' })
    if (fields.nhsNumber) {
      const existing = await findPersonByNhsNumber(db, fields.nhsNumber)
      if (existing) dup(`Likely the same person as ${existing.ref} (same NHS number).`)
      const earlier = seenNhs.get(fields.nhsNumber)
      if (earlier) dup(`Same NHS number as row ${earlier}.`)
      else seenNhs.set(fields.nhsNumber, row.rowNumber)
    }
    if (fields.dateOfBirth) {
      const key = `${fields.legalGivenName.toLowerCase()}|${fields.legalFamilyName.toLowerCase()}|${fields.dateOfBirth}`
      const existing = await findPeopleByNameAndBirth(
        db,
        fields.legalGivenName,
        fields.legalFamilyName,
        fields.dateOfBirth,
      )
      for (const match of existing) {
        if (!row.problems.some((p) => p.message.includes(match.ref))) {
          dup(`Likely the same person as ${match.ref} (same name and date of birth).`)
        }
      }
      const earlier = seenNameDob.get(key)
      if (earlier) dup(`Same name and date of birth as row ${earlier}.`)
      else seenNameDob.set(key, row.rowNumber)
    }
    if (row.problems.length > 0) row.client = null
  }
}

/**
 * Reads the file, maps its columns (saved mapping, then the caller's, then headings that name a field)
 * and checks every row. Writes nothing.
 */
export async function previewImport(
  db: ReadDb,
  source: ImportSource,
  options: { mappingName?: string; mapping?: ColumnMapping },
  onRow?: (done: number, total: number) => Promise<void>,
): Promise<{ preview: ImportPreview; rows: PreparedRow[] }> {
  const sheet = await readSpreadsheet(source.name, source.bytes)
  const auto = autoMap(sheet.headings)
  const saved = options.mappingName ? await loadMapping(db, options.mappingName) : {}
  const mapping: ColumnMapping = {}
  for (const heading of sheet.headings) {
    mapping[heading] =
      options.mapping?.[heading] !== undefined
        ? options.mapping[heading]!
        : (saved[heading] ?? auto[heading] ?? null)
  }
  const mapped = new Map<ImportFieldKey, string>()
  for (const [heading, field] of Object.entries(mapping)) {
    if (!field) continue
    if (mapped.has(field)) {
      throw new AppFailure(
        'IMPORT.MAPPING',
        `Two columns ("${mapped.get(field)}" and "${heading}") are mapped to the same field.`,
      )
    }
    mapped.set(field, heading)
  }
  const missing = IMPORT_FIELDS.filter((f) => f.isRequired && !mapped.has(f.key)).map(
    (f) => f.label,
  )
  const councils = await listCouncils(db)
  const staff = (await listActiveStaff(db)).map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.name,
  }))
  const headings: Partial<Record<ImportFieldKey, string>> = Object.fromEntries(mapped)
  const rows: PreparedRow[] = []
  for (const [i, cells] of sheet.rows.entries()) {
    const values: Partial<Record<ImportFieldKey, string>> = {}
    sheet.headings.forEach((heading, c) => {
      const field = mapping[heading]
      if (field) values[field] = cells[c] ?? ''
    })
    rows.push(prepareRow(i + 2, values, { councils, staff, headings }))
    if (onRow && i % 500 === 0) await onRow(i, sheet.rows.length)
  }
  if (missing.length === 0) await markDuplicates(db, rows)
  else
    for (const row of rows)
      row.problems.unshift({
        field: null,
        message: `Map a column to ${missing.join(' and ')}.`,
        kind: 'error',
      })
  const withProblems = rows.filter((r) => r.problems.length > 0)
  return {
    rows,
    preview: {
      fileName: source.name,
      sheetName: sheet.sheetName,
      headings: sheet.headings,
      mapping,
      autoMapped: sheet.headings.filter((h) => auto[h] && mapping[h] === auto[h]),
      rows: rows.map((r) => ({
        rowNumber: r.rowNumber,
        values: r.values as Record<string, string>,
        problems: r.problems,
      })),
      counts: {
        rows: rows.length,
        ready: rows.length - withProblems.length,
        withProblems: withProblems.length,
        duplicates: rows.filter((r) => r.problems.some((p) => p.kind === 'duplicate')).length,
      },
      fields: IMPORT_FIELDS.map((f) => ({ key: f.key, label: f.label, isRequired: f.isRequired })),
    },
  }
}

/**
 * Imports every row not excluded, all at once inside the caller's transaction. Refuses (importing
 * nothing) while any included row still has a problem.
 */
export async function commitImport(
  deps: UseCase,
  rows: readonly PreparedRow[],
  excludeRows: readonly number[],
  onRow: (done: number, total: number) => Promise<void>,
): Promise<{ refs: string[]; excluded: number[]; referrals: number }> {
  const excluded = new Set(excludeRows)
  const included = rows.filter((r) => !excluded.has(r.rowNumber))
  const bad = included.filter((r) => r.problems.length > 0 || !r.client)
  if (bad.length > 0) {
    const first = bad[0]!
    throw new AppFailure(
      'IMPORT.BAD_ROW',
      `Nothing was imported: ${bad.length} row${bad.length === 1 ? ' has' : 's have'} problems. Row ${first.rowNumber}: ${first.problems[0]?.message ?? 'not ready'} Fix or exclude ${bad.length === 1 ? 'it' : 'them'}, then import again.`,
      { rows: bad.map((r) => ({ rowNumber: r.rowNumber, problems: r.problems })) },
    )
  }
  if (included.length === 0)
    throw new AppFailure('IMPORT.EMPTY', 'Every row is excluded: there is nothing to import.')
  const refs: string[] = []
  let referrals = 0
  for (const [i, row] of included.entries()) {
    const client = row.client!
    const initial = client.status === 'closed' ? 'active' : client.status
    const ref = await createPerson(deps, {
      fields: client.fields,
      status: initial,
      referral: client.referral,
      // Likely duplicates were shown in the preview, and the user accepted the rows.
      isNotADuplicate: true,
    })
    if (client.status === 'closed')
      await changeStatus(deps, ref, 'closed', localIsoDate(deps.now), 'Imported as closed')
    if (client.referral) referrals += 1
    refs.push(ref)
    if (i % 100 === 0) await onRow(i, included.length)
  }
  return {
    refs,
    excluded: [...excluded].filter((n) => rows.some((r) => r.rowNumber === n)),
    referrals,
  }
}
