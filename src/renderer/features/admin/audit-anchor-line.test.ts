import { describe, expect, it } from 'vitest'
import { readAnchorLine } from './audit-anchor-line'

const HASH = '5f3c'.repeat(16)

describe('a line kept from the audit log (ID:HASH)', () => {
  it('reads it as `casebook audit anchor` prints it, and as people paste it', () => {
    expect(readAnchorLine(`1234:${HASH}`)).toEqual({ id: 1234, hash: HASH })
    expect(readAnchorLine(`  1234 : ${HASH.toUpperCase()}\n`)).toEqual({ id: 1234, hash: HASH })
  })

  it('refuses what is not one: a short or non-hex hash, no number, event 0', () => {
    expect(readAnchorLine(`1234:${HASH.slice(1)}`)).toBeNull()
    expect(readAnchorLine(`1234:${HASH.slice(1)}g`)).toBeNull()
    expect(readAnchorLine(`:${HASH}`)).toBeNull()
    expect(readAnchorLine(`0:${HASH}`)).toBeNull()
    expect(readAnchorLine(`1234 ${HASH}`)).toBeNull()
  })
})
