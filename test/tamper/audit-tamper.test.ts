import { rmSync, writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { anchorPathFor } from '../../src/main/audit'
import { createTestOrg, NEW_PASSWORD, PASSWORD, type TestOrg } from '../helpers/temp-data'
import { dropGuards, eventIds, forgeAnchor, rewriteAndRehash, truncateTail } from './audit-tamper'
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers'

/**
 * The tamper suite: the audit log edited, reordered, cut at the head, the middle and the tail,
 * emptied, rewritten and rehashed, its anchor edited, deleted or forged. Each case must be caught by
 * `audit.verify` (or, for a rewrite whose anchor was forged too, by comparison with a backup), naming
 * what broke. The count of cases caught is printed for docs/reliability.md.
 */
let org: TestOrg | undefined
afterEach(async () => {
  await org?.cleanup()
  org = undefined
})

/** An organisation with some history: people added and opened, a note, a backup of it all. */
async function organisationWithHistory(): Promise<{
  org: TestOrg
  sqlite: BetterSqlite3.Database
  backup: string
}> {
  const made = await createTestOrg()
  for (const name of ['Asha', 'Ben', 'Cleo']) {
    const person = await made.call('admin', 'people.create', {
      fields: { legalGivenName: name, legalFamilyName: 'Tester' },
    })
    await made.call('admin', 'people.get', { ref: person.summary.ref })
  }
  const backup = join(made.dir, 'before.cbk')
  await made.call('admin', 'backup.create', { file: backup })
  await made.call('admin', 'people.search', { text: 'asha' })
  return { org: made, sqlite: made.backend.core.store!.sqlite, backup }
}

interface TamperCase {
  readonly name: string
  readonly tamper: (sqlite: BetterSqlite3.Database, dataFile: string, databaseId: string) => void
  /** What `audit.verify` (or the backup comparison) must say. */
  readonly caught: RegExp
  /** Caught only by comparing with a backup made before the tampering. */
  readonly needsBackup?: boolean
}

const CASES: readonly TamperCase[] = [
  {
    name: 'an event edited in place',
    tamper: (s) => {
      dropGuards(s)
      s.prepare(`UPDATE audit_events SET summary = 'nothing to see' WHERE id = 5`).run()
    },
    caught: /event 5 was changed after it was written/,
  },
  {
    name: 'two events swapped (reordered)',
    tamper: (s) => {
      dropGuards(s)
      const row = (id: number) =>
        s.prepare('SELECT * FROM audit_events WHERE id = ?').get(id) as Record<string, unknown>
      const [a, b] = [row(4), row(5)]
      const set = s.prepare(
        `UPDATE audit_events SET at = @at, actor = @actor, action = @action, summary = @summary,
         entity_type = @entity_type, entity_id = @entity_id, digest = @digest WHERE id = @target`,
      )
      set.run({ ...b, target: 4 })
      set.run({ ...a, target: 5 })
    },
    caught: /event 4 (does not link|was changed)/,
  },
  {
    name: 'the first event deleted (the head of the log)',
    tamper: (s) => {
      dropGuards(s)
      s.prepare('DELETE FROM audit_events WHERE id = 1').run()
    },
    caught: /event 1 is missing/,
  },
  {
    name: 'an event in the middle deleted',
    tamper: (s) => {
      dropGuards(s)
      s.prepare('DELETE FROM audit_events WHERE id = 6').run()
    },
    caught: /event 6 is missing/,
  },
  {
    name: 'the newest three events deleted',
    tamper: (s) => truncateTail(s, 3, false),
    caught: /removed from the end of the log/,
  },
  {
    name: 'the newest three events deleted and the head marker moved back to match',
    tamper: (s) => truncateTail(s, 3, true),
    caught: /removed from the end of the log \(the anchor beside the data file records event \d+\)/,
  },
  {
    name: 'every event deleted',
    tamper: (s) => truncateTail(s, eventIds(s).length, true),
    caught: /the log is empty, but the anchor beside the data file records \d+ events/,
  },
  {
    name: 'the whole log rewritten and rehashed',
    tamper: (s) => rewriteAndRehash(s, 3, (row) => ({ ...row, actor: 'someone-else' })),
    caught: /is not the event the anchor beside the data file records: the log was rewritten/,
  },
  {
    name: 'the whole log rewritten and rehashed, and the anchor forged to match',
    tamper: (s, file, id) => {
      rewriteAndRehash(s, 3, (row) => ({ ...row, summary: 'rewritten' }))
      forgeAnchor(s, file, id)
    },
    caught:
      /does not match this backup: event \d+ is not the event the backup made .* records: the log was rewritten/,
    needsBackup: true,
  },
  {
    name: 'the anchor file edited',
    tamper: (_s, file) => {
      const anchor = JSON.parse(readFileSync(anchorPathFor(file), 'utf8')) as { id: number }
      writeFileSync(anchorPathFor(file), JSON.stringify({ ...anchor, id: anchor.id - 2 }))
    },
    caught: /anchor .* was altered, or belongs to another data file/,
  },
  {
    name: 'the anchor file deleted',
    tamper: (_s, file) => rmSync(anchorPathFor(file)),
    caught: /anchor .* is missing: it was deleted or moved/,
  },
  {
    name: 'the anchor key removed from the data file',
    tamper: (s) => {
      s.prepare(`DELETE FROM casebook_meta WHERE key = 'audit_anchor_key'`).run()
    },
    caught: /anchor key was removed from the data file/,
  },
]

describe('the tamper suite', () => {
  const caught: string[] = []

  for (const tamperCase of CASES) {
    it(`catches ${tamperCase.name}`, async () => {
      const made = await organisationWithHistory()
      org = made.org
      const store = org.backend.core.store!
      tamperCase.tamper(made.sqlite, store.file, store.keyring.databaseId)
      const verified = await org.call('admin', 'audit.verify', {})
      if (tamperCase.needsBackup) {
        // The log and its forged anchor agree with each other; the backup made before does not.
        expect(verified.isIntact).toBe(true)
        const checked = await org.call('admin', 'backup.verify', { file: made.backup })
        expect(checked.auditLog?.holdsBackup).toBe(false)
        expect(checked.auditLog?.message).toMatch(tamperCase.caught)
      } else {
        expect(verified.isIntact).toBe(false)
        expect(verified.firstBroken?.reason).toMatch(tamperCase.caught)
      }
      caught.push(tamperCase.name)
    })
  }

  it('reports how many cases were caught', () => {
    console.log(`Tamper suite: ${caught.length} of ${CASES.length} cases caught`)
    expect(caught).toHaveLength(CASES.length)
  })
})

describe('a log cut short', () => {
  it('refuses every change until an administrator accepts the break on the record', async () => {
    const made = await organisationWithHistory()
    org = made.org
    const viewer = await org.signInAs('viewer')
    await org.call('admin', 'auth.signOut', {})
    await org.call(viewer, 'auth.signOut', {})
    // Re-open: sign in as the admin again, then cut the log short.
    await org.call('admin', 'auth.signIn', { username: 'quentin.admin', password: PASSWORD })
    const people = () =>
      org!.backend.core.store!.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()
    const before = people()
    truncateTail(org.backend.core.store!.sqlite, 4, true)

    const refused = await org.raw('admin', 'people.create', {
      fields: { legalGivenName: 'Dee', legalFamilyName: 'Tester' },
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'AUDIT.BROKEN' } })
    expect(people()).toBe(before)

    // Only an administrator is let in, and is told why.
    const otherViewer = await org.raw('viewer-2', 'auth.signIn', {
      username: viewer,
      password: NEW_PASSWORD,
    })
    expect(otherViewer).toMatchObject({ ok: false, error: { code: 'AUDIT.BROKEN' } })
    const admin = await org.call('admin-2', 'auth.signIn', {
      username: 'quentin.admin',
      password: PASSWORD,
    })
    expect(admin.auditProblem).toMatch(/cut short|removed from the end/)

    const wrong = await org.raw('admin', 'db.acceptAuditBreak', {
      password: 'not it at all',
      reason: 'Checked with the trustees',
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'AUTH.WRONG_PASSWORD' } })
    const accepted = await org.call('admin', 'db.acceptAuditBreak', {
      password: PASSWORD,
      reason: 'Restored by hand from a copy; checked with the trustees',
    })
    expect(accepted.accepted).toMatch(
      /^Found broken at event \d+: events \d+ to \d+ were removed from the end/,
    )

    await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Dee', legalFamilyName: 'Tester' },
    })
    expect(await org.call('admin', 'audit.verify', {})).toMatchObject({ isIntact: true })
    const events = await org.call('admin', 'audit.list', { limit: 5 })
    expect(events.map((e) => e.action)).toContain('db.acceptAuditBreak')
    // An intact log has nothing to accept.
    const nothing = await org.raw('admin', 'db.acceptAuditBreak', {
      password: PASSWORD,
      reason: 'Just in case it helps',
    })
    expect(nothing).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  })

  it('a backup restored to a new file is anchored afresh, and its log checks out', async () => {
    const made = await organisationWithHistory()
    org = made.org
    const to = join(org.dir, 'restored.db')
    await org.call('admin', 'backup.restore', { file: made.backup, to })
    expect(readFileSync(anchorPathFor(to), 'utf8')).toMatch(/casebook-audit-anchor/)
  })
})
