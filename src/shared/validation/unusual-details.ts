import { formatDate } from '../dates'

/** Before this, a date of birth is more likely a typing slip (1089 for 1989) than a real one. */
const EARLIEST_LIKELY_BIRTH = '1900-01-01'
const PICTOGRAPH = /\p{Extended_Pictographic}/u

export interface UnusualDetail {
  /** The field, as a route's input path (`fields.dateOfBirth`). */
  readonly path: string
  readonly message: string
}

/**
 * Details that are allowed but unusual enough to ask "is this right?" before saving: a date of
 * birth before 1900, or an emoji in a legal name. They are never refused (a name may really hold
 * one; a record may be historical): the user confirms and it is saved as typed.
 */
export function unusualDetails(f: {
  legalGivenName: string
  legalFamilyName: string
  dateOfBirth: string | null
}): UnusualDetail[] {
  const found: UnusualDetail[] = []
  if (f.dateOfBirth && f.dateOfBirth < EARLIEST_LIKELY_BIRTH) {
    found.push({
      path: 'fields.dateOfBirth',
      message: `The date of birth, ${formatDate(f.dateOfBirth)}, is before 1900: check the year.`,
    })
  }
  for (const [path, label, name] of [
    ['fields.legalGivenName', 'first name', f.legalGivenName],
    ['fields.legalFamilyName', 'surname', f.legalFamilyName],
  ] as const) {
    if (PICTOGRAPH.test(name)) {
      found.push({
        path,
        message: `The ${label} has an emoji in it: check it is how their legal name is written.`,
      })
    }
  }
  return found
}
