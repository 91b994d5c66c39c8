#!/usr/bin/env node
/**
 * Runs @doyensec/electronegativity over src/ for Electron 45.5.0 and fails (exit 1) on any finding
 * above LOW severity that docs/security/electronegativity.md does not accept with a reason.
 *
 * Why not `npx electronegativity -i src -e 45.5.0 -o out.sarif`: its CLI entry uses the commander ≤ 6
 * API (`program.version(...)`, options as properties) without declaring commander as a dependency, so
 * it picks up this project's commander 14 and crashes ("_commander2.default.version is not a
 * function"). We call the runner that the CLI would call, with the same options, and keep a SARIF
 * report (test-artifacts/electronegativity.sarif) beside the summary. Its two network look-ups (translations, Electron's release list) fail
 * harmlessly offline; the release-list check is excluded anyway because it needs a package.json,
 * which src/ does not contain.
 *
 * Usage: node test/security/run-electronegativity.mjs   (npm run test:security)
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const INPUT = join(ROOT, 'src')
const ELECTRON_VERSION = '45.5.0'
const ACCEPTED_FILE = join(ROOT, 'docs', 'security', 'electronegativity.md')
/** Checks skipped, with the reason printed in the summary. */
const EXCLUDED = {
  AvailableSecurityFixesGlobalCheck:
    'downloads Electron release notes from GitHub and reads the Electron version from a package.json; src/ has none (keep Electron current with npm outdated instead)',
}

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity/dist/runner.js')
const { severity: SEVERITY } = require('@doyensec/electronegativity/dist/finder/attributes.js')

/**
 * Accepted findings are the rows of the table in docs/security/electronegativity.md:
 * | `CHECK_ID` | `path/inside/src` or `*` | severity | why it is accepted |
 * A row counts only when its reason is a real sentence (20+ characters).
 */
function readAccepted() {
  const accepted = []
  for (const line of readFileSync(ACCEPTED_FILE, 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim().replace(/^`|`$/g, ''))
    if (cells.length < 6 || !/^[A-Z][A-Z0-9_]+$/.test(cells[1])) continue
    const [, id, where, , reason] = cells
    if (reason.length >= 20) accepted.push({ id, where })
  }
  return accepted
}

const normalise = (file) => String(file).split('\\').join('/')
const isAccepted = (issue, accepted) =>
  accepted.some(
    (entry) =>
      entry.id === issue.id && (entry.where === '*' || normalise(issue.file) === entry.where),
  )

const started = Date.now()
// Kept in test-artifacts/ (git-ignored) so CI can upload it.
const sarif = join(ROOT, 'test-artifacts', 'electronegativity.sarif')
mkdirSync(dirname(sarif), { recursive: true })
const result = await run(
  {
    input: INPUT,
    output: sarif,
    isSarif: true,
    isRelative: true,
    customScan: [],
    excludeFromScan: Object.keys(EXCLUDED).map((name) => name.toLowerCase()),
    electronVersionOverride: ELECTRON_VERSION,
    parserPlugins: [],
  },
  false,
)

const accepted = readAccepted()
const rows = result.issues.map((issue) => ({
  id: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: normalise(issue.file),
  line: issue.location.line,
  review: issue.manualReview ? 'yes' : '',
  verdict:
    issue.severity.value <= SEVERITY.LOW.value
      ? 'low'
      : isAccepted(issue, accepted)
        ? 'accepted'
        : 'FAIL',
}))

console.log(
  `electronegativity on src/ for Electron ${ELECTRON_VERSION}: ${result.globalChecks} global + ` +
    `${result.atomicChecks} atomic checks, ${rows.length} finding(s), ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
for (const [name, why] of Object.entries(EXCLUDED)) console.log(`  excluded ${name}: ${why}`)
if (rows.length > 0) console.table(rows)
console.log(`SARIF report: ${sarif}`)

// A file the parser could not read is a file nobody checked.
const unreadable = result.errors.filter((error) => !error.tolerable)
for (const error of result.errors) {
  console.log(
    `${error.tolerable ? 'warning' : 'ERROR'}: could not parse ${error.file}: ${error.message}`,
  )
}
const stale = accepted.filter((entry) => !rows.some((row) => isAccepted(row, [entry])))
for (const entry of stale) {
  console.log(
    `note: accepted ${entry.id} (${entry.where}) no longer occurs; remove it from the list`,
  )
}

const failures = rows.filter((row) => row.verdict === 'FAIL')
if (failures.length > 0 || unreadable.length > 0) {
  console.error(
    `FAILED: ${failures.length} finding(s) above LOW not accepted in docs/security/electronegativity.md` +
      (unreadable.length > 0 ? `, ${unreadable.length} file(s) not parsed` : ''),
  )
  // exitCode, not exit(): the runner writes the SARIF report asynchronously.
  process.exitCode = 1
} else {
  console.log('OK: nothing above LOW severity that is not accepted with a reason.')
}
