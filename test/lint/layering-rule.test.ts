import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ESLint, RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { afterAll, describe, expect, it } from 'vitest'
import { layeringRule } from './layering-rule.mjs'

const ROOT = resolve(import.meta.dirname, '..', '..')
const at = (path: string) => join(ROOT, path)

// RuleTester runs its cases through the test framework's hooks; vitest's are given to it here.
Object.assign(RuleTester, { afterAll, describe, it, itOnly: it.only })

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
})

// The rule's own cases: each layer's allowed and refused imports, including areas' public surfaces.
tester.run('casebook/layering', layeringRule, {
  valid: [
    {
      filename: at('src/main/plans/plan-service.ts'),
      code: "import { requirePerson } from '../people'",
    },
    {
      filename: at('src/main/plans/plan-service.ts'),
      code: "import { requirePerson } from '../people/index'",
    },
    {
      filename: at('src/main/plans/plan-service.ts'),
      code: "import { x } from './plan-repository'",
    },
    {
      filename: at('src/main/plans/plan-service.ts'),
      code: "import type { Db } from '../db/handles'",
    },
    { filename: at('src/main/plans/plan-service.ts'), code: "import { useCase } from '../kernel'" },
    { filename: at('src/main/plans/plan-service.ts'), code: "import { sql } from 'kysely'" },
    {
      filename: at('src/main/backend/handlers/index.ts'),
      code: "import { plansHandlers } from '../../plans'",
    },
    {
      filename: at('src/main/kernel/handler.ts'),
      code: "import type { Store } from '../db/store'",
    },
    {
      filename: at('src/renderer/features/people/use-people.ts'),
      code: "import { can } from '../../../shared/policy'",
    },
  ],
  invalid: [
    {
      filename: at('src/main/plans/plan-service.ts'),
      code: "import { readProfile } from '../people/person-parts-repository'",
      errors: [{ messageId: 'areaInternals' }],
    },
    {
      filename: at('src/main/backend/handlers/index.ts'),
      code: "import { plansHandlers } from '../../plans/plans-handlers'",
      errors: [{ messageId: 'areaInternals' }],
    },
    {
      filename: at('src/main/backend/router.ts'),
      code: "import type { Kysely } from 'kysely'",
      errors: [{ messageId: 'pkg' }],
    },
    {
      filename: at('src/main/kernel/handler.ts'),
      code: "import { requirePerson } from '../people'",
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: at('src/main/people/person-service.ts'),
      code: "import { dispatch } from '../backend/router'",
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: at('src/renderer/features/people/use-people.ts'),
      code: "import { requirePerson } from '../../../main/people'",
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: at('src/shared/policy.ts'),
      code: "import { readFileSync } from 'node:fs'",
      errors: [{ messageId: 'node' }],
    },
  ],
})

describe('the project lint configuration', () => {
  const eslint = new ESLint({ cwd: ROOT })

  /** Lints a fixture's text as if it lived at `path`, with the project's own eslint.config.mjs. */
  async function layeringErrors(fixture: string, path: string): Promise<string[]> {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', fixture), 'utf8')
    const [result] = await eslint.lintText(text, { filePath: at(path) })
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'casebook/layering')
      .map((m) => m.message)
  }

  it('refuses an area importing another area’s internals', async () => {
    const errors = await layeringErrors('plans-reaching-into-people.ts', 'src/main/plans/x.ts')
    expect(errors).toEqual([
      expect.stringContaining('is inside the people area; import what it offers from its index.ts'),
    ])
  })

  it('refuses kysely in the backend', async () => {
    const errors = await layeringErrors('backend-with-kysely.ts', 'src/main/backend/x.ts')
    expect(errors).toEqual([expect.stringContaining('backend may not import the package "kysely"')])
  })

  it('accepts the same fixture where the folder rules allow it', async () => {
    expect(await layeringErrors('backend-with-kysely.ts', 'src/main/plans/x.ts')).toEqual([])
  })
})
