import { Alert, Paper, Table, Text } from '@mantine/core'
import { PageHeader } from '../../components/PageHeader'
import { useAbout } from './use-about'
import { casebook, messageOf } from '../../lib/api-client'

/** Version and where the data lives: what support needs to know. */
export function AboutPage() {
  const about = useAbout()
  return (
    <>
      <PageHeader title="About Casebook" />
      {about.isError && (
        <Alert color="red" role="alert" title="Could not read the details">
          {messageOf(about.error)}
        </Alert>
      )}
      {about.data && (
        <Paper withBorder p="lg" maw={760}>
          <Table variant="vertical" layout="fixed" withTableBorder={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={200} scope="row">
                  Version
                </Table.Th>
                <Table.Td data-testid="about-version">{about.data.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">Data file</Table.Th>
                <Table.Td className="cb-break" data-testid="about-data-file">
                  {about.data.dataFile}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">Database version</Table.Th>
                <Table.Td>{about.data.schemaVersion ?? 'Not open'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">Running as</Table.Th>
                <Table.Td>
                  {casebook().host === 'web'
                    ? 'Web harness (for development and tests)'
                    : 'Desktop app'}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed" mt="md">
            The data file is encrypted. Keep it on this computer’s own disk, not a shared network
            drive, and make sure backups run (Admin → Settings).
          </Text>
        </Paper>
      )}
    </>
  )
}
