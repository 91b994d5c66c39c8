import { Anchor, Button, Group, List, PasswordInput, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { Link } from 'react-router'
import { useSession } from '../../app/use-session'
import { FormError } from '../../components/FormError'
import { JobProgress } from '../../components/JobProgress'
import { isApiError } from '../../lib/api-client'
import { showFormErrors, useSubmitWithErrors } from '../../lib/form-errors'
import { useJob } from '../../lib/use-job'

const SHORTEST_REASON = 10

/**
 * The two ways on from a broken audit log (ADR 0013): restore a backup made before it broke, or
 * accept the break on the record (the password asked again, and a reason), after which the log is
 * checked from the event that says so.
 */
export function AcceptAuditBreak({ onAccepted }: { onAccepted(accepted: string): void }) {
  const { refresh } = useSession()
  const job = useJob('accept-audit')
  const form = useForm({
    initialValues: { reason: '', password: '' },
    validate: {
      reason: (v) =>
        v.trim().length >= SHORTEST_REASON
          ? null
          : `Say what was found and why you accept it, in at least ${SHORTEST_REASON} characters.`,
      password: (v) => (v ? null : 'Enter your password.'),
    },
  })
  const { submit, error } = useSubmitWithErrors(
    form,
    async ({ reason, password }) => {
      const done = await job.run('db.acceptAuditBreak', { password, reason: reason.trim() })
      form.reset()
      // The session no longer carries the problem: the warning on every page goes.
      await refresh()
      onAccepted(done.accepted)
    },
    (e) => {
      if (!isApiError(e, 'AUTH.WRONG_PASSWORD')) {
        return showFormErrors(form, e, ['reason', 'password'])
      }
      form.setFieldValue('password', '')
      form.setFieldError('password', e.message)
      return null
    },
  )

  return (
    <Stack gap="sm" mt="sm" data-testid="accept-audit-break">
      <Text size="sm" fw={600}>
        What was removed or changed cannot be recovered from this data file: the log can only show
        that it happened. There are two ways on:
      </Text>
      <List size="sm" type="ordered" spacing={4}>
        <List.Item>
          Restore a backup made before the problem, if you have one, in{' '}
          <Anchor component={Link} to="/admin/settings" inherit fw={600}>
            Admin › Settings
          </Anchor>
          . Check the backup first: the check says whether this log still holds everything in it.
        </List.Item>
        <List.Item>
          Or accept the break on the record and carry on. Casebook adds one event saying what was
          found, that you accepted it and why, and checks the log from there. That event stays in
          the log for good.
        </List.Item>
      </List>
      <form onSubmit={submit} noValidate aria-label="Accept the break and carry on">
        <Stack gap="sm">
          <Textarea
            label="What was found, and why you accept it"
            description="At least 10 characters. For example: who could reach the file, what you checked, who you told."
            autosize
            minRows={2}
            maxLength={500}
            disabled={job.isRunning}
            {...form.getInputProps('reason')}
          />
          <PasswordInput
            label="Your password"
            description="Asked again, because this cannot be undone."
            autoComplete="current-password"
            maw={460}
            disabled={job.isRunning}
            {...form.getInputProps('password')}
          />
          <FormError message={error} title="Not accepted" />
          {job.isRunning && (
            <JobProgress
              progress={job.progress}
              label="Progress"
              waiting="Recording the break on the log…"
            />
          )}
          <Group justify="flex-end">
            <Button type="submit" color="red" loading={job.isRunning}>
              Accept and carry on
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
