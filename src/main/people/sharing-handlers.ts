import { type HandlerMap, useCase } from '../kernel'
import { aboutPerson } from './people-handlers'
import { saveCouncilSharingNote } from './record-parts-service'

export const sharingHandlers: HandlerMap<'sharing.save'> = {
  async 'sharing.save'(input, ctx) {
    await saveCouncilSharingNote(useCase(ctx), input.ref, input.councilId, input.note)
    ctx.note(aboutPerson(input.ref, `Data-sharing note for council ${input.councilId}`))
    return { done: true as const }
  },
}
