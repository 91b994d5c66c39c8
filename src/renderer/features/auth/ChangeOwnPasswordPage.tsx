import { Paper } from '@mantine/core'
import { useNavigate } from 'react-router'
import { PageHeader } from '../../components/PageHeader'
import { ChangePasswordForm } from './ChangePasswordForm'
import { notify } from '../../lib/notify'

export function ChangeOwnPasswordPage() {
  const navigate = useNavigate()
  return (
    <>
      <PageHeader title="Change my password" />
      <Paper withBorder p="lg" maw={560}>
        <ChangePasswordForm
          submitLabel="Change password"
          onChanged={() => {
            notify({
              title: 'Password changed',
              message: 'Use your new password from now on.',
            })
            void navigate('/people')
          }}
        />
      </Paper>
    </>
  )
}
