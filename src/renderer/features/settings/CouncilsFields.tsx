import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { type CouncilRow, emptyCouncil } from './council-rows'

/**
 * The councils an organisation works with: a name and its ONS code each, as many as needed.
 * Used by the set-up wizard and by Settings.
 */
export function CouncilsFields<V extends { councils: CouncilRow[] }>({
  form,
}: {
  form: UseFormReturnType<V>
}) {
  const rows = form.values.councils
  // The list helpers are typed per form; a council row is what every such form holds.
  const add = () =>
    (form.insertListItem as (path: string, item: CouncilRow) => void)('councils', emptyCouncil())
  return (
    <Stack gap="sm">
      {rows.map((_, index) => (
        <Fieldset
          key={index}
          legend={`Council ${index + 1}`}
          variant="filled"
          className="cb-council"
        >
          <div className="cb-council-fields">
            <TextInput
              label="Council name"
              description="As the council writes it"
              className="cb-grow"
              {...form.getInputProps(`councils.${index}.name`)}
            />
            <TextInput
              label="ONS code"
              description="For example E08000034"
              autoCapitalize="characters"
              spellCheck={false}
              className="cb-ons"
              {...form.getInputProps(`councils.${index}.onsCode`)}
            />
          </div>
          {rows.length > 1 && (
            <Group justify="flex-end" mt="xs">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => form.removeListItem('councils', index)}
                aria-label={`Remove council ${index + 1}`}
              >
                Remove
              </Button>
            </Group>
          )}
        </Fieldset>
      ))}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          ONS codes start E06, E08, E09, E10 (England), W06 (Wales) or S12 (Scotland).
        </Text>
        <Button variant="light" onClick={add} disabled={rows.length >= 50}>
          Add another council
        </Button>
      </Group>
    </Stack>
  )
}
