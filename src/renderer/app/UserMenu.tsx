import { Button, Menu } from '@mantine/core'
import { useNavigate } from 'react-router'
import { RoleLabels } from '../../shared/roles'
import { useSession } from './use-session'

export function UserMenu({
  isLargeText,
  onToggleLargeText,
  onShowShortcuts,
  onSignOut,
}: {
  isLargeText: boolean
  onToggleLargeText(): void
  onShowShortcuts(): void
  onSignOut(): void
}) {
  const { session } = useSession()
  const navigate = useNavigate()
  const user = session.user
  if (!user) return null
  return (
    <Menu position="bottom-end" width={280} withinPortal>
      <Menu.Target>
        <Button variant="default" aria-label={`Your account: ${user.displayName}`}>
          {user.displayName} ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          Signed in as {user.username} · {RoleLabels[user.role]}
        </Menu.Label>
        <Menu.Item onClick={() => void navigate('/account')}>Your account</Menu.Item>
        <Menu.Item onClick={() => void navigate('/account/password')}>Change my password</Menu.Item>
        <Menu.Item onClick={onToggleLargeText}>
          {isLargeText ? 'Use normal text size' : 'Use large text'}
        </Menu.Item>
        <Menu.Item onClick={onShowShortcuts}>Keyboard shortcuts (?)</Menu.Item>
        <Menu.Item onClick={() => void navigate('/about')}>About Casebook</Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={onSignOut}>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
