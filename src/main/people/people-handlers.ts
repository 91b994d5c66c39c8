import { type HandlerMap, type UseCase, useCase } from '../kernel'
import type { ReadDb } from '../db/handles'
import { listPeople } from './person-repository'
import {
  askAboutUnusualDetails,
  changeStatus,
  createPerson,
  readPersonRecord,
  updatePersonDetails,
} from './person-service'
import { quickSearch } from './quick-search-service'
import { saveOnePageProfile } from './record-parts-service'

/** Audit notes for a change to a person's record name them by reference. */
export function aboutPerson(ref: string, summary?: string) {
  return { entityType: 'person', entityId: ref, summary }
}

/** The record as returned after a change: the same view the changer's role has. */
function recordAfterChange(uc: UseCase<ReadDb>, ref: string) {
  return readPersonRecord(uc, ref)
}

export const peopleHandlers: HandlerMap<
  | 'people.list'
  | 'people.search'
  | 'people.get'
  | 'people.create'
  | 'people.update'
  | 'people.setStatus'
  | 'people.saveProfile'
> = {
  async 'people.list'(input, ctx) {
    return listPeople(ctx.db(), input)
  },

  async 'people.search'(input, ctx) {
    return quickSearch(ctx.db(), input.text, input.limit)
  },

  async 'people.get'(input, ctx) {
    const record = await readPersonRecord(useCase(ctx), input.ref)
    // Every opening of a person's record is audited.
    await ctx.audit({ action: 'people.view', entityType: 'person', entityId: input.ref })
    return record
  },

  async 'people.create'(input, ctx) {
    askAboutUnusualDetails(input.fields, input.areUnusualDetailsConfirmed)
    const uc = useCase(ctx)
    const ref = await createPerson(uc, input)
    ctx.note(aboutPerson(ref, `Added with status ${input.status}`))
    return recordAfterChange(uc, ref)
  },

  async 'people.update'(input, ctx) {
    askAboutUnusualDetails(input.fields, input.areUnusualDetailsConfirmed)
    const uc = useCase(ctx)
    await updatePersonDetails(uc, input.ref, input.version, input.fields)
    ctx.note(aboutPerson(input.ref))
    return recordAfterChange(uc, input.ref)
  },

  async 'people.setStatus'(input, ctx) {
    const uc = useCase(ctx)
    await changeStatus(uc, input.ref, input.status, input.on, input.reason)
    ctx.note(aboutPerson(input.ref, `Status: ${input.status}`))
    return recordAfterChange(uc, input.ref)
  },

  async 'people.saveProfile'(input, ctx) {
    const uc = useCase(ctx)
    await saveOnePageProfile(uc, input.ref, input.profile)
    ctx.note(aboutPerson(input.ref, 'One-page profile saved'))
    return recordAfterChange(uc, input.ref)
  },
}
