import { describe, expect, it } from 'vitest'
import { backupsToDelete, isoWeek } from './backup-rotation'

function daily(days: number, from = '2026-11-25'): { path: string; createdAt: string }[] {
  const start = Date.parse(`${from}T12:00:00Z`)
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(start - i * 86_400_000).toISOString()
    return { path: `b-${at.slice(0, 10)}`, createdAt: at }
  })
}

describe('backup rotation (7 daily + 4 weekly)', () => {
  it('keeps everything while there are fewer than 7 days', () => {
    expect(backupsToDelete(daily(5))).toEqual([])
  })

  it('keeps the last 7 days and one per week for 4 weeks', () => {
    const all = daily(60)
    const doomed = new Set(backupsToDelete(all).map((b) => b.path))
    const kept = all.filter((b) => !doomed.has(b.path))
    // 7 most recent days...
    expect(kept.slice(0, 7).map((b) => b.path)).toEqual(all.slice(0, 7).map((b) => b.path))
    // ...plus the newest of each of the last 4 ISO weeks (some already among the 7 days).
    const weeks = new Set(kept.map((b) => isoWeek(b.createdAt)))
    expect(weeks.size).toBeGreaterThanOrEqual(4)
    expect(kept.length).toBeLessThanOrEqual(11)
    expect(
      kept.every((b) => Date.parse('2026-11-25') - Date.parse(b.createdAt) < 35 * 86_400_000),
    ).toBe(true)
  })

  it('keeps only the newest backup of a day', () => {
    const doomed = backupsToDelete([
      { path: 'morning', createdAt: '2026-11-25T08:00:00Z' },
      { path: 'evening', createdAt: '2026-11-25T18:00:00Z' },
    ])
    expect(doomed.map((b) => b.path)).toEqual(['morning'])
  })

  it('numbers ISO weeks correctly across a year end', () => {
    expect(isoWeek('2026-11-25T00:00:00Z')).toBe('2026-W48')
    expect(isoWeek('2027-01-01T00:00:00Z')).toBe('2026-W53')
    expect(isoWeek('2024-12-30T00:00:00Z')).toBe('2025-W01')
  })
})
