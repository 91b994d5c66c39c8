import type { z } from 'zod'
import type { Result } from '../result'
import { adminRoutes } from './admin-routes'
import { authRoutes } from './auth-routes'
import { importsRoutes } from './imports-routes'
import { peopleRoutes } from './people-routes'
import { plansRoutes } from './plans-routes'

/**
 * The whole contract: every route the backend serves, by name (`area.verb`). The Electron preload,
 * the web harness shim, the CLI and the tests all derive from this one table.
 */
export const routes = {
  ...authRoutes,
  ...adminRoutes,
  ...peopleRoutes,
  ...plansRoutes,
  ...importsRoutes,
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
