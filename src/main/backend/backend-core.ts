import { timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname } from 'node:path'
import { AppFailure } from '../../shared/result'
import { type AnchorPlace, appendAuditEvent, type AuditEntry, syncAnchor } from '../audit'
import {
  type BackupKind,
  type BackupMade,
  isDailyBackupDue,
  makeAndRecordBackup,
  removeLeftovers,
  rotateBackupFolder,
} from '../backup'
import type { Db } from '../db/handles'
import { DEFAULT_KDF, type KdfStrength } from '../db/key-derivation'
import { refuseUnusablePath } from '../db/data-file-access'
import { readSwitchNote, settleInterruptedSwitch, switchNotePathFor } from '../db/data-file-switch'
import {
  finishInterruptedRotation,
  nextKeyringPathFor,
  removeAbandonedRotation,
} from '../db/key-rotation'
import { parseKeyring, readKeyring, type Keyring } from '../db/keyring'
import { copyBeforeMigrating } from '../db/pre-migration-copy'
import { openStore, type Store } from '../db/store'
import type { AuditEventInput, HostServices } from '../kernel'
import { readStoredSettings } from '../organisation'
import { unlockWithPassword } from '../users'
import { dataFileToOpen, rememberDataFile } from './host-settings'
import type { Session } from './session'

export interface BackendOptions {
  /** The host's own data file; a file chosen with "Open another data file…" is used instead while it is there. */
  readonly dataFile: string
  /** Where the host keeps its settings (`casebook-host.json`): remembers the data file chosen. */
  readonly settingsFile?: string
  readonly host: 'electron' | 'web' | 'cli'
  readonly now?: () => Date
  /** argon2id strength for new wraps; tests pass TEST_KDF. */
  readonly kdf?: KdfStrength
  /** How long a write waits for another process's lock before `DB.BUSY`; tests shorten it. */
  readonly busyTimeoutMs?: number
  /** Daily and on-close backups to the chosen folder (the app hosts; not the CLI). */
  readonly automaticBackups?: boolean
  readonly log?: (message: string, error?: unknown) => void
}

const BACKUP_CHECK_MS = 15 * 60_000

/**
 * The backend's state: the open data file (shared by every session of this process), the sessions,
 * and the automatic-backup schedule. Routes reach it through their handler context.
 */
export class BackendCore implements HostServices {
  readonly options: BackendOptions
  readonly kdf: KdfStrength
  readonly sessions = new Map<string, Session>()
  store: Store | null = null
  lockAfterMinutes = 10
  private backupTimer: NodeJS.Timeout | null = null
  private isBackingUp = false
  /**
   * The recovery key set-up made in this process, kept in memory (never on disk) until someone types
   * it back, so a reload on set-up's last step can show it again. Gone when Casebook restarts: then an
   * administrator makes a new one.
   */
  pendingRecoveryKey: string | null = null
  /** This process appended audit events since the anchor was last moved on. */
  private hasAppended = false
  private currentDataFile: string
  /** A switch to a restored file is moving files: every other call waits for it (ADR 0014). */
  isSwitching = false

  constructor(options: BackendOptions) {
    this.options = options
    this.kdf = options.kdf ?? DEFAULT_KDF
    this.currentDataFile = dataFileToOpen(options.settingsFile, options.dataFile, (message) =>
      this.log(message),
    )
  }

  get dataFile(): string {
    return this.currentDataFile
  }

  /**
   * Points this process at another data file ("Open another data file…"), remembered for the next
   * start. Only while nobody is signed in: the file open now is closed first.
   */
  async useDataFile(file: string): Promise<void> {
    if (this.sessions.size > 0) {
      throw new AppFailure(
        'DB.IN_USE',
        'Someone is signed in to the data file in use. Everyone signs out first, then open another data file.',
      )
    }
    await this.closeStore({ backup: false })
    this.currentDataFile = file
    if (this.options.settingsFile) rememberDataFile(this.options.settingsFile, file)
  }

  /**
   * Settles a switch to a restored file that was killed part-way (its journal is still beside the data
   * file), before anything reads the file or its keyring. While this process is switching, refuses.
   */
  async settleInterruptedSwitch(): Promise<void> {
    if (this.isSwitching) {
      throw new AppFailure(
        'DB.BUSY',
        'Casebook is switching to the restored data file; try again in a moment.',
      )
    }
    const settled = await settleInterruptedSwitch(this.dataFile)
    if (settled) {
      this.log(
        `A switch to ${settled.plan.restored} had stopped part-way: it was ${settled.outcome === 'finished' ? 'finished' : 'undone'}.`,
      )
    }
  }

  get host(): BackendOptions['host'] {
    return this.options.host
  }

