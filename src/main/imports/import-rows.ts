import type { z } from 'zod'
import type { ImportFieldKey } from '../../shared/contract/imports-routes'
import { PersonDetails, ReferralFields } from '../../shared/contract/people-schemas'
import { isIsoDate } from '../../shared/dates'
import {
  AccommodationStatus,
  PersonStatus,
  type CodeList,
  EmploymentStatus,
  Ethnicity,
  findCode,
  Gender,
  PrimarySupportReason,
  ReferralSource,
} from '../../shared/reference'
import {
  normaliseLineBreaks,
  type TextShape,
  unsafeTextProblem,
} from '../../shared/unsafe-characters'
import { IMPORT_FIELDS } from './import-fields'

export interface RowProblem {
  field: string | null
  message: string
  kind: 'error' | 'duplicate'
}

export interface PreparedRow {
  rowNumber: number
  values: Partial<Record<ImportFieldKey, string>>
  problems: RowProblem[]
  client: {
    fields: z.output<typeof PersonDetails>
    status: 'enquiry' | 'referral' | 'active' | 'closed'
    referral?: z.output<typeof ReferralFields>
  } | null
}

export interface RowContext {
  councils: readonly { id: number; name: string; onsCode: string }[]
  staff: readonly { id: number; username: string; displayName: string }[]
  /** The file's heading of the column mapped to each field, to name it in problems. */
  headings?: Partial<Record<ImportFieldKey, string>>
}

/** Fields typed in a text box in the app; every other imported field is one line. */
const MULTI_LINE_FIELDS: ReadonlySet<ImportFieldKey> = new Set([
  'communicationNeeds',
  'referralReason',
])

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/
const YMD = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/

/**
 * Reads a date as people write it in UK spreadsheets: 2026-11-25, 25/11/2026, 25-11-2026, 25.11.2026.
 * Two-digit years are refused rather than guessed.
 */
export function parseDateText(text: string): { iso: string } | { problem: string } {
  const t = text.trim()
  let y: string, m: string, d: string
  const ymd = YMD.exec(t)
  const dmy = DMY.exec(t)
  if (ymd) [, y, m, d] = ymd as unknown as [string, string, string, string]
  else if (dmy) {
    ;[, d, m, y] = dmy as unknown as [string, string, string, string]
    if (y.length === 2)
      return { problem: `"${t}": write the year in full (for example 1948, not 48).` }
  } else return { problem: `"${t}" is not a date Casebook can read; write it like 25/11/1948.` }
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  return isIsoDate(iso) ? { iso } : { problem: `"${t}" is not a real date.` }
}

const CODED: Partial<Record<ImportFieldKey, CodeList>> = {
  gender: Gender,
  ethnicity: Ethnicity,
  primarySupportReason: PrimarySupportReason,
  accommodationStatus: AccommodationStatus,
  employmentStatus: EmploymentStatus,
}

function labelFor(key: string): string {
  return IMPORT_FIELDS.find((f) => f.key === key)?.label ?? key
}

/** The field's name, and the file's heading for it when that reads differently. */
function columnLabel(key: ImportFieldKey, heading: string | undefined): string {
  const label = labelFor(key)
  return heading && heading.toLowerCase() !== label.toLowerCase()
    ? `${label} (column “${heading}”)`
    : label
}

/**
 * The same character rules as the route's schema (`textRule`), checked on every mapped cell first:
 * the lookups below (codes, councils, staff) never see the schema, and their messages quote the cell.
 */
function unsafeCells(
  values: Partial<Record<ImportFieldKey, string>>,
  headings: Partial<Record<ImportFieldKey, string>>,
): Map<ImportFieldKey, string> {
  const found = new Map<ImportFieldKey, string>()
  for (const [key, raw] of Object.entries(values) as [ImportFieldKey, string | undefined][]) {
    const text = raw?.trim()
    if (!text) continue
    const shape: TextShape = MULTI_LINE_FIELDS.has(key) ? 'multi-line' : 'single-line'
    const checked = shape === 'multi-line' ? normaliseLineBreaks(text) : text
    const message = unsafeTextProblem(columnLabel(key, headings[key]), checked, shape)
    if (message) found.set(key, message)
  }
  return found
}

