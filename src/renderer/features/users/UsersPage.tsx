import { Alert, Button, Menu, Paper, Table, Text } from '@mantine/core'
import { useState } from 'react'
import type { UserSummary } from '../../../shared/contract/users-routes'
import { RoleLabels } from '../../../shared/roles'
import { useSession } from '../../app/use-session'
import { PageHeader } from '../../components/PageHeader'
import { messageOf } from '../../lib/api-client'
import { formatDateTime } from '../../lib/format'
import { AddUserDialog } from './AddUserDialog'
import { type UserAction, UserActionDialog } from './UserActionDialogs'
import { useUsers } from './use-users'

function statusOf(user: UserSummary): string {
  if (user.isDisabled) return 'Disabled'
  if (user.mustChangePassword) return 'Active, must choose a password'
  return 'Active'
}

/** Staff logins: add, change role, reset a password or two-step sign-in, disable and enable. */
export function UsersPage() {
  const { session } = useSession()
  const users = useUsers()
  const [isAdding, setIsAdding] = useState(false)
  const [pending, setPending] = useState<{ action: UserAction; user: UserSummary } | null>(null)

  return (
    <>
      <PageHeader
        title="Users"
        windowTitle="Users · Admin"
        description="Everyone who can sign in to Casebook, and what their role lets them do."
        actions={<Button onClick={() => setIsAdding(true)}>Add a user</Button>}
      />
      {users.isError && (
        <Alert color="red" role="alert" title="Could not load the users">
          {messageOf(users.error)}
        </Alert>
      )}
      {users.isPending && <Text>Loading users…</Text>}
      {users.data && (
        <Paper withBorder>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table">
            <Table.Caption className="cb-visually-hidden">Staff logins</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Username</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Last signed in</Table.Th>
                <Table.Th scope="col">
                  <span className="cb-visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((user) => {
                const isMe = user.username === session.user?.username
                return (
                  <Table.Tr key={user.id} data-username={user.username}>
                    <Table.Td>
                      {user.displayName}
                      {isMe && ' (you)'}
                    </Table.Td>
                    <Table.Td>{user.username}</Table.Td>
                    <Table.Td>{RoleLabels[user.role]}</Table.Td>
                    <Table.Td>{statusOf(user)}</Table.Td>
                    <Table.Td>
                      {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'Never'}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <Button
                            variant="default"
                            size="xs"
                            aria-label={`Actions for ${user.displayName}`}
                          >
                            Actions ▾
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setPending({ action: 'role', user })}>
                            Change role…
                          </Menu.Item>
                          {!user.isDisabled && (
                            <Menu.Item onClick={() => setPending({ action: 'reset', user })}>
                              Reset password…
                            </Menu.Item>
                          )}
                          {!user.isDisabled && (
                            <Menu.Item
                              onClick={() => setPending({ action: 'resetSecondFactor', user })}
                            >
                              Reset two-step sign-in…
                            </Menu.Item>
                          )}
                          {user.isDisabled ? (
                            <Menu.Item onClick={() => setPending({ action: 'enable', user })}>
                              Enable login…
                            </Menu.Item>
                          ) : (
                            <Menu.Item
                              color="red"
                              disabled={isMe}
                              onClick={() => setPending({ action: 'disable', user })}
                            >
                              Disable login…
                            </Menu.Item>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <AddUserDialog isOpen={isAdding} onClose={() => setIsAdding(false)} />
      {pending && (
        <UserActionDialog
          action={pending.action}
          user={pending.user}
          onClose={() => setPending(null)}
        />
      )}
    </>
  )
}