  settingsChanged(settings: { readonly lockAfterMinutes: number }): void {
    this.lockAfterMinutes = settings.lockAfterMinutes
  }

  now(): Date {
    return this.options.now ? this.options.now() : new Date()
  }

  log(message: string, error?: unknown): void {
    if (this.options.log) this.options.log(message, error)
    else console.error(`[casebook] ${message}`, error ?? '')
  }

  hasDataFile(): boolean {
    return existsSync(this.dataFile)
  }

  /** Refuses a missing data file (set-up needed) or one that cannot be used (a folder, no permission). */
  requireDataFile(): void {
    refuseUnusablePath(this.dataFile)
    if (!this.hasDataFile()) {
      throw new AppFailure(
        'SETUP.REQUIRED',
        `There is no data file at ${this.dataFile} yet: set Casebook up first.`,
      )
    }
  }

  /** The keyring as it is on disk now (another process may have changed it), kept by the open store. */
  currentKeyring(): Keyring {
    const keyring = readKeyring(this.dataFile)
    if (this.store) this.store.keyring = keyring
    return keyring
  }

  requireStore(): Store {
    if (!this.store) throw new AppFailure('AUTH.NOT_SIGNED_IN', 'Sign in first.')
    return this.store
  }

  /**
   * Proves a username and password and makes sure the data file is open with that key. Finishes an
   * interrupted key rotation (a `.keyring.next` left beside the file) on the way, or removes one that
   * was abandoned before it re-keyed the file.
   */
  async unlockAndOpen(
    username: string | undefined,
    password: string,
  ): Promise<{ store: Store; lookup: string }> {
    this.requireDataFile()
    const keyring = this.currentKeyring()
    const { dataKey, lookup } = await unlockWithPassword(
      this.dataFile,
      keyring,
      username,
      password,
      this.now(),
    )
    let store: Store
    try {
      store = this.openWithKey(dataKey, keyring)
    } catch (error) {
      const next = nextKeyringPathFor(this.dataFile)
      if (!(error instanceof AppFailure && error.code === 'DB.NOT_CASEBOOK') || !existsSync(next))
        throw error
      const nextKeyring = parseKeyring(readFileSync(next, 'utf8'), next)
      const unlocked = await unlockWithPassword(
        this.dataFile,
        nextKeyring,
        username,
        password,
        this.now(),
      )
      const finished = this.openWithKey(unlocked.dataKey, nextKeyring)
      await finishInterruptedRotation(this.dataFile)
      await this.recordFinishedRotation(finished)
      return { store: finished, lookup: unlocked.lookup }
    }
    await removeAbandonedRotation(store)
    await this.recordSwitchNote(store)
    return { store, lookup }
  }

  /**
   * A rotation stopped after re-keying the file may have stopped before its audit event was written:
   * the log says it was finished here (twice recorded is better than never). Never refuses sign-in.
   */
  private async recordFinishedRotation(store: Store): Promise<void> {
    try {
      await this.appendAudit(store.db, undefined, {
        action: 'db.rotateKey',
        entityType: 'data_file',
        summary: 'A key rotation stopped after re-encrypting the file; finished at sign-in',
      })
    } catch (error) {
      this.log('Could not record the key rotation finished at sign-in', error)
    }
  }

  /**
   * A switch settled at start (or stopped before its last audit event) left a note: it goes into the
   * log of the file now in place, then the note is removed. Never refuses sign-in.
   */
  async recordSwitchNote(store: Store): Promise<void> {
    const note = readSwitchNote(this.dataFile)
    if (!note) return
    const { plan } = note
    try {
      await this.appendAudit(store.db, undefined, {
        action: 'app.switchToRestored',
        entityType: 'data_file',
        entityId: plan.restored,
        actor: plan.actor,
        summary:
          note.outcome === 'finished'
            ? `Switched to the restored file ${plan.restored} (finished when Casebook next started); the previous data file is kept as ${plan.aside}`
            : `A switch to the restored file ${plan.restored} stopped part-way and was undone when Casebook next started: this data file stayed in use`,
      })
      rmSync(switchNotePathFor(this.dataFile), { force: true })
    } catch (error) {
      this.log('Could not record the switch of data files', error)
    }
  }

  /** Opens the data file with a proven key, or checks the key matches the file already open. */
  openWithKey(dataKey: Buffer, keyring: Keyring): Store {
    if (this.store) {
      if (!timingSafeEqual(this.store.dataKey, dataKey)) {
        throw new AppFailure('DB.NOT_CASEBOOK', 'That key does not open the data file in use.')
      }
      return this.store
    }
    const store = openStore(this.dataFile, dataKey, keyring, {
      now: () => this.now(),
      busyTimeoutMs: this.options.busyTimeoutMs,
      beforeMigrate: (sqlite, pending) => {
        const copy = copyBeforeMigrating(sqlite, this.dataFile, pending, this.now())
        this.log(`Copied the data file to ${copy} before upgrading it.`)
      },
    })
    this.adoptStore(store)
    return store
  }