/** Turns one spreadsheet row into a person's record, listing every problem by field. */
export function prepareRow(
  rowNumber: number,
  values: Partial<Record<ImportFieldKey, string>>,
  context: RowContext,
): PreparedRow {
  const problems: RowProblem[] = []
  const problem = (field: string | null, message: string) =>
    problems.push({ field, message, kind: 'error' })
  const unsafe = unsafeCells(values, context.headings ?? {})
  for (const [key, message] of unsafe) problem(key, message)
  const v = (key: ImportFieldKey) => {
    const text = values[key]?.trim()
    return text && !unsafe.has(key) ? text : null
  }
  const date = (key: ImportFieldKey): string | null => {
    const text = v(key)
    if (!text) return null
    const parsed = parseDateText(text)
    if ('problem' in parsed) {
      problem(key, `${labelFor(key)}: ${parsed.problem}`)
      return null
    }
    return parsed.iso
  }
  const coded: Record<string, string | null> = {}
  for (const [key, list] of Object.entries(CODED)) {
    const text = v(key as ImportFieldKey)
    if (!text) {
      coded[key] = null
      continue
    }
    const code = findCode(list, text)
    if (!code)
      problem(
        key,
        `${labelFor(key)}: "${text}" is not a value Casebook knows (for example "${list.items[0]!.label}").`,
      )
    coded[key] = code
  }
  let councilId: number | null = null
  const councilText = v('council')
  if (councilText) {
    const wanted = councilText.toLowerCase()
    const council = context.councils.find(
      (c) => c.onsCode.toLowerCase() === wanted || c.name.toLowerCase() === wanted,
    )
    if (council) councilId = council.id
    else
      problem(
        'council',
        `Council: "${councilText}" is not one the organisation works with (add it in Settings first).`,
      )
  }
  let keyWorkerId: number | null = null
  const workerText = v('keyWorker')
  if (workerText) {
    const wanted = workerText.toLowerCase()
    const worker = context.staff.find(
      (s) => s.username === wanted || s.displayName.toLowerCase() === wanted,
    )
    if (worker) keyWorkerId = worker.id
    else problem('keyWorker', `Key worker: "${workerText}" is not an active member of staff.`)
  }
  let status: 'enquiry' | 'referral' | 'active' | 'closed' = 'active'
  const statusText = v('status')
  if (statusText) {
    const code = findCode(PersonStatus, statusText)
    if (code) status = code
    else problem('status', `Status: "${statusText}" should be enquiry, referral, active or closed.`)
  }
  const candidate = {
    legalGivenName: v('legalGivenName') ?? '',
    legalFamilyName: v('legalFamilyName') ?? '',
    preferredName: v('preferredName'),
    dateOfBirth: date('dateOfBirth'),
    dateOfDeath: date('dateOfDeath'),
    nhsNumber: v('nhsNumber'),
    councilPersonId: v('councilPersonId'),
    councilId,
    addressLine1: v('addressLine1'),
    addressLine2: v('addressLine2'),
    town: v('town'),
    postcode: v('postcode'),
    phone: v('phone'),
    email: v('email'),
    communicationNeeds: v('communicationNeeds'),
    ...coded,
    keyWorkerId,
  }
  const parsed = PersonDetails.safeParse(candidate)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '')
      if (problems.some((p) => p.field === field)) continue
      problem(field || null, `${labelFor(field)}: ${issue.message}`)
    }
  }
  let referral: z.output<typeof ReferralFields> | undefined
  const sourceText = v('referralSource')
  const receivedOn = date('referralReceivedOn')
  if (sourceText || receivedOn) {
    const source = sourceText ? findCode(ReferralSource, sourceText) : null
    if (!sourceText) {
      if (!unsafe.has('referralSource'))
        problem('referralSource', 'Referral source: give where the referral came from.')
    } else if (!source)
      problem(
        'referralSource',
        `Referral source: "${sourceText}" should be council social work, self, health, voluntary sector or other.`,
      )
    if (!receivedOn && !problems.some((p) => p.field === 'referralReceivedOn'))
      problem('referralReceivedOn', 'Referral date received: give the date.')
    const parsedReferral = ReferralFields.safeParse({
      source,
      receivedOn,
      reason: v('referralReason'),
    })
    if (parsedReferral.success) referral = parsedReferral.data
    else if (source && receivedOn) {
      for (const issue of parsedReferral.error.issues)
        problem(`referral.${String(issue.path[0])}`, `Referral: ${issue.message}`)
    }
  }
  return {
    rowNumber,
    values,
    problems,
    client:
      parsed.success && problems.length === 0 ? { fields: parsed.data, status, referral } : null,
  }
}
