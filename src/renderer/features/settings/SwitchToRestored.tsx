import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useSession } from '../../app/use-session'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { isApiError, SOMETHING_WENT_WRONG } from '../../lib/api-client'
import { useJob } from '../../lib/use-job'
import { leaveSignInNotice } from '../auth/data-file-notice'

/** "casebook.db" → "casebook-before-restore-2026-12-06T0815.db", as the backend names it (UTC). */
function keptNameExample(dataFile: string | undefined): string {
  const name = dataFile
    ? dataFile.slice(Math.max(dataFile.lastIndexOf('/'), dataFile.lastIndexOf('\\')) + 1)
    : 'casebook.db'
  const dot = name.lastIndexOf('.')
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '')
  return `${stem}-before-restore-${stamp}${extension}`
}

/**
 * After a restore: puts the restored file in the place of the data file in use, keeping that one
 * beside it under a dated name (ADR 0014), once the administrator has read what will happen.
 */
export function SwitchToRestored({
  restoredTo,
  dataFile,
}: {
  restoredTo: string
  dataFile: string | undefined
}) {
  const job = useJob('switch-data-file')
  const { refresh } = useSession()
  const [isConfirming, setIsConfirming] = useState(false)
  const [needsPassword, setNeedsPassword] = useState(false)
  const [password, setPassword] = useState('')
  const [username, setUsername] = useState('')
  const [error, setError] = useState<string | null>(null)

  const switchNow = async () => {
    setError(null)
    if (needsPassword && !password) {
      setError('Enter a password that was valid when the backup was made.')
      return
    }
    try {
      const switched = await job.run('app.switchToRestored', {
        file: restoredTo,
        ...(needsPassword
          ? { password, ...(username.trim() ? { username: username.trim() } : {}) }
          : {}),
      })
      leaveSignInNotice(
        `Casebook now uses the restored data in ${switched.dataFile}. The previous data file is kept, unchanged, as ${switched.keptAs}. Sign in with a password that was valid when the backup was made.`,
      )
      setIsConfirming(false)
      await refresh()
    } catch (e) {
      if (isApiError(e, 'BACKUP.OTHER_KEY')) {
        setNeedsPassword(true)
        setError(e.message)
      } else {
        setError(isApiError(e) ? e.message : SOMETHING_WENT_WRONG)
      }
    }
  }

  return (
    <Stack gap="xs">
      <Text size="sm">
        To work from the restored copy instead, switch to it. Casebook keeps the current data file
        and does the renaming itself.
      </Text>
      <Group>
        <Button variant="default" onClick={() => setIsConfirming(true)}>
          Switch to this restored file…
        </Button>
      </Group>
      <ConfirmDialog
        isOpen={isConfirming}
        title="Switch to the restored file?"
        confirmLabel="Switch and sign everyone out"
        size="lg"
        isBusy={job.isRunning}
        error={error}
        onConfirm={() => void switchNow()}
        onCancel={() => {
          setIsConfirming(false)
          setError(null)
        }}
      >
        <Stack gap="xs">
          <Text>
            The data file in use now
            {dataFile ? (
              <>
                , <strong className="cb-break">{dataFile}</strong>,
              </>
            ) : null}{' '}
            is kept beside it under a dated name like{' '}
            <strong className="cb-break">{keptNameExample(dataFile)}</strong>, with its key and
            audit files. Nothing is deleted, and it can be opened again later.
          </Text>
          <Text>
            The restored file, <strong className="cb-break">{restoredTo}</strong>, takes its place
            and Casebook opens it. Both files record the switch in their audit logs.
          </Text>
          <Text fw={600}>
            Everyone signed in is signed out, and anything not saved is lost. Sign in again with a
            password that was valid when the backup was made.
          </Text>
          {needsPassword && (
            <div className="cb-backup-key-fields">
              <PasswordInput
                label="Password valid when the backup was made"
                autoComplete="off"
                className="cb-grow"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              <TextInput
                label="Username (optional)"
                description="Leave blank when it is your own password."
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                className="cb-grow"
                value={username}
                onChange={(event) => setUsername(event.currentTarget.value)}
              />
            </div>
          )}
        </Stack>
      </ConfirmDialog>
    </Stack>
  )
}
