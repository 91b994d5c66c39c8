import type { RouteName } from '../../../shared/contract/routes'
import type { HandlerMap } from '../context'
import { adminHandlers } from './admin-handlers'
import { authHandlers } from './auth-handlers'
import { backupHandlers } from './backup-handlers'
import { importsHandlers } from './imports-handlers'
import { peopleHandlers } from './people-handlers'
import { plansHandlers } from './plans-handlers'
import { usersHandlers } from './users-handlers'

/** One handler per route; the type checker refuses a route without one. */
export const handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...adminHandlers,
  ...backupHandlers,
  ...peopleHandlers,
  ...plansHandlers,
  ...importsHandlers,
} satisfies HandlerMap<RouteName>
