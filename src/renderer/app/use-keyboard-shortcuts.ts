import { useEffect, useRef } from 'react'

export interface ShortcutHandlers {
  lock(): void
  openSearch(): void
  showHelp(): void
  /** Alt+1 … Alt+9: the digit pressed. */
  goToSection(shortcut: number): void
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.getAttribute('role') === 'textbox'
  )
}

/**
 * The app-wide keys: Ctrl+L locks and Ctrl+K finds a person (both even while typing), "?" opens the shortcuts panel, Alt+1…6 go
 * to a section. Listed for people in `ShortcutsHelp`.
 */
export function useKeyboardShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers)
  useEffect(() => {
    ref.current = handlers
  }, [handlers])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const key = event.key.toLowerCase()
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && key === 'l') {
        event.preventDefault()
        ref.current.lock()
        return
      }
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && key === 'k') {
        event.preventDefault()
        ref.current.openSearch()
        return
      }
      if (isTyping(event.target)) return
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault()
        ref.current.showHelp()
        return
      }
      const digit = /^Digit([1-9])$/.exec(event.code)
      if (event.altKey && !event.ctrlKey && !event.metaKey && digit) {
        event.preventDefault()
        ref.current.goToSection(Number(digit[1]))
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
