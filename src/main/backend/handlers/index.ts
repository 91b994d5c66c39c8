import type { RouteName, RouteOutput, RouteParsedInput } from '../../../shared/contract/routes'
import { auditHandlers } from '../../audit'
import { backupHandlers } from '../../backup'
import { dbHandlers } from '../../data-file'
import { importsHandlers } from '../../imports'
import type { ContextFor, HandlerMap, JobContext, WriteContext } from '../../kernel'
import { notesHandlers } from '../../notes'
import { councilsHandlers, settingsHandlers } from '../../organisation'
import {
  circleHandlers,
  consentsHandlers,
  peopleHandlers,
  referralsHandlers,
  sharingHandlers,
} from '../../people'
import { plansHandlers } from '../../plans'
import { seedHandlers } from '../../seed'
import { recoveryKeyHandlers, staffHandlers, twoFactorHandlers, usersHandlers } from '../../users'
import type { BackendCore } from '../backend-core'
import { appHandlers } from './app-handlers'
import { authHandlers } from './auth-handlers'
import { dataFileHandlers } from './data-file-handlers'
import { setupHandlers } from './setup-handlers'

/** What the backend's own routes (sessions, opening the file) get beyond an area's context. */
export interface HostExtras {
  readonly core: BackendCore
  readonly connectionId: string
}

/** The context the router builds: everything any kind of route may use (the types narrow it). */
export type HostContext = WriteContext & JobContext & HostExtras

/** Routes about the backend's own state: its sessions and which data file is open. */
type HostRoute =
  | `auth.${string}`
  | `app.${string}`
  | 'setup.create'
  | 'setup.pendingRecoveryKey'
  | 'setup.confirmRecoveryKey'
type AreaRoute = Exclude<RouteName, HostRoute>

export type HostHandlerMap<N extends RouteName> = {
  [K in N]: (input: RouteParsedInput<K>, ctx: ContextFor<K> & HostExtras) => Promise<RouteOutput<K>>
}

const hostHandlers = {
  ...appHandlers,
  ...setupHandlers,
  ...authHandlers,
  ...dataFileHandlers,
} satisfies HostHandlerMap<Extract<RouteName, HostRoute>>

/** Each area's handlers, composed: the type checker refuses a route without one. */
const areaHandlers = {
  ...usersHandlers,
  ...staffHandlers,
  ...twoFactorHandlers,
  ...recoveryKeyHandlers,
  ...auditHandlers,
  ...dbHandlers,
  ...settingsHandlers,
  ...councilsHandlers,
  ...backupHandlers,
  ...peopleHandlers,
  ...circleHandlers,
  ...consentsHandlers,
  ...sharingHandlers,
  ...referralsHandlers,
  ...notesHandlers,
  ...plansHandlers,
  ...importsHandlers,
  ...seedHandlers,
} satisfies HandlerMap<AreaRoute>

type AnyHandler = (input: unknown, ctx: HostContext) => Promise<unknown>

/** The handler of a route, whichever side serves it. */
export function handlerFor(name: RouteName): AnyHandler {
  const handler =
    (hostHandlers as Record<string, unknown>)[name] ??
    (areaHandlers as Record<string, unknown>)[name]
  return handler as AnyHandler
}
