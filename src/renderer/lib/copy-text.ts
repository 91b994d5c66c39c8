/**
 * Puts text on the clipboard. The async Clipboard API needs a permission the desktop app denies
 * (it grants no browser permission at all), so a hidden, selected text box and the Copy command
 * stand in when it is refused. Resolves to whether the text was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // Refused or unavailable: try the Copy command.
  }
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const area = document.createElement('textarea')
  area.value = text
  area.readOnly = true
  area.className = 'cb-visually-hidden'
  document.body.append(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
    previous?.focus()
  }
}
