import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { findUnsafeCharacter } from '../../../shared/unsafe-characters'
import { callApi } from '../../lib/api-client'
import { authKeys } from './auth-keys'

/**
 * Asks the backend how strong a proposed password is, a moment after typing stops. The backend's
 * judgement (zxcvbn, with names and the organisation as things to avoid) is the one that counts.
 */
export function usePasswordStrength(password: string, userInputs: readonly string[]) {
  const [debounced] = useDebouncedValue(password, 250)
  const inputs = userInputs
    .map((s) => s.trim().slice(0, 200))
    // A name stored before control characters were refused would make the route refuse the check.
    .filter((s) => s && !findUnsafeCharacter(s, 'single-line'))
    .slice(0, 10)
  return useQuery({
    queryKey: authKeys.passwordStrength(debounced, inputs),
    queryFn: () => callApi('auth.checkPassword', { password: debounced, userInputs: inputs }),
    enabled: debounced.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 0,
  })
}
