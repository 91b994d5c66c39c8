import { localIsoDate } from '../../../shared/dates'
import { AppFailure } from '../../../shared/result'
import {
  setCircleMemberArchived,
  insertCircleMember,
  insertConsent,
  insertReferral,
  saveProfile,
  saveSharingNote,
  updateCircleMember,
  updateReferral,
  withdrawConsent,
} from '../../clients/client-parts-repository'
import { listClients } from '../../clients/client-repository'
import {
  changeStatus,
  type ClientDeps,
  createClient,
  quickSearch,
  readClientRecord,
  requireClient,
  updateClientFields,
} from '../../clients/client-service'
import { insertNote, listNotes, searchNotes } from '../../notes/note-repository'
import { listUsers } from '../../users/user-repository'
import type { HandlerContext, HandlerMap } from '../context'

/** The acting user and the handle a people use case works with. */
export function clientDeps(ctx: HandlerContext): ClientDeps {
  const session = ctx.session!
  return { db: ctx.db(), actor: { id: session.user.id, role: session.user.role }, now: ctx.now }
}

async function record(ctx: HandlerContext, ref: string) {
  return readClientRecord(clientDeps(ctx), ref)
}

async function setArchived(
  input: { ref: string; id: number },
  ctx: HandlerContext,
  isArchived: boolean,
) {
  const client = await requireClient(ctx.db(), input.ref)
  const member = await setCircleMemberArchived(
    ctx.db(),
    client.id,
    input.id,
    isArchived,
    ctx.now.toISOString(),
  )
  if (!member) {
    throw new AppFailure('RECORD.NOT_FOUND', 'That person is not in this circle of support.')
  }
  ctx.note({
    entityType: 'client',
    entityId: input.ref,
    summary: `Circle of support: ${isArchived ? 'archived' : 'restored'} member ${input.id}`,
  })
  return member
}

export const peopleHandlers: HandlerMap<
  | 'clients.list'
  | 'clients.search'
  | 'clients.get'
  | 'clients.create'
  | 'clients.update'
  | 'clients.setStatus'
  | 'clients.saveProfile'
  | 'circle.add'
  | 'circle.update'
  | 'circle.archive'
  | 'circle.restore'
  | 'consents.add'
  | 'consents.withdraw'
  | 'sharing.save'
  | 'referrals.add'
  | 'referrals.update'
  | 'notes.list'
  | 'notes.add'
  | 'notes.search'
  | 'staff.list'
  | 'councils.list'
