const LARGE_TEXT_KEY = 'casebook.largeText'

/** Large text is a per-computer preference, kept in this browser profile. */
export function readLargeText(): boolean {
  try {
    return localStorage.getItem(LARGE_TEXT_KEY) === 'true'
  } catch {
    return false
  }
}

export function writeLargeText(isLarge: boolean): void {
  try {
    localStorage.setItem(LARGE_TEXT_KEY, String(isLarge))
  } catch {
    // Storage can be unavailable (private mode): the setting then lasts until the window closes.
  }
  applyLargeText(isLarge)
}

/** The root font size scales every Mantine size (they are all rem-based). */
export function applyLargeText(isLarge: boolean): void {
  document.documentElement.dataset.largeText = String(isLarge)
}
