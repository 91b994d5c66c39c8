/**
 * What an empty people list says: why it is empty and what to do about it. "Only my people" with
 * nobody on the caseload yet says so, instead of blaming "these filters".
 */
export function emptyListMessage(state: {
  /** Any filter is on (status, flag, key worker, "Only my people"). */
  hasFilters: boolean
  /** "Only my people" is on. */
  isMine: boolean
  /** How many people have the user as key worker, whatever the other filters; undefined if unknown. */
  myCaseload: number | undefined
  canAddPeople: boolean
}): string {
  if (!state.hasFilters) {
    return state.canAddPeople
      ? 'Nobody has been added yet. Add a person, or import people from a spreadsheet.'
      : 'Nobody has been added yet.'
  }
  if (state.isMine && state.myCaseload === 0) {
    return 'Nobody has you as their key worker yet, so “Only my people” shows no one. People appear here once you are named as their key worker (on their Details page); until then, turn off “Only my people” to see everyone.'
  }
  return 'Nobody matches these filters. Change or clear a filter to see more people.'
}