  /** Makes a freshly created or opened store the current one and starts its schedules. */
  adoptStore(store: Store): void {
    this.store = store
    void this.refreshSettings()
    // A file made before anchors gets one now; one set up just now, its first.
    void this.syncAuditAnchor({ force: true })
    if (this.options.automaticBackups) {
      this.backupTimer = setInterval(() => void this.runDailyBackupIfDue(), BACKUP_CHECK_MS)
      this.backupTimer.unref()
      setTimeout(() => void this.runDailyBackupIfDue(), 5_000).unref()
    }
  }

  async refreshSettings(): Promise<void> {
    if (!this.store) return
    const settings = await readStoredSettings(this.store.db)
    this.lockAfterMinutes = settings.lockAfterMinutes
    // What a killed backup or check left behind (scratch copies, bundles never verified).
    for (const folder of [settings.backupFolder, dirname(this.dataFile), tmpdir()]) {
      if (folder) removeLeftovers(folder, this.now())
    }
  }

  /**
   * Closes the data file when the last session ends or the app quits, after an on-close backup (not
   * when it is being set aside or left for another: it is kept whole either way).
   */
  async closeStore(options: { backup?: boolean } = {}): Promise<void> {
    if (!this.store) return
    if (this.backupTimer) clearInterval(this.backupTimer)
    this.backupTimer = null
    if (this.options.automaticBackups && options.backup !== false) {
      await this.runAutomaticBackup('on-close')
    }
    await this.syncAuditAnchor({ force: true })
    this.store.close()
    this.store = null
  }

  actorOf(session: Session | undefined): Pick<AuditEntry, 'actorUserId' | 'actor'> {
    return session
      ? { actorUserId: session.user.id, actor: session.user.username }
      : { actorUserId: null, actor: null }
  }

  /** Where the open file's audit anchor lives (ADR 0013). */
  private anchorPlace(store: Store): AnchorPlace {
    return { dataFile: store.file, databaseId: store.keyring.databaseId }
  }

  /**
   * Appends an audit event, refusing (AUDIT.BROKEN) to write onto a log that no longer holds its
   * anchored event: the change it records is then refused too.
   */
  async appendAudit(db: Db, session: Session | undefined, entry: AuditEventInput): Promise<void> {
    const store = this.requireStore()
    this.hasAppended = true
    await appendAuditEvent(
      db,
      {
        at: this.now().toISOString(),
        ...this.actorOf(session),
        entityType: null,
        entityId: null,
        summary: null,
        digest: null,
        ...entry,
      },
      this.anchorPlace(store),
    )
  }

  /**
   * Moves the anchor up to the newest committed event. The router calls it after every call, once
   * any transaction has committed; a failure is logged (the next call tries again), never thrown.
   */
  async syncAuditAnchor(options: { force?: boolean } = {}): Promise<void> {
    const store = this.store
    if (!store || (!this.hasAppended && !options.force)) return
    this.hasAppended = false
    try {
      await syncAnchor(store.db, this.anchorPlace(store))
    } catch (error) {
      this.log('Could not move the audit anchor on', error)
    }
  }

  /** Ends every session of a user (disabled, password reset) so they must sign in again. */
  endSessionsOf(userId: number): void {
    for (const [id, session] of this.sessions) {
      if (session.user.id === userId) this.sessions.delete(id)
    }
  }

  /** Makes and records a backup of the open store in `file` (or the backup folder). */
  async makeBackup(kind: BackupKind, file: string | null): Promise<BackupMade> {
    return makeAndRecordBackup(this.requireStore(), kind, file, this.now(), (entry, db) =>
      this.appendAudit(db, undefined, entry),
    )
  }

  private async runAutomaticBackup(kind: 'daily' | 'on-close'): Promise<void> {
    if (!this.store || this.isBackingUp) return
    this.isBackingUp = true
    try {
      const settings = await readStoredSettings(this.store.db)
      if (!settings.backupFolder) return
      await this.makeBackup(kind, null)
      rotateBackupFolder(settings.backupFolder)
    } catch (error) {
      this.log(`Automatic ${kind} backup failed`, error)
    } finally {
      this.isBackingUp = false
    }
  }

  async runDailyBackupIfDue(): Promise<void> {
    if (!this.store) return
    if (!(await isDailyBackupDue(this.store.db, this.now()))) return
    await this.runAutomaticBackup('daily')
  }
}
