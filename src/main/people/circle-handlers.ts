import { type HandlerMap, useCase } from '../kernel'
import { aboutPerson } from './people-handlers'
import { addCircleMember, archiveCircleMember, changeCircleMember } from './record-parts-service'

export const circleHandlers: HandlerMap<
  'circle.add' | 'circle.update' | 'circle.archive' | 'circle.restore'
> = {
  async 'circle.add'(input, ctx) {
    const member = await addCircleMember(useCase(ctx), input.ref, input.member)
    ctx.note(aboutPerson(input.ref, `Circle of support: added member ${member.id}`))
    return member
  },

  async 'circle.update'(input, ctx) {
    const member = await changeCircleMember(useCase(ctx), input.ref, input.id, input.member)
    ctx.note(aboutPerson(input.ref, `Circle of support: changed member ${input.id}`))
    return member
  },

  async 'circle.archive'(input, ctx) {
    await archiveCircleMember(useCase(ctx), input.ref, input.id, true)
    ctx.note(aboutPerson(input.ref, `Circle of support: archived member ${input.id}`))
    return { done: true as const }
  },

  async 'circle.restore'(input, ctx) {
    const member = await archiveCircleMember(useCase(ctx), input.ref, input.id, false)
    ctx.note(aboutPerson(input.ref, `Circle of support: restored member ${input.id}`))
    return member
  },
}
