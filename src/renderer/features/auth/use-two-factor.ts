import { useQuery } from '@tanstack/react-query'
import { callApi } from '../../lib/api-client'
import { authKeys } from './auth-keys'

/** Whether the signed-in person uses two-step sign-in, whether their role requires it, codes left. */
export function useTwoFactorStatus() {
  return useQuery({
    queryKey: authKeys.twoFactorStatus(),
    queryFn: () => callApi('twoFactor.status', {}),
  })
}
