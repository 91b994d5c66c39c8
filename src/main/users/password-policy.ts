import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'
import { AppFailure } from '../../shared/result'
import { ukPasswordWords } from './password-words'

let isConfigured = false

function configure(): void {
  if (isConfigured) return
  zxcvbnOptions.setOptions({
    translations: ukPasswordWords,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  })
  isConfigured = true
}

export const MIN_PASSWORD_LENGTH = 10
/** zxcvbn score 3 = "safely unguessable: moderate protection from offline slow-hash attack". */
const MIN_SCORE = 3

export interface PasswordJudgement {
  readonly isAcceptable: boolean
  readonly score: number
  readonly reason: string | null
  readonly suggestions: string[]
}

/**
 * Judges a proposed password with zxcvbn, counting the person's own names and the organisation's as
 * guessable. The reason is a plain sentence the person can act on.
 */
export function judgePassword(
  password: string,
  userInputs: readonly string[] = [],
): PasswordJudgement {
  configure()
  const inputs = userInputs.flatMap((s) => [s, ...s.split(/[\s._-]+/)]).filter((s) => s.length > 2)
  const result = zxcvbn(password, inputs)
  // zxcvbn gives one suggestion per weak part, so "use capitals" can come twice.
  const suggestions = [...new Set(result.feedback.suggestions)]
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      isAcceptable: false,
      score: result.score,
      reason: `Use at least ${MIN_PASSWORD_LENGTH} characters: three random words work well.`,
      suggestions,
    }
  }
  if (result.score < MIN_SCORE) {
    const warning = result.feedback.warning
    return {
      isAcceptable: false,
      score: result.score,
      reason: warning
        ? `${warning.replace(/\.$/, '')}: choose something harder to guess.`
        : 'This password is too easy to guess.',
      suggestions: suggestions.length
        ? suggestions
        : ['Add another word or two that are not related to you.'],
    }
  }
  return { isAcceptable: true, score: result.score, reason: null, suggestions }
}

/** Throws `AUTH.WEAK_PASSWORD` with the reason when a password is not acceptable. */
export function requireStrongPassword(password: string, userInputs: readonly string[]): void {
  const judgement = judgePassword(password, userInputs)
  if (!judgement.isAcceptable) {
    throw new AppFailure('AUTH.WEAK_PASSWORD', `Password refused. ${judgement.reason}`, {
      reason: judgement.reason,
      suggestions: judgement.suggestions,
    })
  }
}
