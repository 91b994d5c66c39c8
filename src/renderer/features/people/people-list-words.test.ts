import { describe, expect, it } from 'vitest'
import { emptyListMessage } from './people-list-words'

describe('an empty people list', () => {
  it('says why "Only my people" is empty for someone with no caseload yet, and what to do', () => {
    const message = emptyListMessage({
      hasFilters: true,
      isMine: true,
      myCaseload: 0,
      canAddPeople: true,
    })
    expect(message).toMatch(/^Nobody has you as their key worker yet/)
    expect(message).toMatch(/turn off “Only my people” to see everyone\.$/)
  })

  it('blames the other filters when the caseload is not empty, and says how to see more', () => {
    expect(
      emptyListMessage({ hasFilters: true, isMine: true, myCaseload: 4, canAddPeople: true }),
    ).toBe('Nobody matches these filters. Change or clear a filter to see more people.')
    expect(
      emptyListMessage({
        hasFilters: true,
        isMine: false,
        myCaseload: undefined,
        canAddPeople: false,
      }),
    ).toBe('Nobody matches these filters. Change or clear a filter to see more people.')
  })

  it('with no filters, offers to add people only to those who may', () => {
    expect(
      emptyListMessage({
        hasFilters: false,
        isMine: false,
        myCaseload: undefined,
        canAddPeople: true,
      }),
    ).toBe('Nobody has been added yet. Add a person, or import people from a spreadsheet.')
    expect(
      emptyListMessage({
        hasFilters: false,
        isMine: false,
        myCaseload: undefined,
        canAddPeople: false,
      }),
    ).toBe('Nobody has been added yet.')
  })
})
