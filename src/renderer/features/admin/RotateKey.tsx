import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormError } from '../../components/FormError'
import { JobProgress } from '../../components/JobProgress'
import { TickIcon } from '../../components/icons'
import { isApiError } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'
import { useJob } from '../../lib/use-job'
import { settingsKeys } from '../settings/settings-keys'
import { adminKeys } from './admin-keys'

/**
 * Re-encrypts the data file with a new key. Everyone keeps their password; backups made before
 * then open only with a password that was valid when they were made.
 */
export function RotateKey() {
  const queryClient = useQueryClient()
  const job = useJob('rotate')
  const [isConfirming, setIsConfirming] = useState(false)
  const [isDone, setIsDone] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v ? null : 'Enter your password.') },
  })

  const rotate = async () => {
    setIsConfirming(false)
    setError(null)
    setIsDone(false)
    try {
      await job.run('db.rotateKey', { password: form.getValues().password })
      form.reset()
      setIsDone(true)
      await queryClient.invalidateQueries({ queryKey: adminKeys.dataFileCheck() })
      await queryClient.invalidateQueries({ queryKey: settingsKeys.backupStatus() })
    } catch (e) {
      if (isApiError(e, 'AUTH.WRONG_PASSWORD')) form.setFieldError('password', e.message)
      else setError(showFormErrors(form, e, ['password']))
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="rotate-key">
      <form onSubmit={form.onSubmit(() => setIsConfirming(true))} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="rotate-key">
            Re-encrypt with a new key
          </Title>
          <Text>
            Casebook makes a new secret key, re-encrypts the whole data file with it, and seals it
            again for every login and for the recovery key. Do this if you think a copy of the data
            file and someone’s password may both have got out.
          </Text>
          <List spacing={2}>
            <List.Item>
              Everyone keeps their own password, and the recovery key still works.
            </List.Item>
            <List.Item>
              Backups made before now still open, but only with a password that was valid when each
              was made. Make a new backup straight afterwards.
            </List.Item>
          </List>
          <PasswordInput
            label="Your password"
            description="To show it is you."
            autoComplete="current-password"
            maw={460}
            disabled={job.isRunning}
            {...form.getInputProps('password')}
          />
          <FormError message={error} title="Not re-encrypted" />
          {job.isRunning && (
            <JobProgress
              progress={job.progress}
              label="Re-encryption progress"
              waiting="Re-encrypting the data file…"
            />
          )}
          {isDone && (
            <Alert
              color="green"
              variant="light"
              title={
                <span className="cb-icon-title">
                  <TickIcon /> Re-encrypted with a new key
                </span>
              }
              data-testid="rotate-result"
            >
              Everyone signs in with the same password as before.{' '}
              <Anchor component={Link} to="/admin/settings" inherit fw={600}>
                Make a new backup now
              </Anchor>
              : older backups need a password that was valid when they were made.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" color="red" loading={job.isRunning}>
              Re-encrypt with a new key…
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        isOpen={isConfirming}
        title="Re-encrypt the data file now?"
        confirmLabel="Re-encrypt now"
        onConfirm={() => void rotate()}
        onCancel={() => setIsConfirming(false)}
      >
        Casebook will re-encrypt the whole data file with a new key. It takes a moment and nobody
        needs to sign out. Afterwards, backups made before today need a password that was valid when
        they were made.
      </ConfirmDialog>
    </Paper>
  )
}