> = {
  async 'clients.list'(input, ctx) {
    return listClients(ctx.db(), input)
  },

  async 'clients.search'(input, ctx) {
    return quickSearch(ctx.db(), input.text, input.limit)
  },

  async 'clients.get'(input, ctx) {
    const result = await record(ctx, input.ref)
    // Every opening of a person's record is audited.
    await ctx.audit({ action: 'clients.view', entityType: 'client', entityId: input.ref })
    return result
  },

  async 'clients.create'(input, ctx) {
    const ref = await createClient(clientDeps(ctx), input)
    ctx.note({ entityType: 'client', entityId: ref, summary: `Added with status ${input.status}` })
    return record(ctx, ref)
  },

  async 'clients.update'(input, ctx) {
    await updateClientFields(clientDeps(ctx), input.ref, input.version, input.fields)
    ctx.note({ entityType: 'client', entityId: input.ref })
    return record(ctx, input.ref)
  },

  async 'clients.setStatus'(input, ctx) {
    await changeStatus(clientDeps(ctx), input.ref, input.status, input.on, input.reason)
    ctx.note({ entityType: 'client', entityId: input.ref, summary: `Status: ${input.status}` })
    return record(ctx, input.ref)
  },

  async 'clients.saveProfile'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    await saveProfile(
      ctx.db(),
      client.id,
      input.profile,
      ctx.now.toISOString(),
      ctx.session!.user.id,
    )
    ctx.note({ entityType: 'client', entityId: input.ref, summary: 'One-page profile saved' })
    return record(ctx, input.ref)
  },

  async 'circle.add'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    const member = await insertCircleMember(
      ctx.db(),
      client.id,
      input.member,
      ctx.now.toISOString(),
    )
    ctx.note({
      entityType: 'client',
      entityId: input.ref,
      summary: `Circle of support: added member ${member.id}`,
    })
    return member
  },

  async 'circle.update'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    const member = await updateCircleMember(
      ctx.db(),
      client.id,
      input.id,
      input.member,
      ctx.now.toISOString(),
    )
    if (!member)
      throw new AppFailure('RECORD.NOT_FOUND', 'That person is not in this circle of support.')
    ctx.note({
      entityType: 'client',
      entityId: input.ref,
      summary: `Circle of support: changed member ${input.id}`,
    })
    return member
  },

  async 'circle.archive'(input, ctx) {
    await setArchived(input, ctx, true)
    return { done: true as const }
  },

  async 'circle.restore'(input, ctx) {
    return setArchived(input, ctx, false)
  },

  async 'consents.add'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    ctx.note({
      entityType: 'client',
      entityId: input.ref,
      summary: `Consent: ${input.consent.purpose}`,
    })
    return insertConsent(ctx.db(), client.id, input.consent, ctx.now.toISOString())
  },

  async 'consents.withdraw'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    const consent = await withdrawConsent(
      ctx.db(),
      client.id,
      input.id,
      input.on,
      localIsoDate(ctx.now),
    )
    if (!consent)
      throw new AppFailure('RECORD.NOT_FOUND', 'That consent is not one of this person’s.')
    ctx.note({
      entityType: 'client',
      entityId: input.ref,
      summary: `Consent ${input.id} withdrawn`,
    })
    return consent
  },

  async 'sharing.save'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    const council = await ctx
      .db()
      .selectFrom('councils')
      .select('id')
      .where('id', '=', input.councilId)
      .executeTakeFirst()
    if (!council)
      throw new AppFailure(
        'RECORD.NOT_FOUND',
        'That council is not one the organisation works with.',
      )
    await saveSharingNote(ctx.db(), client.id, input.councilId, input.note, ctx.now.toISOString())
    ctx.note({
      entityType: 'client',
      entityId: input.ref,
      summary: `Data-sharing note for council ${input.councilId}`,
    })
    return { done: true as const }
  },

  async 'referrals.add'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    ctx.note({
      entityType: 'client',
      entityId: input.ref,
      summary: `Referral from ${input.referral.source}`,
    })
    return insertReferral(ctx.db(), client.id, input.referral, ctx.now.toISOString())
  },

  async 'referrals.update'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    const referral = await updateReferral(ctx.db(), client.id, input.id, input.referral)
    if (!referral)
      throw new AppFailure('RECORD.NOT_FOUND', 'That referral is not one of this person’s.')
    ctx.note({ entityType: 'client', entityId: input.ref, summary: `Referral ${input.id} changed` })
    return referral
  },

  async 'notes.list'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    const user = ctx.session!.user
    return listNotes(ctx.db(), client.id, { id: user.id, role: user.role }, input)
  },

  async 'notes.add'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    const note = await insertNote(ctx.db(), {
      clientId: client.id,
      authorId: ctx.session!.user.id,
      kind: input.kind,
      occurredAt: new Date(input.occurredAt).toISOString(),
      durationMinutes: input.durationMinutes,
      subject: input.subject,
      body: input.body,
      isRestricted: input.isRestricted,
      at: ctx.now.toISOString(),
    })
    ctx.note({
      entityType: 'case_note',
      entityId: note.id,
      summary: `Note on ${input.ref}${input.isRestricted ? ' (restricted)' : ''}`,
    })
    return note
  },

  async 'notes.search'(input, ctx) {
    const user = ctx.session!.user
    const clientId = input.ref ? (await requireClient(ctx.db(), input.ref)).id : undefined
    return searchNotes(
      ctx.db(),
      input.text,
      { id: user.id, role: user.role },
      { clientId, limit: input.limit },
    )
  },

  async 'staff.list'(_input, ctx) {
    const users = await listUsers(ctx.db())
    return users
      .filter((u) => u.is_disabled === 0)
      .map((u) => ({ id: u.id, name: u.display_name, role: u.role as never }))
  },

  async 'councils.list'(_input, ctx) {
    const rows = await ctx
      .db()
      .selectFrom('councils')
      .select(['id', 'name', 'ons_code'])
      .orderBy('name')
      .execute()
    return rows.map((r) => ({ id: r.id, name: r.name, onsCode: r.ons_code }))
  },
}
