import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

/**
 * A process that switches to a restored file and is killed (SIGKILL, by itself: nothing runs after)
 * just before its Nth move of a whole file (a rename that is not `writeFileAtomic` putting a
 * temporary copy in place), or just before it writes the note a settled switch leaves. Casebook's
 * code is not changed: `fs.renameSync` is wrapped before it is loaded.
 * Environment: DATA_FILE, RESTORED, USERNAME, PASSWORD, KILL_AT (`move:N` or `note`).
 */
const [kind, nth] = (process.env['KILL_AT'] ?? '').split(':')
let moves = 0
const rename = fs.renameSync
fs.renameSync = (from: fs.PathLike, to: fs.PathLike) => {
  const isTemporary = /\.tmp-\d+-[0-9a-f]{8}$/.test(String(from))
  if (!isTemporary && kind === 'move' && ++moves === Number(nth))
    process.kill(process.pid, 'SIGKILL')
  if (isTemporary && kind === 'note' && String(to).endsWith('.switch-note')) {
    process.kill(process.pid, 'SIGKILL')
  }
  rename(from, to)
}
syncBuiltinESMExports()

async function main(): Promise<void> {
  const { createBackend } = await import('../../../src/main/backend/backend')
  const backend = createBackend({
    dataFile: process.env['DATA_FILE']!,
    host: 'cli',
    log: () => {},
  })
  const signIn = await backend.call('c', 'auth.signIn', {
    username: process.env['USERNAME'],
    password: process.env['PASSWORD'],
  })
  if (!signIn.ok) throw new Error(signIn.error.message)
  const result = await backend.call('c', 'app.switchToRestored', { file: process.env['RESTORED'] })
  process.stdout.write(`${JSON.stringify(result)}\n`)
  await backend.close()
}

void main()
