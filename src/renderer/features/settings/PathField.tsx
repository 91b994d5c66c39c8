import { Button, Group, TextInput, type TextInputProps } from '@mantine/core'
import type { ReactNode } from 'react'
import type { FilePurpose } from '../../../shared/contract/api'
import { casebook } from '../../lib/api-client'

/**
 * A file path typed in full, with "Choose…" beside it where the host has a native picker (the
 * desktop app; the web harness has none). `actions` are further buttons beside the field.
 */
export function PathField({
  purpose,
  onChosen,
  actions,
  disabled,
  label,
  ...input
}: TextInputProps & {
  purpose: FilePurpose
  label: string
  onChosen(path: string): void
  actions?: ReactNode
}) {
  const hasPicker = casebook().host === 'electron'
  const choose = async () => {
    const path = await casebook().chooseFile(purpose)
    if (path !== null) onChosen(path)
  }
  return (
    <Group align="flex-end" wrap="nowrap">
      <TextInput
        label={label}
        className="cb-grow"
        spellCheck={false}
        autoComplete="off"
        disabled={disabled}
        {...input}
      />
      {hasPicker && (
        <Button
          variant="default"
          disabled={disabled}
          onClick={() => void choose()}
          aria-label={`Choose… ${label}`}
        >
          Choose…
        </Button>
      )}
      {actions}
    </Group>
  )
}
