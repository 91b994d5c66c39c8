import type { z } from 'zod'
import type { Result } from '../result'
import { appRoutes } from './app-routes'
import { auditRoutes } from './audit-routes'
import { authRoutes } from './auth-routes'
import { backupRoutes } from './backup-routes'
import { circleRoutes } from './circle-routes'
import { consentsRoutes } from './consents-routes'
import { councilsRoutes } from './councils-routes'
import { dbRoutes } from './db-routes'
import { importsRoutes } from './imports-routes'
import { notesRoutes } from './notes-routes'
import { peopleRoutes } from './people-routes'
import { plansRoutes } from './plans-routes'
import { recoveryKeyRoutes, setupRecoveryKeyRoutes } from './recovery-key-routes'
import { referralsRoutes } from './referrals-routes'
import { seedRoutes } from './seed-routes'
import { settingsRoutes } from './settings-routes'
import { setupRoutes } from './setup-routes'
import { sharingRoutes } from './sharing-routes'
import { staffRoutes } from './staff-routes'
import { twoFactorRoutes } from './two-factor-routes'
import { usersRoutes } from './users-routes'

/**
 * The whole contract: every route the backend serves, by name (`prefix.verb`), one file per prefix.
 * The Electron preload, the web harness shim, the CLI and the tests all derive from this one table.
 */
export const routes = {
  ...appRoutes,
  ...setupRoutes,
  ...setupRecoveryKeyRoutes,
  ...authRoutes,
  ...twoFactorRoutes,
  ...usersRoutes,
  ...auditRoutes,
  ...dbRoutes,
  ...recoveryKeyRoutes,
  ...settingsRoutes,
  ...backupRoutes,
  ...councilsRoutes,
  ...staffRoutes,
  ...peopleRoutes,
  ...circleRoutes,
  ...consentsRoutes,
  ...sharingRoutes,
  ...referralsRoutes,
  ...notesRoutes,
  ...plansRoutes,
  ...importsRoutes,
  ...seedRoutes,
} as const

export type Routes = typeof routes
export type RouteName = keyof Routes
export type RouteInput<N extends RouteName> = z.input<Routes[N]['input']>
export type RouteParsedInput<N extends RouteName> = z.output<Routes[N]['input']>
export type RouteOutput<N extends RouteName> = z.output<Routes[N]['output']>
export type RouteResult<N extends RouteName> = Result<RouteOutput<N>>

export const routeNames = Object.keys(routes) as RouteName[]

export function isRouteName(name: string): name is RouteName {
  return Object.prototype.hasOwnProperty.call(routes, name)
}
