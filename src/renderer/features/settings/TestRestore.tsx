import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { RouteOutput } from '../../../shared/contract/routes'
import { FormError } from '../../components/FormError'
import { JobProgress } from '../../components/JobProgress'
import { TickIcon, WarningIcon } from '../../components/icons'
import { isApiError, messageOf } from '../../lib/api-client'
import { formatDateTime } from '../../lib/format'
import { useJob } from '../../lib/use-job'
import { settingsKeys } from './settings-keys'
import { tableWords } from './table-words'

type Drill = RouteOutput<'backup.testRestore'>

function DrillResult({ drill }: { drill: Drill }) {
  const isPassed = drill.result === 'passed'
  return (
    <Alert
      color={isPassed ? 'green' : 'red'}
      variant="light"
      title={
        <span className="cb-icon-title">
          {isPassed ? <TickIcon /> : <WarningIcon />}
          {isPassed ? 'Restore test passed' : 'Restore test failed'}
        </span>
      }
      data-testid="restore-test-result"
    >
      <Stack gap="sm">
        <Text size="sm">{drill.detail}</Text>
        {drill.backupPath && (
          <Text size="sm">
            Backup tested: <span className="cb-break">{drill.backupPath}</span>
            {drill.backupMadeAt && ` (made ${formatDateTime(drill.backupMadeAt)})`}
          </Text>
        )}
        {drill.tables.length > 0 && (
          <Table
            withTableBorder
            verticalSpacing={4}
            fz="sm"
            className="cb-drill-table"
            data-testid="restore-test-tables"
          >
            <Table.Caption>
              Rows in each table: in the backup, and in the data file now (new work since the backup
              makes these differ)
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Table</Table.Th>
                <Table.Th scope="col" ta="right">
                  In the backup
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Now
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {drill.tables.map((table) => (
                <Table.Tr key={table.name} data-table={table.name}>
                  <Table.Th scope="row" fw={400}>
                    {tableWords(table.name)}
                  </Table.Th>
                  <Table.Td ta="right">{table.inBackup.toLocaleString('en-GB')}</Table.Td>
                  <Table.Td ta="right">{table.now.toLocaleString('en-GB')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Alert>
  )
}

/**
 * "Test a restore": the newest backup restored to a scratch copy, opened, checked and compared with
 * the data file, as it would be on the day it is needed. Recorded, so the backup status can say when
 * a restore was last shown to work. Its heading sits under the page's own on the Backups page and
 * under the Backups section's in Settings.
 */
export function TestRestore({ headingOrder = 3 }: { headingOrder?: 2 | 3 }) {
  const queryClient = useQueryClient()
  const job = useJob('drill')
  const [drill, setDrill] = useState<Drill | null>(null)
  const [error, setError] = useState<string | null>(null)

  const run = async () => {
    setError(null)
    setDrill(null)
    try {
      setDrill(await job.run('backup.testRestore', {}))
    } catch (e) {
      setError(
        isApiError(e, 'JOB.CANCELLED')
          ? 'The test was stopped. Nothing was changed.'
          : messageOf(e),
      )
    } finally {
      await queryClient.invalidateQueries({ queryKey: settingsKeys.backupStatus() })
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="test-restore">
      <Title order={headingOrder} size="h4" id="test-restore">
        Test a restore
      </Title>
      <Text size="sm">
        Restores the newest backup to a scratch copy, opens and checks it, and compares it with the
        data file in use, as you would on the day you need it. Nothing in use changes, and the copy
        is deleted afterwards.
      </Text>
      <Group>
        <Button variant="default" onClick={() => void run()} loading={job.isRunning}>
          Test a restore
        </Button>
        {job.isRunning && (
          <Button variant="default" onClick={job.cancel}>
            Stop
          </Button>
        )}
      </Group>
      {job.isRunning && (
        <JobProgress
          progress={job.progress}
          label="Restore test progress"
          waiting="Starting the restore test…"
          testId="restore-test-progress"
        />
      )}
      <FormError message={error} title="The restore could not be tested" />
      {drill && <DrillResult drill={drill} />}
    </Stack>
  )
}
