import { useEffect, useRef } from 'react'

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const
const CHECK_EVERY_MS = 5_000
const TOUCH_EVERY_MS = 60_000

/**
 * Locks after `minutes` without keyboard or mouse activity, and while the person is active tells
 * the backend so (auth.touch), so reading a long page never counts as being away.
 */
export function useInactivityLock(minutes: number, lock: () => void, touch: () => void): void {
  const lastActivity = useRef(0)
  const lastTouch = useRef(0)
  const lockRef = useRef(lock)
  const touchRef = useRef(touch)
  useEffect(() => {
    lockRef.current = lock
    touchRef.current = touch
  }, [lock, touch])

  useEffect(() => {
    lastActivity.current = Date.now()
    lastTouch.current = Date.now()
    const onActivity = () => {
      lastActivity.current = Date.now()
    }
    for (const name of ACTIVITY_EVENTS) {
      window.addEventListener(name, onActivity, { passive: true, capture: true })
    }
    const timer = window.setInterval(() => {
      const now = Date.now()
      if (now - lastActivity.current >= minutes * 60_000) {
        lockRef.current()
      } else if (
        lastActivity.current > lastTouch.current &&
        now - lastTouch.current >= TOUCH_EVERY_MS
      ) {
        lastTouch.current = now
        touchRef.current()
      }
    }, CHECK_EVERY_MS)
    return () => {
      window.clearInterval(timer)
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, true)
    }
  }, [minutes])
}
