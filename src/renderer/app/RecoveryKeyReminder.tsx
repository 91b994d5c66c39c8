import { Alert, Anchor, Button, Group, Text } from '@mantine/core'
import { useState } from 'react'
import { Link, useLocation } from 'react-router'
import { useSession } from './use-session'

const DATA_FILE_PAGE = '/admin/data-file'

/**
 * For an administrator, at every sign-in while nobody has typed the current recovery key back (set-up
 * closed before its last step, or a new key never confirmed): without a kept key, forgotten
 * passwords lose every record. "Not now" hides it until the next sign-in, not for good.
 */
export function RecoveryKeyReminder() {
  const { session } = useSession()
  const location = useLocation()
  const [isHidden, setIsHidden] = useState(false)
  const isAdmin = session.user?.role === 'admin'
  if (!isAdmin || !session.isRecoveryKeyUnconfirmed || isHidden) return null
  if (location.pathname === DATA_FILE_PAGE) return null
  return (
    <Alert
      color="yellow"
      variant="light"
      mb="lg"
      maw={860}
      data-testid="recovery-key-reminder"
      title="Reminder: nobody has confirmed keeping the recovery key"
    >
      <Text size="sm">
        If every administrator forgets their password, the recovery key is the only way back into
        the records. Type it back to show it is kept, or make a new one if it is lost.
      </Text>
      <Group gap="md" mt="xs">
        <Anchor component={Link} to={DATA_FILE_PAGE} fw={600} size="sm">
          Confirm or make a new recovery key
        </Anchor>
        <Button variant="subtle" size="compact-sm" onClick={() => setIsHidden(true)}>
          Not now
        </Button>
      </Group>
    </Alert>
  )
}
