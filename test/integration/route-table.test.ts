import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { routeNames, routes } from '../../src/shared/contract/routes'
import { Roles, type Role } from '../../src/shared/roles'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

/**
 * Every route, straight from the route table: a new route cannot skip these checks.
 * - non-public routes refuse a caller who is not signed in;
 * - role-limited routes refuse every role they do not list, with AUTH.FORBIDDEN;
 * - every route refuses input that fails its schema, with INPUT.INVALID, for a caller it allows.
 */
describe('every route in the contract', () => {
  let org: TestOrg
  const connectionOf = new Map<Role, string>()

  beforeAll(async () => {
    org = await createTestOrg()
    connectionOf.set('admin', 'admin')
    for (const role of Roles) {
      if (role !== 'admin') connectionOf.set(role, await org.signInAs(role))
    }
  })
  afterAll(async () => org.cleanup())

  it('has routes', () => {
    expect(routeNames.length).toBeGreaterThan(10)
  })

  for (const name of routeNames) {
    const def = routes[name]
    describe(name, () => {
      if (def.access !== 'public') {
        it('refuses a caller who is not signed in', async () => {
          const result = await org.raw('nobody', name, {})
          expect(result.ok).toBe(false)
          if (!result.ok) expect(result.error.code).toBe('AUTH.NOT_SIGNED_IN')
        })
      }
      const access = def.access
      if (Array.isArray(access)) {
        for (const role of Roles.filter((r) => !access.includes(r))) {
          it(`refuses the ${role} role`, async () => {
            const result = await org.raw(connectionOf.get(role)!, name, {})
            expect(result.ok).toBe(false)
            if (!result.ok) expect(result.error.code).toBe('AUTH.FORBIDDEN')
          })
        }
      }
      it('refuses input that fails its schema', async () => {
        const allowedRole: Role = Array.isArray(access) ? (access[0] as Role) : 'admin'
        for (const bad of [{ unexpectedField: true }, 42, 'text', [1, 2]]) {
          const result = await org.raw(connectionOf.get(allowedRole)!, name, bad as never)
          expect(result.ok, JSON.stringify(bad)).toBe(false)
          if (!result.ok) expect(result.error.code).toBe('INPUT.INVALID')
        }
      })
    })
  }

  it('refuses a route that does not exist', async () => {
    const result = await org.raw('admin', 'no.such' as never, {})
    expect(!result.ok && result.error.code).toBe('ROUTE.UNKNOWN')
  })
})
