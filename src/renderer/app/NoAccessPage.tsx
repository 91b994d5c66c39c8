import { Anchor, Paper, Text } from '@mantine/core'
import { Link } from 'react-router'
import { RoleLabels } from '../../shared/roles'
import { PageHeader } from '../components/PageHeader'
import { useSession } from './use-session'

/** Shown when someone's role does not allow the page they opened. */
export function NoAccessPage({ what = 'this page' }: { what?: string }) {
  const { session } = useSession()
  const role = session.user?.role
  return (
    <>
      <PageHeader title="You don't have access" />
      <Paper withBorder p="lg" maw={640}>
        <Text>
          Your role{role ? ` (${RoleLabels[role]})` : ''} does not include {what}. If you need it
          for your work, ask one of your administrators.
        </Text>
        <Anchor component={Link} to="/people" mt="md" display="inline-block">
          Go to People
        </Anchor>
      </Paper>
    </>
  )
}

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text>
        There is no page at this address.{' '}
        <Anchor component={Link} to="/people">
          Go to People
        </Anchor>
      </Text>
    </>
  )
}
