import { Username } from '../../../shared/contract/auth-schemas'
import type { Role } from '../../../shared/roles'
import { type CouncilRow, councilErrors, emptyCouncil } from '../settings/council-rows'

export interface SetupValues {
  organisationName: string
  councils: CouncilRow[]
  username: string
  displayName: string
  password: string
  confirm: string
  /** Two-step sign-in for administrators and budget managers (recommended, so ticked at first). */
  askForCode: boolean
}

export const initialSetupValues: SetupValues = {
  organisationName: '',
  councils: [emptyCouncil()],
  username: '',
  displayName: '',
  password: '',
  confirm: '',
  askForCode: true,
}

/** The roles asked for a code from an authenticator app at sign-in, as set-up chooses them. */
export function secondFactorRolesOf(values: SetupValues): Role[] {
  return values.askForCode ? ['admin', 'finance'] : []
}

/** Errors for the organisation step (name and councils). */
export function organisationStepErrors(values: SetupValues): Record<string, string> {
  const errors = councilErrors(values.councils)
  if (!values.organisationName.trim()) errors.organisationName = 'Enter the organisation’s name.'
  else if (values.organisationName.trim().length > 120)
    errors.organisationName = 'Use at most 120 characters.'
  return errors
}

/** Errors for the first-administrator step. */
export function adminStepErrors(values: SetupValues): Record<string, string> {
  const errors: Record<string, string> = {}
  const username = Username.safeParse(values.username)
  if (!values.username.trim()) errors.username = 'Choose a username, for example sam.jones.'
  else if (!username.success) errors.username = username.error.issues[0]!.message
  if (!values.displayName.trim()) errors.displayName = 'Enter the administrator’s full name.'
  if (!values.password) errors.password = 'Choose a password.'
  if (values.confirm !== values.password) errors.confirm = 'The two passwords differ.'
  return errors
}
