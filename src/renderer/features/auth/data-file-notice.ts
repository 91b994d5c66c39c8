/**
 * A message for the sign-in screen from what happened just before it appeared (a switch to a
 * restored file signs everyone out): notifications are cleared when the session ends, so it waits here.
 */
let waiting: string | null = null

export function leaveSignInNotice(message: string): void {
  waiting = message
}

/** The waiting message, once: showing it again after the next sign-in would confuse. */
export function takeSignInNotice(): string | null {
  const message = waiting
  waiting = null
  return message
}
