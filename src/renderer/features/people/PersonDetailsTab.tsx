import { Paper, Stack, Table, Text, Title } from '@mantine/core'
import {
  AccommodationStatus,
  PersonStatus,
  ContactMethod,
  EmploymentStatus,
  Ethnicity,
  Gender,
  labelOf,
  PrimarySupportReason,
} from '../../../shared/reference'
import { flagWords } from '../../components/Flags'
import { Facts, TabHeader } from '../../components/TabHeader'
import { formatDate, formatNhsNumber } from '../../lib/format'
import { usePersonRecord } from './PersonLayout'

/** The record's details as text, and how its status has changed over time. */
export function PersonDetailsTab() {
  const record = usePersonRecord()
  const f = record.fields
  const s = record.summary
  const address = [f.addressLine1, f.addressLine2, f.town, f.postcode].filter(Boolean).join(', ')
  const flags = flagWords(f.flags)
  return (
    <>
      <TabHeader title="Details" windowTitle={`${s.displayName} · Details`} />
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <Facts
            items={[
              ['Legal name', s.legalName],
              ['Preferred name', f.preferredName],
              ['Date of birth', formatDate(f.dateOfBirth)],
              ...(f.dateOfDeath ? [['Date of death', formatDate(f.dateOfDeath)] as const] : []),
              ['NHS number', formatNhsNumber(f.nhsNumber)],
              ['Council', record.council?.name],
              ['Council person ID', f.councilPersonId],
              ['Address', address],
              ['Phone', f.phone],
              ['Email', f.email],
              ['Best way to contact them', labelOf(ContactMethod, f.preferredContact)],
              ['Communication needs', f.communicationNeeds],
              ['Gender', labelOf(Gender, f.gender)],
              ['Ethnicity', labelOf(Ethnicity, f.ethnicity)],
              ['Primary support reason', labelOf(PrimarySupportReason, f.primarySupportReason)],
              ['Accommodation', labelOf(AccommodationStatus, f.accommodationStatus)],
              ['Employment', labelOf(EmploymentStatus, f.employmentStatus)],
              ['Flags', flags.length ? flags.join(', ') : 'None'],
              ['Key worker', s.keyWorker?.name ?? 'Nobody yet'],
            ]}
          />
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="status-history">
          <Title order={3} size="h4" id="status-history" mb="sm">
            Status history
          </Title>
          {record.statusHistory.length === 0 ? (
            <Text>No changes recorded.</Text>
          ) : (
            <Table striped data-testid="status-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Date</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Reason</Table.Th>
                  <Table.Th scope="col">By</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {record.statusHistory.map((change, i) => (
                  <Table.Tr key={i}>
                    <Table.Td className="cb-nowrap">{formatDate(change.changedOn)}</Table.Td>
                    <Table.Td>{labelOf(PersonStatus, change.status)}</Table.Td>
                    <Table.Td>{change.reason ?? ''}</Table.Td>
                    <Table.Td>{change.changedBy ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </Stack>
    </>
  )
}
