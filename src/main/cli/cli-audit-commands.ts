import { resolve } from 'node:path'
import type { Command } from 'commander'
import { table } from './cli-output'
import { type CliIo, emit, globals, Refused, UsageError, withBackend } from './cli-runtime'

/** `ID:HASH`, as `audit anchor` prints it, into an anchor for `audit.verify`. */
function parseAnchor(text: string): { id: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/i.exec(text.trim())
  if (!match) {
    throw new UsageError(
      `"${text}" is not an anchor: give it as EVENT:HASH, as "casebook audit anchor" prints it.`,
    )
  }
  return { id: Number(match[1]), hash: match[2]!.toLowerCase() }
}

const collect = (value: string, previous: string[]) => [...previous, value]

/** `audit verify`, `audit list`, `audit anchor` and `audit accept-break`. */
export function registerAuditCommands(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('the audit log')
  audit
    .command('verify')
    .description(
      'check the hash chain and its anchor (and any anchors or backups given); name the first broken link',
    )
    .option('--anchor <event:hash>', 'an anchor kept elsewhere (repeatable)', collect, [])
    .option('--backup <file>', 'a backup of this file whose events the log must hold', collect, [])
    .action(async (options: { anchor: string[]; backup: string[] }, command: Command) => {
      const anchors = options.anchor.map(parseAnchor)
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const result = await call('audit.verify', { anchors })
        const problems: string[] = result.isIntact
          ? []
          : [`broken at event ${result.firstBroken!.id}: ${result.firstBroken!.reason}`]
        for (const file of options.backup) {
          const checked = await call('backup.verify', { file: resolve(file) })
          if (checked.auditLog && !checked.auditLog.holdsBackup)
            problems.push(checked.auditLog.message)
          if (!checked.auditLog) {
            problems.push(
              `${file} cannot be compared: it is a backup of another data file, or made before audit anchors.`,
            )
          }
        }
        emit(
          io,
          command,
          { ...result, problems },
          problems.length === 0
            ? `The audit log is intact: ${result.checked} events checked${options.backup.length ? `, and it holds every event of ${options.backup.length === 1 ? 'the backup' : `the ${options.backup.length} backups`}` : ''}.`
            : `The audit log is not intact:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
        )
        if (problems.length > 0) {
          throw new Refused({ code: 'AUDIT.BROKEN', message: `The audit log is ${problems[0]}` })
        }
      })
    })
  audit
    .command('anchor')
    .description(
      'print the newest event and its hash, to keep somewhere else and check against later',
    )
    .action(async (_o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const anchor = await call('audit.anchor', {})
        emit(
          io,
          command,
          anchor,
          anchor
            ? `${anchor.id}:${anchor.hash}\nKeep this line (on paper, or in an email to your trustees). Later, "casebook audit verify --anchor ${anchor.id}:${anchor.hash}" proves no event up to ${anchor.id} was removed or changed.`
            : 'The audit log is empty.',
        )
      })
    })
  audit
    .command('accept-break')
    .description(
      'record that the audit log was found broken and carry on from here (asks for your password)',
    )
    .requiredOption('--reason <text>', 'what was found and why it is accepted')
    .action(async (options: { reason: string }, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call, password) => {
        const result = await call('db.acceptAuditBreak', {
          password: password!,
          reason: options.reason,
        })
        emit(io, command, result, `Recorded on the audit log: ${result.accepted}`)
      })
    })
  audit
    .command('list')
    .description('list audit events, newest first')
    .option('--since <date>', 'only events on or after this date (YYYY-MM-DD)')
    .option('--limit <n>', 'at most this many events', '500')
    .action(async (options: { since?: string; limit: string }, command: Command) => {
      const limit = Number(options.limit)
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError('--limit takes a whole number.')
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const events = await call('audit.list', { since: options.since, limit })
        emit(
          io,
          command,
          events,
          table(events, [
            ['id', '#'],
            ['at', 'When (UTC)'],
            ['actor', 'Who'],
            ['action', 'What'],
            ['entityType', 'Record'],
            ['entityId', 'Id'],
            ['summary', 'Detail'],
          ]),
        )
      })
    })
}
