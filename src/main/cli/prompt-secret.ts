import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'

/** Asks for a secret on the terminal without echoing it. */
export function promptSecret(question: string): Promise<string> {
  let isMuted = false
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!isMuted) process.stderr.write(chunk)
      callback()
    },
  })
  const rl = createInterface({ input: process.stdin, output, terminal: true })
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close()
      process.stderr.write('\n')
      resolve(answer)
    })
    isMuted = true
  })
}
