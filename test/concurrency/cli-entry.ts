// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

import { runCli } from '../../src/main/cli/cli-program'
import { TEST_KDF } from '../../src/main/db/key-derivation'

/**
 * The real `casebook` command line (src/main/cli/main.ts), with the cheapest argon2 settings for new
 * passwords so that a harness can run hundreds of commands quickly. Nothing else differs.
 */
void runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isInteractive: false,
  backendOptions: { kdf: TEST_KDF },
}).then((code) => {
  process.exitCode = code
})
