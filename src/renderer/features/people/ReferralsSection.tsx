import { Button, NativeSelect, Table, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { Referral } from '../../../shared/contract/people-schemas'
import { ReferralSource, labelOf } from '../../../shared/reference'
import { DateField } from '../../components/DateField'
import { FormDialog } from '../../components/FormDialog'
import { FormSection } from '../../components/FormSection'
import { useFormSubmit } from '../../lib/form-errors'
import { formatDate } from '../../lib/format'
import { notify } from '../../lib/notify'
import {
  type ReferralFormValues,
  codeOptions,
  emptyReferral,
  referralFromRecord,
  referralToFields,
  referralValidation,
  todayIso,
} from './person-form'
import { usePartMutation } from './use-people'

const FIELDS = [
  'source',
  'sourceDetail',
  'receivedOn',
  'reason',
  'firstContactOn',
  'outcome',
  'outcomeOn',
]

function ReferralDialog({
  personRef,
  referral,
  onClose,
}: {
  personRef: string
  referral: Referral | null
  onClose(): void
}) {
  const add = usePartMutation('referrals.add', personRef)
  const update = usePartMutation('referrals.update', personRef)
  const form = useForm<ReferralFormValues>({
    initialValues: referral ? referralFromRecord(referral) : emptyReferral(todayIso()),
    validate: referralValidation,
  })
  const { submit, error } = useFormSubmit(
    form,
    FIELDS,
    async (values) => {
      const fields = referralToFields(values)
      if (referral) await update.mutateAsync({ ref: personRef, id: referral.id, referral: fields })
      else await add.mutateAsync({ ref: personRef, referral: fields })
      notify({ title: 'Referral saved', message: labelOf(ReferralSource, values.source) })
      onClose()
    },
    'referral.',
  )
  return (
    <FormDialog
      title={referral ? 'Change a referral' : 'Record a referral'}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTitle="Not saved"
      submitLabel={referral ? 'Save referral' : 'Record referral'}
      isBusy={add.isPending || update.isPending}
    >
      <div className="cb-form-grid">
        <NativeSelect
          label="Who referred them"
          data={codeOptions(ReferralSource).slice(1)}
          data-autofocus
          {...form.getInputProps('source')}
        />
        <TextInput
          label="Name of the referrer"
          description="A person or team, if known"
          {...form.getInputProps('sourceDetail')}
        />
        <DateField label="Date received" {...form.getInputProps('receivedOn')} />
      </div>
      <Textarea
        label="Reason for the referral"
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
      <div className="cb-form-grid">
        <DateField
          label="First contact"
          description="When we first spoke to them. Day/month/year"
          {...form.getInputProps('firstContactOn')}
        />
        <DateField
          label="Outcome date"
          description="Optional. Day/month/year"
          {...form.getInputProps('outcomeOn')}
        />
      </div>
      <Textarea
        label="Outcome"
        description="What happened: for example support plan started, signposted elsewhere"
        autosize
        minRows={2}
        {...form.getInputProps('outcome')}
      />
    </FormDialog>
  )
}

/** How the person came to the organisation: each referral, first contact and outcome. */
export function ReferralsSection({
  personRef,
  referrals,
  canEdit,
}: {
  personRef: string
  referrals: readonly Referral[]
  canEdit: boolean
}) {
  const [editing, setEditing] = useState<Referral | 'new' | null>(null)
  return (
    <FormSection
      id="referrals"
      title="Referrals"
      actions={canEdit && <Button onClick={() => setEditing('new')}>Record a referral</Button>}
    >
      {referrals.length === 0 ? (
        <Text>No referrals recorded.</Text>
      ) : (
        <Table striped data-testid="referrals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Received</Table.Th>
              <Table.Th scope="col">From</Table.Th>
              <Table.Th scope="col">Reason</Table.Th>
              <Table.Th scope="col">First contact</Table.Th>
              <Table.Th scope="col">Outcome</Table.Th>
              {canEdit && (
                <Table.Th scope="col">
                  <span className="cb-visually-hidden">Actions</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {referrals.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td className="cb-nowrap">{formatDate(r.receivedOn)}</Table.Td>
                <Table.Td>
                  {labelOf(ReferralSource, r.source)}
                  {r.sourceDetail && (
                    <Text size="sm" c="dimmed">
                      {r.sourceDetail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.reason ?? ''}</Table.Td>
                <Table.Td className="cb-nowrap">
                  {formatDate(r.firstContactOn) || 'Not yet'}
                </Table.Td>
                <Table.Td>
                  {r.outcome ?? 'Not yet'}
                  {r.outcomeOn && ` (${formatDate(r.outcomeOn)})`}
                </Table.Td>
                {canEdit && (
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setEditing(r)}
                      aria-label={`Change the referral received ${formatDate(r.receivedOn)}`}
                    >
                      Change
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ReferralDialog
          personRef={personRef}
          referral={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </FormSection>
  )
}
