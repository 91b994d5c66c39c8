import { useEffect } from 'react'

/**
 * While something is on screen that will not be shown again (a recovery key, recovery codes),
 * closing or reloading the window asks first.
 */
export function useWarnBeforeLeaving(isActive: boolean): void {
  useEffect(() => {
    if (!isActive) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [isActive])
}
