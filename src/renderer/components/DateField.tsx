import { TextInput, type TextInputProps } from '@mantine/core'

/**
 * A date typed the en-GB way (25/11/2026). A plain text field on purpose: the browser's own date
 * field shows the computer's locale order, which is not always day/month/year.
 */
export function DateField(props: TextInputProps) {
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      {...props}
      description={props.description ?? 'Day/month/year, like 25/11/2026'}
    />
  )
}
