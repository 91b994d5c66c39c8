import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, WebArgsError, parseWebArgs } from './web-args'

describe('parseWebArgs', () => {
  it('defaults to ./.casebook-dev and port 5174', () => {
    expect(parseWebArgs([], '/home/sam')).toEqual({
      dataDir: '/home/sam/.casebook-dev',
      port: DEFAULT_PORT,
    })
  })

  it('reads --data and --port, in both spellings', () => {
    expect(parseWebArgs(['--data', 'x', '--port', '0'], '/w')).toEqual({ dataDir: '/w/x', port: 0 })
    expect(parseWebArgs(['--data=/abs', '--port=8080'], '/w')).toEqual({
      dataDir: '/abs',
      port: 8080,
    })
  })

  it('refuses a bad port, a missing value and unknown options', () => {
    expect(() => parseWebArgs(['--port', '-1'], '/w')).toThrow(WebArgsError)
    expect(() => parseWebArgs(['--port', '70000'], '/w')).toThrow(/0 to 65535/)
    expect(() => parseWebArgs(['--data'], '/w')).toThrow(/needs a value/)
    expect(() => parseWebArgs(['--verbose'], '/w')).toThrow(/Unknown option/)
  })

  it('has no way to choose another address', () => {
    for (const flag of ['--host', '--address', '--bind']) {
      expect(() => parseWebArgs([flag, '0.0.0.0'], '/w')).toThrow(/only listens on 127\.0\.0\.1/)
    }
  })
})
