import { describe, expect, it } from 'vitest'
import { BANK_LAYOUTS } from './csv-bank-layouts'
import { columnMappingSchema, headingKey, mappingProblem } from './csv-mapping'

describe('column mappings', () => {
  it('every built-in layout is a valid mapping whose columns are among its headings', () => {
    for (const layout of BANK_LAYOUTS) {
      expect(columnMappingSchema.safeParse(layout.mapping).success, layout.id).toBe(true)
      expect(mappingProblem(layout.mapping), layout.id).toBeNull()
      const headings = new Set(layout.headings.map(headingKey))
      for (const ref of Object.values(layout.mapping)) {
        if (
          typeof ref === 'string' &&
          ref !== layout.mapping.name &&
          ref !== layout.mapping.dateOrder
        ) {
          if (layout.headings.length > 0)
            expect(headings.has(headingKey(ref)), `${layout.id}: ${ref}`).toBe(true)
        }
      }
    }
  })

  it('no two built-in layouts share a heading row', () => {
    const rows = BANK_LAYOUTS.filter((l) => l.headings.length > 0).map((l) =>
      l.headings.map(headingKey).join('|'),
    )
    expect(new Set(rows).size).toBe(rows.length)
  })

  it('says what is wrong with a mapping that cannot work', () => {
    const base = { name: 'x', date: 'Date', description: 'Text' }
    expect(mappingProblem(base)).toMatch(/either an amount column/)
    expect(mappingProblem({ ...base, amount: 'A', paidIn: 'I', paidOut: 'O' })).toMatch(/not both/)
    expect(mappingProblem({ ...base, paidIn: 'I' })).toMatch(/not the other/)
    expect(mappingProblem({ ...base, amount: 3 })).toMatch(/mixes column numbers/)
    expect(columnMappingSchema.safeParse({ ...base, amount: 'A', dateOrder: 'ydm' }).success).toBe(
      false,
    )
    expect(columnMappingSchema.safeParse({ ...base, amount: 0 }).success).toBe(false)
  })
})
