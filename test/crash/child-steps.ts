import type { OperationName } from './crash-types'

/**
 * What the crash child does for each operation, through the router as the app would. `call` answers
 * a route's value, or stops the child (after reporting the refusal) when the route is refused;
 * `committed` reports a step whose route answered ok. The parameters come from the parent's
 * `prepare` (crash-operations.ts), which checks the same names afterwards.
 */
export interface ChildApi {
  call(route: string, input: Record<string, unknown>): Promise<Record<string, unknown>>
  committed(route: string, found: Record<string, unknown>): void
  progress(label: string): void
}

type Params = Record<string, unknown>
type Runner = (api: ChildApi, params: Params) => Promise<void>

const strings = (value: unknown) => value as string[]

export const CHILD_STEPS: Record<OperationName, Runner> = {
  async 'imports.commit'(api, p) {
    const file = { name: String(p.name), dataBase64: String(p.dataBase64) }
    const result = await api.call('imports.commit', { file, accept: true })
    api.committed('imports.commit', { refs: result.refs, family: p.family })
  },

  async 'seed.run'(api, p) {
    const result = await api.call('seed.run', {
      clients: p.clients,
      notesPerPerson: p.notesPerPerson,
      seed: p.seed,
    })
    api.committed('seed.run', { clients: result.clients, notes: result.notes })
  },

  async 'backup.create'(api, p) {
    const result = await api.call('backup.create', { file: p.file })
    api.committed('backup.create', { file: result.path ?? p.file })
  },

  async 'db.rotateKey'(api, p) {
    await api.call('db.rotateKey', { password: p.password })
    api.committed('db.rotateKey', {})
  },

  async 'users.add'(api, p) {
    for (const username of strings(p.usernames)) {
      await api.call('users.add', {
        username,
        displayName: `Crash ${username}`,
        role: 'adviser',
        password: p.password,
      })
      api.committed('users.add', { username })
    }
  },

  async 'users.disable'(api, p) {
    for (const username of strings(p.usernames)) {
      await api.call('users.disable', { username })
      api.committed('users.disable', { username })
    }
  },

  async 'auth.changePassword'(api, p) {
    await api.call('auth.changePassword', {
      currentPassword: p.currentPassword,
      newPassword: p.newPassword,
    })
    api.committed('auth.changePassword', {})
  },

  async plans(api, p) {
    const plan = await api.call('plans.create', { ref: p.ref })
    api.committed('plans.create', { planRef: plan.ref })
    await api.call('plans.saveDraft', { planRef: plan.ref, content: p.content })
    api.committed('plans.saveDraft', { planRef: plan.ref })
    await api.call('plans.submit', { planRef: plan.ref })
    api.committed('plans.submit', { planRef: plan.ref })
  },

  async 'people.create'(api, p) {
    for (const given of strings(p.givenNames)) {
      const person = await api.call('people.create', {
        fields: { legalGivenName: given, legalFamilyName: p.family },
        status: 'active',
      })
      const summary = person.summary as { ref: string }
      api.committed('people.create', { ref: summary.ref, given })
    }
  },
}
