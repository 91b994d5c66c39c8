import { Radio, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { PersonRecord } from '../../../shared/contract/people-schemas'
import { PersonStatus, type PersonStatusCode, labelOf } from '../../../shared/reference'
import { DateField } from '../../components/DateField'
import { FormDialog } from '../../components/FormDialog'
import { isoFromUk, ukDateProblem, ukFromIso } from '../../lib/uk-date'
import { useFormSubmit } from '../../lib/form-errors'
import { notify } from '../../lib/notify'
import { todayIso } from './person-form'
import { useRecordMutation } from './use-people'

const WHAT_IT_MEANS: Record<PersonStatusCode, string> = {
  enquiry: 'They or someone else asked about support.',
  referral: 'Someone has referred them to us.',
  active: 'We are working with them now.',
  closed: 'We have stopped working with them. The record is kept, and can be reopened.',
}

/** Moves a record on (enquiry → referral → active), closes it with a reason, or reopens it. */
export function StatusDialog({ record, onClose }: { record: PersonRecord; onClose(): void }) {
  const from = record.summary.status
  const choices = record.nextStatuses
  const setStatus = useRecordMutation('people.setStatus')
  const form = useForm({
    initialValues: { status: choices[0] as string, on: ukFromIso(todayIso()), reason: '' },
    validate: {
      on: (v) => ukDateProblem(v, true),
      reason: (v, all) =>
        all.status === 'closed' && !v.trim() ? 'Say why the record is being closed.' : null,
    },
  })
  const isReopening = from === 'closed'

  const { submit, error } = useFormSubmit(form, ['status', 'on', 'reason'], async (values) => {
    const saved = await setStatus.mutateAsync({
      ref: record.summary.ref,
      status: values.status as PersonStatusCode,
      on: isoFromUk(values.on) ?? '',
      reason: values.reason.trim() || undefined,
    })
    notify({
      title: 'Status changed',
      message: `${saved.summary.displayName} is now ${labelOf(PersonStatus, saved.summary.status).toLowerCase()}.`,
    })
    onClose()
  })

  return (
    <FormDialog
      title={isReopening ? 'Reopen this record' : 'Change status'}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTitle="Status not changed"
      submitLabel={isReopening ? 'Reopen record' : 'Change status'}
      isBusy={setStatus.isPending}
    >
      <Radio.Group
        label={`${record.summary.displayName} is ${labelOf(PersonStatus, from).toLowerCase()}. Change to:`}
        {...form.getInputProps('status')}
      >
        <Stack gap="xs" mt="xs">
          {choices.map((code) => (
            <Radio
              key={code}
              value={code}
              label={labelOf(PersonStatus, code)}
              description={WHAT_IT_MEANS[code]}
            />
          ))}
        </Stack>
      </Radio.Group>
      <DateField label="Date of the change" {...form.getInputProps('on')} />
      <Textarea
        label={form.values.status === 'closed' ? 'Why is the record being closed?' : 'Reason'}
        description={
          form.values.status === 'closed'
            ? 'For example: moved away, no longer wants support, died'
            : 'Optional'
        }
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  )
}
