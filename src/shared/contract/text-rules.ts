import { z } from 'zod'
import { type TextShape, unsafeTextProblem } from '../unsafe-characters'

/** The checks made by `textRule`, so `storedForm` can leave them out. */
const textRules = new WeakSet<object>()

/**
 * The check every free-text field of the contract carries: refuses control characters, direction
 * marks and invisible characters with a message naming the field ("First name contains a control
 * character (U+001B); remove it."); single-line text refuses line breaks and tabs as well. See
 * `src/shared/unsafe-characters.ts` for what is refused and why.
 */
export function textRule(label: string, shape: TextShape): z.core.$ZodCheck<string> {
  const rule = z.superRefine((value: string, ctx) => {
    const problem = unsafeTextProblem(label, value, shape)
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value })
  })
  textRules.add(rule)
  return rule
}

function withoutTextRules(def: z.core.$ZodTypeDef): z.core.$ZodTypeDef {
  const checks = def.checks?.filter((check) => !textRules.has(check))
  return checks === def.checks ? def : { ...def, checks }
}

/**
 * The same schema without the text rules, for route outputs that give back stored text (a plan's
 * content, a circle member, the profile, councils): records written before the rules existed may hold
 * such characters and must still open. Everything else the schema checks is kept. It opens objects,
 * arrays, records, unions, pipes and wrappers; a rule inside anything else (a tuple, a lazy schema)
 * stays, so teach `loosen` about it before an output needs one.
 */
export function storedForm<T extends z.ZodType>(schema: T): T {
  return loosen(schema) as T
}

function loosen(schema: z.ZodType): z.ZodType {
  const def = withoutTextRules(schema._zod.def) as z.core.$ZodTypeDef & Record<string, unknown>
  const inner = (key: string) => loosen(def[key] as z.ZodType)
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>
      const loose = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, loosen(v)]))
      return schema.clone({ ...def, shape: loose } as z.core.$ZodTypeDef)
    }
    case 'array':
      return schema.clone({ ...def, element: inner('element') } as z.core.$ZodTypeDef)
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return schema.clone({ ...def, innerType: inner('innerType') } as z.core.$ZodTypeDef)
    case 'pipe':
      return schema.clone({ ...def, in: inner('in'), out: inner('out') } as z.core.$ZodTypeDef)
    case 'record':
      return schema.clone({
        ...def,
        keyType: inner('keyType'),
        valueType: inner('valueType'),
      } as z.core.$ZodTypeDef)
    case 'union': {
      const options = (def.options as z.ZodType[]).map(loosen)
      return schema.clone({ ...def, options } as z.core.$ZodTypeDef)
    }
    default:
      return def === schema._zod.def ? schema : schema.clone(def)
  }
}
