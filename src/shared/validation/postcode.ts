/**
 * UK postcodes: format checks only (whether a postcode exists needs the ONS/Royal Mail list).
 * The outward code is one of A9, A99, AA9, AA99, A9A, AA9A; the inward code is 9AA. Letters are limited
 * as Royal Mail allocates them: Q, V, X never first; I, J, Z never second; the final letter of A9A and
 * AA9A outward codes from a fixed set; and C, I, K, M, O, V never in the inward code. Also accepted:
 * GIR 0AA (Girobank) and BFPO numbers (British Forces Post Office).
 */

const OUTWARD =
  /^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])$/
const INWARD = /^[0-9][ABD-HJLNP-UW-Z]{2}$/
const BFPO = /^BFPO ?([0-9]{1,4})$/

/**
 * A postcode in standard form, upper case with one space before the inward code ('ls14ap' →
 * 'LS1 4AP'), or null when the text is not a UK postcode.
 */
export function normalisePostcode(text: string): string | null {
  const compact = text.toUpperCase().replace(/\s+/g, '')
  const bfpo = BFPO.exec(compact)
  if (bfpo) return `BFPO ${bfpo[1]}`
  if (compact.length < 5 || compact.length > 7) return null
  const outward = compact.slice(0, -3)
  const inward = compact.slice(-3)
  if (outward === 'GIR' && inward === '0AA') return 'GIR 0AA'
  if (!OUTWARD.test(outward) || !INWARD.test(inward)) return null
  return `${outward} ${inward}`
}

/** The start of an inward code as typed: its digit, then perhaps its first letter. */
const INWARD_START = /^(?:[0-9][ABD-HJLNP-UW-Z]?)?$/

/**
 * How the postcodes starting with a part postcode begin, in standard form, for finding people by
 * district or sector: 'HX5' → ['HX5 '] (district HX5, not HX50), 'hx5 2' → ['HX5 2']. Without a
 * space the split is ambiguous, so every reading is given: 'hx52' → ['HX5 2', 'HX52 ']. Empty when
 * the text is not the start of a postcode (or is a whole one: `normalisePostcode` finds that).
 */
export function postcodeStarts(text: string): string[] {
  const typed = text.trim().toUpperCase().replace(/\s+/g, ' ')
  if (!/^[A-Z0-9]+(?: [A-Z0-9]+)?$/.test(typed) || normalisePostcode(typed) !== null) return []
  const [before = '', after] = typed.split(' ')
  const splits =
    after === undefined
      ? [2, 3, 4]
          .filter((n) => n <= before.length)
          .map((n) => [before.slice(0, n), before.slice(n)])
      : [[before, after]]
  return splits
    .filter(([outward = '', inward = '']) => OUTWARD.test(outward) && INWARD_START.test(inward))
    .map(([outward, inward]) => `${outward} ${inward}`)
}

/** What is wrong with a typed postcode, as a sentence to show beside the field; null when it is fine. */
export function postcodeProblem(text: string): string | null {
  if (text.trim() === '') return 'Enter a postcode, for example LS1 4AP.'
  if (normalisePostcode(text) === null) {
    return 'That is not a UK postcode: check it, for example LS1 4AP.'
  }
  return null
}

/**
 * The outward code (the part before the space: 'LS1 4AP' → 'LS1'), used for area-level reporting without
 * the full address. '' when the text is not a postcode.
 */
export function postcodeOutward(postcode: string): string {
  const normal = normalisePostcode(postcode)
  if (normal === null) return ''
  return normal.split(' ')[0] ?? ''
}
