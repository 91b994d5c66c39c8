import { Alert, PasswordInput, Stack, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { isApiError } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'

/** The fields a backup form shows once the backup turned out to need a password of its own. */
export interface BackupKeyValues {
  file: string
  username: string
  password: string
}

/**
 * Shown after BACKUP.OTHER_KEY: the backup was made with an earlier key (before the data file was
 * re-encrypted), so the open file's key cannot read it, but a password valid back then can.
 */
export function OtherKeyFields<V extends BackupKeyValues>({
  form,
  idPrefix,
}: {
  form: UseFormReturnType<V>
  idPrefix: string
}) {
  const props = form.getInputProps as (path: string) => ReturnType<typeof form.getInputProps>
  return (
    <Stack gap="sm">
      <Alert
        color="yellow"
        variant="light"
        title="This backup needs a password from when it was made"
        data-testid={`${idPrefix}-needs-password`}
      >
        It was made before the data file was re-encrypted with a new key (or for another data file).
        Enter a password that was valid when the backup was made: yours, or another login’s with
        their username.
      </Alert>
      <div className="cb-backup-key-fields">
        <PasswordInput
          label="Password valid when the backup was made"
          description="Yours from back then, or another login’s."
          autoComplete="off"
          className="cb-grow"
          {...props('password')}
        />
        <TextInput
          label="Username (optional)"
          description="Leave blank when it is your own password."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          className="cb-grow"
          {...props('username')}
        />
      </div>
    </Stack>
  )
}

/** The key part of a backup.verify / backup.restore call: nothing (use the open file) or a password. */
export function backupKeyInput(
  values: BackupKeyValues,
  needsPassword: boolean,
): { username?: string; password?: string } {
  if (!needsPassword) return {}
  const username = values.username.trim()
  return { password: values.password, ...(username ? { username } : {}) }
}

/**
 * Shows a refused backup call where it belongs: asks for a password on BACKUP.OTHER_KEY, puts file
 * and password problems on their fields, and returns what to show above the form (or null).
 */
export function showBackupError(
  form: { setFieldError(path: string, error: string): void },
  error: unknown,
  onNeedsPassword: () => void,
): string | null {
  if (isApiError(error, 'BACKUP.OTHER_KEY')) {
    onNeedsPassword()
    return null
  }
  if (isApiError(error, 'AUTH.WRONG_PASSWORD')) {
    form.setFieldError('password', error.message)
    return null
  }
  if (isApiError(error, 'BACKUP.NOT_FOUND') || isApiError(error, 'BACKUP.NOT_A_BACKUP')) {
    form.setFieldError('file', error.message)
    return null
  }
  if (isApiError(error, 'BACKUP.TARGET_EXISTS') || isApiError(error, 'BACKUP.FOLDER_UNAVAILABLE')) {
    form.setFieldError('to', error.message)
    return null
  }
  return showFormErrors(form, error, ['file', 'to', 'username', 'password'])
}
