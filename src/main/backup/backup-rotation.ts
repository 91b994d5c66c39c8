/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have a backup, and the
 * newest of each of the last 4 weeks (ISO weeks, Monday first). Manual backups are never rotated.
 */
export interface RotatableBackup {
  readonly path: string
  /** ISO timestamp */
  readonly createdAt: string
}

export const KEEP_DAILY = 7
export const KEEP_WEEKLY = 4

/** ISO-8601 week of a timestamp's date, e.g. "2026-W48". */
export function isoWeek(timestamp: string): string {
  const date = new Date(`${timestamp.slice(0, 10)}T00:00:00Z`)
  const dayNumber = date.getUTCDay() || 7
  date.setUTCDate(date.getUTCDate() + 4 - dayNumber)
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/** Returns the backups to delete, oldest last. */
export function backupsToDelete(backups: readonly RotatableBackup[]): RotatableBackup[] {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  const keep = new Set<string>()
  const days = new Set<string>()
  const weeks = new Set<string>()
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10)
    if (!days.has(day) && days.size < KEEP_DAILY) {
      days.add(day)
      keep.add(backup.path)
    }
    const week = isoWeek(backup.createdAt)
    if (!weeks.has(week) && weeks.size < KEEP_WEEKLY) {
      weeks.add(week)
      keep.add(backup.path)
    }
  }
  return newestFirst.filter((b) => !keep.has(b.path))
}
