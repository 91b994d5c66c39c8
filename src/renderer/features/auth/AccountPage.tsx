import { Button, Group, Paper, Stack, Title } from '@mantine/core'
import { Link } from 'react-router'
import { RoleLabels } from '../../../shared/roles'
import { useSession } from '../../app/use-session'
import { PageHeader } from '../../components/PageHeader'
import { Facts } from '../../components/TabHeader'
import { TwoStepSection } from './TwoStepSection'

/** The signed-in person's own login: who they are, their password, two-step sign-in. */
export function AccountPage() {
  const user = useSession().session.user
  return (
    <>
      <PageHeader
        title="Your account"
        description="Your login, your password and two-step sign-in."
      />
      <Stack gap="lg" maw={860}>
        <Paper withBorder p="lg" component="section" aria-labelledby="account-login">
          <Stack gap="md">
            <Title order={2} size="h3" id="account-login">
              Your login
            </Title>
            {user && (
              <Facts
                items={[
                  ['Name', user.displayName],
                  ['Username', user.username],
                  ['Role', RoleLabels[user.role]],
                ]}
              />
            )}
            <Group>
              <Button component={Link} to="/account/password" variant="default">
                Change my password
              </Button>
            </Group>
          </Stack>
        </Paper>
        <TwoStepSection />
      </Stack>
    </>
  )
}
