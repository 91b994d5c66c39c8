import { z } from 'zod'
import { rolesWith } from '../policy'
import { Done, route, text } from './route'
import { textRule } from './text-rules'

/** The fields a spreadsheet column can fill when importing people. */
export const ImportFieldKeys = [
  'legalGivenName',
  'legalFamilyName',
  'preferredName',
  'dateOfBirth',
  'dateOfDeath',
  'nhsNumber',
  'councilPersonId',
  'council',
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'phone',
  'email',
  'communicationNeeds',
  'gender',
  'ethnicity',
  'primarySupportReason',
  'accommodationStatus',
  'employmentStatus',
  'status',
  'keyWorker',
  'referralSource',
  'referralReceivedOn',
  'referralReason',
] as const
export type ImportFieldKey = (typeof ImportFieldKeys)[number]

/** Column heading → field (or null: not imported). */
export const ColumnMapping = z.record(
  z
    .string()
    .check(textRule('A column heading', 'single-line'))
    .max(200, 'A column heading must be at most 200 characters.'),
  z.enum(ImportFieldKeys).nullable(),
)
export type ColumnMapping = z.infer<typeof ColumnMapping>

export const ImportFile = z.object({
  name: text('File name', 260, 1),
  /** The file's bytes, base64. About 15 MB at most. */
  dataBase64: z
    .string()
    .max(20_000_000, 'The file is too big to import at once (over 15 MB); split it.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive whole; choose it again.'),
})

export const ImportProblem = z.object({
  field: z.string().nullable(),
  message: z.string(),
  kind: z.enum(['error', 'duplicate']),
})

export const ImportRow = z.object({
  rowNumber: z.number().int(),
  values: z.record(z.string(), z.string()),
  problems: z.array(ImportProblem),
})
export type ImportRow = z.infer<typeof ImportRow>

export const ImportPreview = z.object({
  fileName: z.string(),
  sheetName: z.string().nullable(),
  headings: z.array(z.string()),
  mapping: ColumnMapping,
  autoMapped: z.array(z.string()),
  rows: z.array(ImportRow),
  counts: z.object({
    rows: z.number().int(),
    ready: z.number().int(),
    withProblems: z.number().int(),
    duplicates: z.number().int(),
  }),
  fields: z.array(
    z.object({ key: z.enum(ImportFieldKeys), label: z.string(), isRequired: z.boolean() }),
  ),
})
export type ImportPreview = z.infer<typeof ImportPreview>

const source = {
  file: ImportFile,
  mappingName: text('Mapping name', 80).optional(),
  mapping: ColumnMapping.optional(),
}

export const importsRoutes = {
  'imports.preview': route({
    input: source,
    output: ImportPreview,
    access: rolesWith('people.import'),
    kind: 'job',
    summary: 'Read a CSV or XLSX of people and show every row with its problems (nothing is saved)',
  }),
  'imports.commit': route({
    input: {
      ...source,
      excludeRows: z.array(z.number().int().min(1)).max(100_000).default([]),
      accept: z.literal(true, { message: 'Confirm the import after checking the preview.' }),
      saveMappingAs: text('Mapping name', 80, 1).optional(),
    },
    output: z.object({
      imported: z.number().int(),
      refs: z.array(z.string()),
      excluded: z.array(z.number().int()),
      referrals: z.number().int(),
    }),
    access: rolesWith('people.import'),
    kind: 'job',
    summary: 'Import every row at once, or nothing if any row still has a problem',
  }),
  'imports.mappings': route({
    input: {},
    output: z.array(z.object({ name: z.string(), mapping: ColumnMapping, updatedAt: z.string() })),
    access: rolesWith('people.import'),
    kind: 'read',
    summary: 'Saved column mappings',
  }),
  'imports.saveMapping': route({
    input: { name: text('Mapping name', 80, 1), mapping: ColumnMapping },
    output: Done,
    access: rolesWith('people.import'),
    kind: 'write',
    summary: 'Save a column mapping by name for next time',
  }),
} as const
