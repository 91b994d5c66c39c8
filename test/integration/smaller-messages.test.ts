import { afterEach, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

describe('the smaller messages of issue 9', () => {
  it('a notes search of emoji alone says notes are searched by their words', async () => {
    org = await createTestOrg()
    for (const text of ['🙂', '🙂🙂', '!!', '❤️']) {
      const r = await org.raw('admin', 'notes.search', { text })
      expect(!r.ok && r.error.details?.issues, text).toEqual([
        {
          path: 'text',
          message:
            'Notes are searched by their words, so emoji and punctuation on their own find nothing: type a word from the note.',
        },
      ])
    }
    const one = await org.raw('admin', 'notes.search', { text: 'a🙂' })
    expect(!one.ok && one.error.message).toBe('text: Type at least two letters or numbers.')
    expect(await org.call('admin', 'notes.search', { text: 'ab' })).toEqual([])
  })
})
