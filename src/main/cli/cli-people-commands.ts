import { type Command, Option } from 'commander'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { PersonSummary } from '../../shared/contract/people-schemas'
import type { PlanVersion } from '../../shared/contract/plan-schemas'
import { formatDate } from '../../shared/dates'
import { formatPence, parsePounds } from '../../shared/money'
import {
  PersonStatus,
  codesOf,
  labelOf,
  ManagementForm,
  PaymentBasis,
  PaymentFrequency,
  PaymentTiming,
} from '../../shared/reference'
import { keyValues, oneLine, table } from './cli-output'
import {
  type Call,
  type CliIo,
  emit,
  globals,
  Refused,
  UsageError,
  withBackend,
} from './cli-runtime'

/** The flags shown beside a person's name everywhere, as words (never colour alone). */
export function flagWords(flags: PersonSummary['flags']): string {
  return [
    flags.hasSafeguardingConcern ? 'SAFEGUARDING' : null,
    flags.hasFinancialConcern ? 'FINANCIAL CONCERN' : null,
    flags.lacksCapacityForFinances ? 'LACKS CAPACITY (FINANCES)' : null,
  ]
    .filter(Boolean)
    .join(', ')
}

function peopleTable(rows: PersonSummary[]): string {
  return table(
    rows.map((r) => ({
      ...r,
      dob: formatDate(r.dateOfBirth),
      worker: r.keyWorker?.name ?? '',
      flags: flagWords(r.flags),
    })),
    [
      ['ref', 'Ref'],
      ['displayName', 'Name'],
      ['dob', 'Born'],
      ['postcode', 'Postcode'],
      ['status', 'Status'],
      ['worker', 'Key worker'],
      ['flags', 'Flags'],
    ],
  )
}

function pounds(option: string, text: string): number {
  const value = parsePounds(text)
  if (value === null || value < 0)
    throw new UsageError(`${option} takes an amount like 420.00, not "${text}".`)
  return value
}

function describePlan(plan: PlanVersion): string {
  const b = plan.content.budget
  const lines = plan.content.lines.map(
    (l, i) =>
      `  ${i + 1}. ${oneLine(l.description)}: ${formatPence(l.unitCostPence)} × ${l.quantityHundredths / 100} per ${l.unit}`,
  )
  return [
    keyValues([
      ['Plan', plan.ref],
      ['Status', plan.status],
      ['Starts', formatDate(b.startDate)],
      ['Weekly budget', b.weeklyGrossPence === null ? '' : formatPence(b.weeklyGrossPence)],
      [
        'Contribution',
        b.weeklyContributionPence === null ? '' : formatPence(b.weeklyContributionPence),
      ],
      [
        'Net council payment',
        plan.totals.weeklyNetCouncilPence === null
          ? ''
          : formatPence(plan.totals.weeklyNetCouncilPence),
      ],
      [
        'Basis / frequency',
        `${labelOf(PaymentBasis, b.paymentBasis)} / ${labelOf(PaymentFrequency, b.paymentFrequency)} / ${labelOf(PaymentTiming, b.paymentTiming)}`,
      ],
      ['Managed as', labelOf(ManagementForm, b.managementForm)],
      ['Costed lines (weekly)', formatPence(plan.totals.weeklyLinesPence)],
      ['Next review due', formatDate(plan.reviewDates.nextDue)],
    ]),
    ...(lines.length ? ['Lines:', ...lines] : []),
  ].join('\n')
}

/** A plan reference, or a person's reference (their newest plan version). */
async function resolvePlanRef(call: Call, ref: string): Promise<string> {
  if (ref.includes('/')) return ref
  const plans = await call('plans.list', { ref })
  const chosen = plans.find((p) => p.status === 'active') ?? plans[0]
  if (!chosen)
    throw new Refused({ code: 'RECORD.NOT_FOUND', message: `${ref} has no support plan yet.` })
  return chosen.ref
}

