import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { ImportPreview } from '../../../shared/contract/imports-routes'
import type { RouteOutput } from '../../../shared/contract/routes'
import { plural } from '../../lib/format'

const SHOWN = 200

/** What the import did: who was added (with links), and which rows were left out. */
export function ImportReport({
  result,
  preview,
  excluded,
  onAgain,
}: {
  result: RouteOutput<'imports.commit'>
  preview: ImportPreview
  excluded: ReadonlySet<number>
  onAgain(): void
}) {
  const included = preview.rows.filter((r) => !excluded.has(r.rowNumber))
  const name = (values: Record<string, string>) =>
    [values.legalGivenName, values.legalFamilyName].filter(Boolean).join(' ')
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" role="status" data-testid="import-report">
        <Text fw={700} size="lg">
          {plural(result.refs.length, 'person', 'people')} imported from {preview.fileName}.
        </Text>
        <Text>
          {result.referrals > 0 && `${plural(result.referrals, 'referral')} recorded. `}
          {result.excluded.length > 0
            ? `Left out: row${result.excluded.length === 1 ? '' : 's'} ${result.excluded.join(', ')}.`
            : 'No rows were left out.'}
        </Text>
      </Paper>
      <Paper withBorder>
        <Table striped>
          <Table.Caption>
            {result.refs.length > SHOWN
              ? `The first ${SHOWN} of ${result.refs.length} people added`
              : 'People added'}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Row</Table.Th>
              <Table.Th scope="col">Reference</Table.Th>
              <Table.Th scope="col">Name</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.refs.slice(0, SHOWN).map((ref, i) => (
              <Table.Tr key={ref}>
                <Table.Td>{included[i]?.rowNumber ?? ''}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/people/${ref}`}>
                    {ref}
                  </Anchor>
                </Table.Td>
                <Table.Td>{included[i] ? name(included[i].values) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group>
        <Button component={Link} to="/people">
          Go to People
        </Button>
        <Button variant="default" onClick={onAgain}>
          Import another file
        </Button>
      </Group>
    </Stack>
  )
}
