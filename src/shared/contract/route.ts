import { z } from 'zod'
import type { Role } from '../roles'

/**
 * Who may call a route: anyone (before sign-in), any signed-in user whose session is not locked,
 * or only the listed roles.
 */
export type Access = 'public' | 'signed-in' | readonly Role[]

/**
 * - `read`: no writes; runs outside a transaction.
 * - `write`: the router runs it in one transaction and appends an audit event in the same transaction.
 * - `job`: long work with progress and cancel; manages its own transactions; audited when it ends.
 */
export type RouteKind = 'read' | 'write' | 'job'

export interface RouteDef<
  I extends z.ZodObject = z.ZodObject,
  O extends z.ZodType = z.ZodType,
  K extends RouteKind = RouteKind,
> {
  readonly input: I
  readonly output: O
  readonly access: Access
  readonly kind: K
  /** One line saying what the route does, shown in the CLI and the docs. */
  readonly summary: string
}

/**
 * Declares a route. Inputs are always strict objects, so an unexpected field is refused rather than
 * silently ignored.
 *
 * @example
 * route({ input: { text: z.string() }, output: z.array(PersonSummary), access: ['adviser'],
 *         kind: 'read', summary: 'Search people by name' })
 */
export function route<S extends z.ZodRawShape, O extends z.ZodType, K extends RouteKind>(def: {
  input: S
  output: O
  access: Access
  kind: K
  summary: string
}): RouteDef<z.ZodObject<S, z.core.$strict>, O, K> {
  return { ...def, input: z.strictObject(def.input) }
}

/** A success with nothing to return. */
export const Done = z.object({ done: z.literal(true) })

/** Limits on free text, with a message instead of silent truncation. */
export function text(label: string, max: number, min = 0) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? `${label} is required.` : `${label} must be at least ${min} characters.`)
    .max(max, `${label} must be at most ${max} characters.`)
}
