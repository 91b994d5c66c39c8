import { z } from 'zod'
import type { Role } from '../roles'
import { normaliseLineBreaks } from '../unsafe-characters'
import { textRule } from './text-rules'

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

/**
 * Single-line free text (names, references, addresses, subjects): limits with a message instead of
 * silent truncation, and no control, direction or invisible characters, line breaks or tabs
 * (`textRule`). For text typed in a text box, use `prose`.
 */
export function text(label: string, max: number, min = 0) {
  return z
    .string()
    .trim()
    .check(textRule(label, 'single-line'))
    .min(min, minMessage(label, min))
    .max(max, maxMessage(label, max))
}

/**
 * Multi-line free text (notes, profile sections, plan prose, reasons): line breaks are kept, as `\n`
 * whatever the typist's system wrote, and so are tabs; other control, direction and invisible
 * characters are refused (`textRule`).
 */
export function prose(label: string, max: number, min = 0) {
  return z
    .string()
    .overwrite(normaliseLineBreaks)
    .trim()
    .check(textRule(label, 'multi-line'))
    .min(min, minMessage(label, min))
    .max(max, maxMessage(label, max))
}

function minMessage(label: string, min: number): string {
  return min === 1 ? `${label} is required.` : `${label} must be at least ${count(min)} characters.`
}

function maxMessage(label: string, max: number): string {
  return `${label} must be at most ${count(max)} characters.`
}

/** A number as it is written in a sentence: 50,000, not 50000. */
function count(n: number): string {
  return n.toLocaleString('en-GB')
}
