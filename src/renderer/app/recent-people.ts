import { useSyncExternalStore } from 'react'
import type { PersonSummary } from '../../shared/contract/people-schemas'

/**
 * The people opened in this session, newest first. Kept in memory only (never in browser storage:
 * names are personal data), and emptied when Casebook locks or signs out.
 */
let recent: readonly PersonSummary[] = []
const listeners = new Set<() => void>()

function emit() {
  for (const listener of [...listeners]) listener()
}

export function rememberPerson(person: PersonSummary): void {
  if (recent[0]?.ref === person.ref && recent[0] === person) return
  recent = [person, ...recent.filter((p) => p.ref !== person.ref)].slice(0, 12)
  emit()
}

export function forgetRecentPeople(): void {
  recent = []
  emit()
}

export function useRecentPeople(): readonly PersonSummary[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => recent,
  )
}
