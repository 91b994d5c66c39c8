import { useEffect, useRef } from 'react'

/**
 * What someone was typing when Casebook locked, so that unlocking brings it back. Locking unmounts
 * the app (nothing about anyone may stay on screen), which would otherwise throw away a half-written
 * note or plan. Drafts live only in this window's memory, keyed by who typed them; they are kept
 * only across a lock (a form left on purpose, or saved, keeps nothing) and all go at sign-out.
 */
const drafts = new Map<string, unknown>()
let isLocking = false
let owner: string | null = null

/**
 * Told by the Gate on every render: whether the app is being locked (forms unmounting now keep
 * their unsaved values) and who is signed in (a different person, or nobody, clears every draft).
 */
export function noteSessionForDrafts(state: string, username: string | null): void {
  isLocking = state === 'locked'
  if (state === 'signed-out' || state === 'needs-setup' || (username && username !== owner)) {
    drafts.clear()
  }
  if (username) owner = username
}

/** True when a draft is waiting for `key` (for example, to open the note form it belongs to). */
export function hasKeptDraft(key: string): boolean {
  return drafts.has(key)
}

interface DraftForm<V> {
  getValues(): V
  setValues(values: V): void
  isDirty(): boolean
}

/**
 * Keeps `form`'s unsaved values under `key` when the app locks, and puts them back when the form
 * mounts again after unlocking (the form then shows as changed, so saving and the leave-page
 * question work as before).
 *
 * @example useKeptDraft(form, `note:${personRef}`)
 */
export function useKeptDraft<V>(form: DraftForm<V>, key: string): void {
  const latest = useRef({ values: form.getValues(), isDirty: false })
  // After every render: what the form holds now, for the clean-up below to keep.
  useEffect(() => {
    latest.current = { values: form.getValues(), isDirty: form.isDirty() }
  })
  useEffect(() => {
    if (drafts.has(key)) {
      form.setValues(drafts.get(key) as V)
      drafts.delete(key)
    }
    return () => {
      if (isLocking && latest.current.isDirty) drafts.set(key, latest.current.values)
    }
    // The form object is stable for the component's life; only the key matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
}
