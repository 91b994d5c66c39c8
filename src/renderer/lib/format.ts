import { formatDate, formatDateTime } from '../../shared/dates'

export { formatDate, formatDateTime }

/** Shows a size in bytes the way people read it: 1.2 MB, 830 KB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${units[unit]}`
}

/** "1 minute", "5 minutes". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`
}

/** An NHS number in its usual 3-3-4 groups: 9434765919 → "943 476 5919". */
export function formatNhsNumber(value: string | null | undefined): string {
  if (!value) return ''
  const digits = value.replace(/\s+/g, '')
  return /^\d{10}$/.test(digits)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    : value
}
