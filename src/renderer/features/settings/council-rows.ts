import { Council } from '../../../shared/contract/organisation-schemas'

export interface CouncilRow {
  name: string
  onsCode: string
}

export const emptyCouncil = (): CouncilRow => ({ name: '', onsCode: '' })

const isBlank = (row: CouncilRow) => !row.name.trim() && !row.onsCode.trim()

/** The councils to save: blank rows dropped, the rest tidied (ONS code in capitals). */
export function councilsToSave(rows: readonly CouncilRow[]): CouncilRow[] {
  return rows
    .filter((row) => !isBlank(row))
    .map((row) => ({ name: row.name.trim(), onsCode: row.onsCode.trim().toUpperCase() }))
}

/**
 * Field errors for the councils list, keyed by form path (`councils.0.onsCode`), using the same
 * rules as the backend. A row left completely blank is ignored.
 */
export function councilErrors(rows: readonly CouncilRow[]): Record<string, string> {
  const errors: Record<string, string> = {}
  rows.forEach((row, index) => {
    if (isBlank(row)) return
    const parsed = Council.safeParse(row)
    if (parsed.success) return
    for (const issue of parsed.error.issues) {
      const key = `councils.${index}.${String(issue.path[0])}`
      errors[key] ??= issue.message
    }
  })
  const codes = new Map<string, number>()
  rows.forEach((row, index) => {
    const code = row.onsCode.trim().toUpperCase()
    if (!code) return
    if (codes.has(code)) errors[`councils.${index}.onsCode`] ??= 'This council is already listed.'
    codes.set(code, index)
  })
  return errors
}
