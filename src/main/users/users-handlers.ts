import type { HandlerMap } from '../kernel'
import { listActiveStaff } from './staff'
import { userDeps } from './user-deps'
import { AppFailure } from '../../shared/result'
import { resetSecondFactor } from './second-factor'
import { findUserByUsername, listUsers, rowToUser } from './user-repository'
import { addUser, disableUser, enableUser, setPassword, setRole } from './user-service'

export const usersHandlers: HandlerMap<
  | 'users.list'
  | 'users.add'
  | 'users.setRole'
  | 'users.disable'
  | 'users.enable'
  | 'users.resetPassword'
  | 'users.resetSecondFactor'
> = {
  async 'users.list'(_input, ctx) {
    return (await listUsers(ctx.db())).map(rowToUser)
  },

  async 'users.add'(input, ctx) {
    const row = await addUser(await userDeps(ctx, ctx.db()), input)
    ctx.note({
      entityType: 'user',
      entityId: row.id,
      summary: `Added ${row.username} as ${row.role}`,
    })
    return rowToUser(row)
  },

  async 'users.setRole'(input, ctx) {
    const row = await setRole(await userDeps(ctx, ctx.db()), input.username, input.role)
    ctx.host.endSessionsOf(row.id)
    ctx.note({
      entityType: 'user',
      entityId: row.id,
      summary: `Role of ${row.username} set to ${row.role}`,
    })
    return rowToUser(row)
  },

  async 'users.disable'(input, ctx) {
    const row = await disableUser(await userDeps(ctx, ctx.db()), input.username)
    ctx.host.endSessionsOf(row.id)
    ctx.note({ entityType: 'user', entityId: row.id, summary: `Disabled ${row.username}` })
    return rowToUser(row)
  },

  async 'users.enable'(input, ctx) {
    const row = await enableUser(await userDeps(ctx, ctx.db()), input.username, input.password)
    ctx.note({ entityType: 'user', entityId: row.id, summary: `Enabled ${row.username}` })
    return rowToUser(row)
  },

  async 'users.resetPassword'(input, ctx) {
    const row = await setPassword(await userDeps(ctx, ctx.db()), input.username, input.password, {
      mustChange: true,
    })
    ctx.host.endSessionsOf(row.id)
    ctx.note({
      entityType: 'user',
      entityId: row.id,
      summary: `Password reset for ${row.username}`,
    })
    return rowToUser(row)
  },
  async 'users.resetSecondFactor'(input, ctx) {
    const row = await findUserByUsername(ctx.db(), input.username)
    if (!row) {
      throw new AppFailure('USERS.NOT_FOUND', `There is no user called "${input.username}".`)
    }
    await resetSecondFactor(ctx.db(), row.id)
    ctx.host.endSessionsOf(row.id)
    ctx.note({
      entityType: 'user',
      entityId: row.id,
      summary: `Two-step sign-in reset for ${row.username}`,
    })
    return rowToUser(row)
  },
}

export const staffHandlers: HandlerMap<'staff.list'> = {
  async 'staff.list'(_input, ctx) {
    return listActiveStaff(ctx.db())
  },
}
