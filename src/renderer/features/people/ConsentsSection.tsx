import { Button, NativeSelect, Table, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { Consent, ConsentFields } from '../../../shared/contract/people-schemas'
import { ConsentPurpose, labelOf } from '../../../shared/reference'
import type { z } from 'zod'
import { DateField } from '../../components/DateField'
import { FormDialog } from '../../components/FormDialog'
import { FormSection } from '../../components/FormSection'
import { useFormSubmit } from '../../lib/form-errors'
import { formatDate } from '../../lib/format'
import { notify } from '../../lib/notify'
import { isoFromUk, ukDateProblem, ukFromIso } from '../../lib/uk-date'
import { codeOptions, todayIso } from './person-form'
import { usePartMutation } from './use-people'

type ConsentInput = z.input<typeof ConsentFields>

function consentState(c: Consent): string {
  if (c.withdrawnOn) return `Withdrawn ${formatDate(c.withdrawnOn)}`
  if (c.isCurrent) return 'Current'
  return c.expiresOn ? `Expired ${formatDate(c.expiresOn)}` : 'Not current'
}

function AddConsentDialog({ personRef, onClose }: { personRef: string; onClose(): void }) {
  const add = usePartMutation('consents.add', personRef)
  const form = useForm({
    initialValues: {
      purpose: 'share-with-council',
      detail: '',
      givenBy: '',
      givenOn: ukFromIso(todayIso()),
      expiresOn: '',
    },
    validate: {
      givenBy: (v) => (v.trim() ? null : 'Say who gave it: the person, or who for them.'),
      givenOn: (v) => ukDateProblem(v, true),
      expiresOn: (v) => ukDateProblem(v),
    },
  })
  const { submit, error } = useFormSubmit(
    form,
    ['purpose', 'detail', 'givenBy', 'givenOn', 'expiresOn'],
    async (v) => {
      await add.mutateAsync({
        ref: personRef,
        consent: {
          purpose: v.purpose as ConsentInput['purpose'],
          detail: v.detail.trim() || null,
          givenBy: v.givenBy.trim(),
          givenOn: isoFromUk(v.givenOn) ?? '',
          expiresOn: isoFromUk(v.expiresOn),
        },
      })
      notify({ title: 'Consent recorded', message: labelOf(ConsentPurpose, v.purpose) })
      onClose()
    },
    'consent.',
  )
  return (
    <FormDialog
      title="Record a consent"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTitle="Not recorded"
      submitLabel="Record consent"
      isBusy={add.isPending}
    >
      <NativeSelect
        label="What they agreed to"
        data={codeOptions(ConsentPurpose).slice(1)}
        data-autofocus
        {...form.getInputProps('purpose')}
      />
      <TextInput
        label="What exactly"
        description="Optional: for example which council, or which photos"
        {...form.getInputProps('detail')}
      />
      <TextInput
        label="Given by"
        description="The person, or who gave it for them and why"
        {...form.getInputProps('givenBy')}
      />
      <div className="cb-form-grid">
        <DateField label="Date given" {...form.getInputProps('givenOn')} />
        <DateField
          label="Expires on"
          description="Optional. Day/month/year"
          {...form.getInputProps('expiresOn')}
        />
      </div>
    </FormDialog>
  )
}

function WithdrawDialog({
  personRef,
  consent,
  onClose,
}: {
  personRef: string
  consent: Consent
  onClose(): void
}) {
  const withdraw = usePartMutation('consents.withdraw', personRef)
  const form = useForm({
    initialValues: { on: ukFromIso(todayIso()) },
    validate: { on: (v) => ukDateProblem(v, true) },
  })
  const { submit, error } = useFormSubmit(form, ['on'], async (v) => {
    await withdraw.mutateAsync({ ref: personRef, id: consent.id, on: isoFromUk(v.on) ?? '' })
    notify({ title: 'Consent withdrawn', message: labelOf(ConsentPurpose, consent.purpose) })
    onClose()
  })
  return (
    <FormDialog
      title="Record that consent was withdrawn"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTitle="Not recorded"
      submitLabel="Record withdrawal"
      submitColor="red"
      isBusy={withdraw.isPending}
    >
      <Text>{labelOf(ConsentPurpose, consent.purpose)}</Text>
      <DateField label="Date withdrawn" data-autofocus {...form.getInputProps('on')} />
    </FormDialog>
  )
}

/** What the person has agreed to, by whom and until when; withdrawals are kept. */
export function ConsentsSection({
  personRef,
  consents,
  canEdit,
}: {
  personRef: string
  consents: readonly Consent[]
  canEdit: boolean
}) {
  const [isAdding, setIsAdding] = useState(false)
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null)
  return (
    <FormSection
      id="consents"
      title="Consents"
      actions={canEdit && <Button onClick={() => setIsAdding(true)}>Record a consent</Button>}
    >
      {consents.length === 0 ? (
        <Text>No consents recorded yet.</Text>
      ) : (
        <Table striped data-testid="consents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">What they agreed to</Table.Th>
              <Table.Th scope="col">Given by</Table.Th>
              <Table.Th scope="col">Given</Table.Th>
              <Table.Th scope="col">Expires</Table.Th>
              <Table.Th scope="col">Now</Table.Th>
              {canEdit && (
                <Table.Th scope="col">
                  <span className="cb-visually-hidden">Actions</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {consents.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  {labelOf(ConsentPurpose, c.purpose)}
                  {c.detail && (
                    <Text size="sm" c="dimmed">
                      {c.detail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{c.givenBy}</Table.Td>
                <Table.Td className="cb-nowrap">{formatDate(c.givenOn)}</Table.Td>
                <Table.Td className="cb-nowrap">
                  {formatDate(c.expiresOn) || 'No end date'}
                </Table.Td>
                <Table.Td>{consentState(c)}</Table.Td>
                {canEdit && (
                  <Table.Td ta="right">
                    {!c.withdrawnOn && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setWithdrawing(c)}
                        aria-label={`Withdraw: ${labelOf(ConsentPurpose, c.purpose)}`}
                      >
                        Withdraw…
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {isAdding && <AddConsentDialog personRef={personRef} onClose={() => setIsAdding(false)} />}
      {withdrawing && (
        <WithdrawDialog
          personRef={personRef}
          consent={withdrawing}
          onClose={() => setWithdrawing(null)}
        />
      )}
    </FormSection>
  )
}
