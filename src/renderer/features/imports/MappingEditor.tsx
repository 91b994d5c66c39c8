import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ColumnMapping, ImportPreview } from '../../../shared/contract/imports-routes'
import { TickIcon } from '../../components/icons'
import { callApi, messageOf } from '../../lib/api-client'
import { notify } from '../../lib/notify'
import { importsKeys } from './imports-keys'

/**
 * Which column fills which field: headings Casebook recognised are marked; any other heading gets a
 * choice of fields. A mapping can be saved by name and picked next time.
 */
export function MappingEditor({
  preview,
  isBusy,
  onChange,
  onUseSaved,
}: {
  preview: ImportPreview
  isBusy: boolean
  onChange(mapping: ColumnMapping): void
  onUseSaved(name: string): void
}) {
  const queryClient = useQueryClient()
  const mappings = useQuery({
    queryKey: importsKeys.mappings(),
    queryFn: () => callApi('imports.mappings', {}),
  })
  const [name, setName] = useState('')
  const save = useMutation({
    mutationFn: () =>
      callApi('imports.saveMapping', { name: name.trim(), mapping: preview.mapping }),
    onSuccess: async () => {
      notify({ title: 'Mapping saved', message: `You can pick “${name.trim()}” next time.` })
      setName('')
      await queryClient.invalidateQueries({ queryKey: importsKeys.mappings() })
    },
  })
  const used = new Set(Object.values(preview.mapping).filter(Boolean))
  const auto = new Set(preview.autoMapped)
  const options = (heading: string) => [
    { value: '', label: 'Not imported' },
    ...preview.fields.map((f) => ({
      value: f.key,
      label: `${f.label}${f.isRequired ? ' (needed)' : ''}`,
      disabled: used.has(f.key) && preview.mapping[heading] !== f.key,
    })),
  ]
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="mapping-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h3" id="mapping-heading">
              Columns
            </Title>
            <Text c="dimmed" size="sm">
              Each column of {preview.fileName}
              {preview.sheetName ? ` (sheet “${preview.sheetName}”)` : ''} and the field it fills.
            </Text>
          </div>
          {(mappings.data?.length ?? 0) > 0 && (
            <NativeSelect
              label="Use a saved mapping"
              value=""
              disabled={isBusy}
              onChange={(e) => e.currentTarget.value && onUseSaved(e.currentTarget.value)}
              data={[
                { value: '', label: 'Choose…' },
                ...(mappings.data ?? []).map((m) => ({ value: m.name, label: m.name })),
              ]}
            />
          )}
        </Group>
        <Table striped data-testid="import-mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Column in the file</Table.Th>
              <Table.Th scope="col">Fills this field</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.headings.map((heading) => (
              <Table.Tr key={heading}>
                <Table.Td>
                  <Group gap="xs">
                    <Text fw={600}>{heading}</Text>
                    {auto.has(heading) && (
                      <Badge
                        variant="light"
                        color="green"
                        leftSection={<TickIcon />}
                        className="cb-flag"
                      >
                        Matched automatically
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`Field for the column “${heading}”`}
                    value={preview.mapping[heading] ?? ''}
                    disabled={isBusy}
                    data={options(heading)}
                    onChange={(e) =>
                      onChange({
                        ...preview.mapping,
                        [heading]: (e.currentTarget.value || null) as ColumnMapping[string],
                      })
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            if (name.trim()) save.mutate()
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Save this mapping as"
              description="For next time you import from the same kind of spreadsheet"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={save.error ? messageOf(save.error) : undefined}
              maw={360}
              className="cb-grow"
            />
            <Button
              type="submit"
              variant="default"
              disabled={!name.trim()}
              loading={save.isPending}
            >
              Save mapping
            </Button>
          </Group>
        </form>
      </Stack>
    </Paper>
  )
}
