import type { RouteName } from '../../../shared/contract/routes'
import type { HandlerMap } from '../context'
import { adminHandlers } from './admin-handlers'
import { authHandlers } from './auth-handlers'
import { backupHandlers } from './backup-handlers'
import { usersHandlers } from './users-handlers'

/** One handler per route; the type checker refuses a route without one. */
export const handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...adminHandlers,
  ...backupHandlers,
} satisfies HandlerMap<RouteName>