export function registerPeopleCommands(program: Command, io: CliIo): void {
  const clients = program
    .command('people')
    .alias('clients')
    .description('people the organisation supports ("clients" also works)')

  clients
    .command('import <file>')
    .description(
      'import people from a CSV or XLSX: previews each row’s problems; --commit imports all or nothing',
    )
    .option('--mapping <name>', 'a saved column mapping to use')
    .option('--commit', 'import (all rows, or nothing if any row has a problem)')
    .option('--exclude <rows>', 'row numbers to leave out, e.g. 5,9')
    .option('--save-mapping <name>', 'save the column mapping under this name')
    .action(
      async (
        file: string,
        options: { mapping?: string; commit?: boolean; exclude?: string; saveMapping?: string },
        command: Command,
      ) => {
        const path = resolve(file)
        if (!existsSync(path)) throw new UsageError(`There is no file at ${path}.`)
        const excludeRows = (options.exclude ?? '')
          .split(',')
          .filter(Boolean)
          .map((n) => {
            const row = Number(n.trim())
            if (!Number.isInteger(row) || row < 1)
              throw new UsageError(`--exclude takes row numbers like 5,9, not "${n}".`)
            return row
          })
        const source = {
          file: { name: basename(path), dataBase64: readFileSync(path).toString('base64') },
          mappingName: options.mapping,
        }
        await withBackend(globals(command), io, { signIn: true }, async (call) => {
          if (options.commit) {
            const result = await call('imports.commit', {
              ...source,
              accept: true,
              excludeRows,
              saveMappingAs: options.saveMapping,
            })
            emit(
              io,
              command,
              result,
              `Imported ${result.imported} people${result.refs.length ? ` (${result.refs[0]} to ${result.refs[result.refs.length - 1]})` : ''}; ${result.referrals} referrals; ${result.excluded.length} rows excluded.`,
            )
            return
          }
          const preview = await call('imports.preview', source)
          const mapped = Object.entries(preview.mapping).map(
            ([h, f]) => `  ${oneLine(h)} → ${f ?? '(not imported)'}`,
          )
          const problems = preview.rows
            .filter((r) => r.problems.length > 0)
            .map(
              (r) => `  Row ${r.rowNumber}: ${oneLine(r.problems.map((p) => p.message).join(' '))}`,
            )
          const { counts } = preview
          emit(
            io,
            command,
            preview,
            [
              `Columns:`,
              ...mapped,
              `${counts.rows} rows: ${counts.ready} ready, ${counts.withProblems} with problems (${counts.duplicates} likely duplicates).`,
              ...(problems.length ? ['Problems:', ...problems] : []),
              counts.withProblems > 0
                ? 'Nothing imported. Fix or --exclude the rows above, then run again with --commit.'
                : 'Nothing imported yet: run again with --commit to import every row.',
            ].join('\n'),
          )
        })
      },
    )

  clients
    .command('list')
    .description('list people')
    .addOption(new Option('--status <status>', 'only this status').choices(codesOf(PersonStatus)))
    .action(
      async (
        options: { status?: 'enquiry' | 'referral' | 'active' | 'closed' },
        command: Command,
      ) => {
        await withBackend(globals(command), io, { signIn: true }, async (call) => {
          const rows: PersonSummary[] = []
          for (let offset = 0; ; offset += 5000) {
            const page = await call('people.list', { status: options.status, offset, limit: 5000 })
            rows.push(...page.rows)
            if (rows.length >= page.total || page.rows.length === 0) break
          }
          emit(io, command, rows, peopleTable(rows))
        })
      },
    )

  clients
    .command('show <ref>')
    .description('a person’s record (the opening is audited)')
    .action(async (ref: string, _o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const record = await call('people.get', { ref })
        const f = record.fields
        const flags = flagWords(record.summary.flags)
        emit(
          io,
          command,
          record,
          [
            `${oneLine(record.summary.displayName)} (${record.summary.ref})${flags ? `  [${flags}]` : ''}`,
            keyValues([
              ['Legal name', record.summary.legalName],
              ['Born', formatDate(f.dateOfBirth)],
              ['NHS number', f.nhsNumber],
              [
                'Address',
                [f.addressLine1, f.addressLine2, f.town, f.postcode].filter(Boolean).join(', '),
              ],
              ['Status', `${record.summary.status} since ${formatDate(record.statusSince)}`],
              ['Key worker', record.summary.keyWorker?.name ?? ''],
              ['Council', record.council?.name ?? ''],
            ]),
            `Circle of support: ${record.circle.map((m) => `${oneLine(m.name)}${m.isUnpaidCarer ? ' (unpaid carer)' : ''}`).join('; ') || 'none recorded'}`,
          ].join('\n'),
        )
      })
    })

  clients
    .command('search <text>')
    .description('find people by name, reference, NHS number or postcode')
    .action(async (text: string, _o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const rows = await call('people.search', { text, limit: 50 })
        emit(io, command, rows, peopleTable(rows))
      })
    })

  const plans = program.command('plans').description('support plans')
  plans
    .command('create <personRef>')
    .description('create an approved, active plan with a budget only (for migrations and scripts)')
    .requiredOption('--weekly-gross <pounds>', 'weekly budget, e.g. 420.00')
    .requiredOption('--contribution <pounds>', 'the person’s weekly contribution, e.g. 35.50')
    .addOption(
      new Option('--basis <basis>', 'how the council pays')
        .choices(codesOf(PaymentBasis))
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--frequency <frequency>', 'how often')
        .choices(codesOf(PaymentFrequency))
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--timing <timing>', 'in advance or arrears')
        .choices(codesOf(PaymentTiming))
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--form <form>', 'how the budget is managed')
        .choices(codesOf(ManagementForm))
        .makeOptionMandatory(),
    )
    .requiredOption('--start <date>', 'start date, YYYY-MM-DD')
    .action(async (personRef: string, o: Record<string, string>, command: Command) => {
      const input = {
        ref: personRef,
        weeklyGrossPence: pounds('--weekly-gross', o.weeklyGross!),
        weeklyContributionPence: pounds('--contribution', o.contribution!),
        paymentBasis: o.basis as 'gross' | 'net',
        paymentFrequency: o.frequency as 'weekly' | '4-weekly' | 'monthly',
        paymentTiming: o.timing as 'advance' | 'arrears',
        managementForm: o.form as 'dp-self' | 'dp-managed' | 'isf' | 'council' | 'mixed',
        startDate: o.start!,
      }
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const plan = await call('plans.createWithBudget', input)
        emit(io, command, plan, `Created ${plan.ref} (active).\n${describePlan(plan)}`)
      })
    })
  plans
    .command('show <ref>')
    .description('a plan (C-000123/P1v2), or a person’s current plan (C-000123)')
    .action(async (ref: string, _o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const plan = await call('plans.get', { planRef: await resolvePlanRef(call, ref) })
        emit(io, command, plan, describePlan(plan))
      })
    })
  plans
    .command('export-pdf <ref> <out>')
    .description('write a printable PDF of a plan (--easy-read for the large-print version)')
    .option('--easy-read', 'the plain-English, large-print version for the person')
    .action(async (ref: string, out: string, options: { easyRead?: boolean }, command: Command) => {
      const path = resolve(out)
      if (existsSync(path))
        throw new Refused({
          code: 'RECORD.CONFLICT',
          message: `${path} already exists; choose another file name.`,
        })
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const pdf = await call('plans.exportPdf', {
          planRef: await resolvePlanRef(call, ref),
          easyRead: options.easyRead ?? false,
        })
        const bytes = Buffer.from(pdf.dataBase64, 'base64')
        writeFileSync(path, bytes, { flag: 'wx' })
        emit(
          io,
          command,
          { file: path, bytes: bytes.length },
          `Wrote ${path} (${bytes.length} bytes).`,
        )
      })
    })

  program
    .command('seed')
    .description('fill the data file with a realistic demonstration organisation')
    .requiredOption('--clients <n>', 'how many people')
    .option('--notes-per-client <n>', 'case notes per person', '6')
    .action(async (options: { clients: string; notesPerClient: string }, command: Command) => {
      const peopleCount = Number(options.clients)
      const notes = Number(options.notesPerClient)
      if (!Number.isInteger(peopleCount) || peopleCount < 1)
        throw new UsageError('--clients takes a whole number.')
      if (!Number.isInteger(notes) || notes < 0)
        throw new UsageError('--notes-per-client takes a whole number.')
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const result = await call('seed.run', { clients: peopleCount, notesPerPerson: notes })
        emit(
          io,
          command,
          result,
          `Added ${result.clients} people, ${result.notes} case notes, ${result.plans} support plans and ${result.users} staff logins.\nDemo staff (amara.adviser, ben.adviser, chloe.adviser, dev.coordinator, fran.finance, trustee.viewer) sign in with the password "amber kettle orchard lamp 62".`,
        )
      })
    })
}
