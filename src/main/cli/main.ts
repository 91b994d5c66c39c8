import { runCli } from './cli-program'

void runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isInteractive: Boolean(process.stdin.isTTY),
}).then((code) => {
  process.exitCode = code
})
