import { describe, expect, it } from 'vitest'
import { unusualDetails } from './unusual-details'

const ordinary = { legalGivenName: 'Edith', legalFamilyName: 'Bairstow', dateOfBirth: '1931-04-02' }

describe('unusual person details', () => {
  it('finds a birth before 1900 and emoji in either legal name', () => {
    expect(unusualDetails(ordinary)).toEqual([])
    expect(unusualDetails({ ...ordinary, dateOfBirth: '1900-01-01' })).toEqual([])
    expect(unusualDetails({ ...ordinary, dateOfBirth: null })).toEqual([])
    expect(
      unusualDetails({
        legalGivenName: 'Edith 🌸',
        legalFamilyName: 'Bair☀️stow',
        dateOfBirth: '1899-12-31',
      }),
    ).toEqual([
      {
        path: 'fields.dateOfBirth',
        message: 'The date of birth, 31/12/1899, is before 1900: check the year.',
      },
      {
        path: 'fields.legalGivenName',
        message: 'The first name has an emoji in it: check it is how their legal name is written.',
      },
      {
        path: 'fields.legalFamilyName',
        message: 'The surname has an emoji in it: check it is how their legal name is written.',
      },
    ])
  })

  it('does not count letters of any script, accents or punctuation as emoji', () => {
    for (const name of ['Zoë', "O'Brien-Smith", '王小明', 'Đặng', 'Αλέξανδρος', 'Nguyễn']) {
      expect(unusualDetails({ ...ordinary, legalGivenName: name }), name).toEqual([])
    }
  })
})
