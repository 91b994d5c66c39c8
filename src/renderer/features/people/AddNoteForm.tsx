import { Checkbox, Group, Paper, Radio, Stack, TextInput, Textarea, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { CaseNoteKind, type CaseNoteKindCode } from '../../../shared/reference'
import { DateField } from '../../components/DateField'
import { FormFooter } from '../../components/FormDialog'
import { callApi } from '../../lib/api-client'
import { showFormErrors, useSubmitWithErrors } from '../../lib/form-errors'
import { notify } from '../../lib/notify'
import { readUkDate, ukDateProblem, ukFromIso } from '../../lib/uk-date'
import { useKeptDraft } from '../../lib/kept-drafts'
import { todayIso } from './person-form'
import { peopleKeys } from './people-keys'

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/

function nowTime(): string {
  const d = new Date()
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

/** The moment from a typed date and 24-hour time, as an ISO timestamp (local time). */
function occurredAt(date: string, time: string): string {
  const [y, m, d] = readUkDate(date)!.split('-').map(Number) as [number, number, number]
  const [, hh, mm] = TIME.exec(time.trim())!
  return new Date(y, m - 1, d, Number(hh), Number(mm)).toISOString()
}

const FIELDS = ['kind', 'occurredAt', 'durationMinutes', 'subject', 'body', 'isRestricted']

/** Where an unsaved note is kept while Casebook is locked. */
export const noteDraftKey = (personRef: string) => `note:${personRef}`

/** Writing a case note: what kind of contact, when, how long, and what happened. */
export function AddNoteForm({ personRef, onDone }: { personRef: string; onDone(): void }) {
  const queryClient = useQueryClient()
  const add = useMutation({
    mutationFn: (input: Parameters<typeof callApi<'notes.add'>>[1]) => callApi('notes.add', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.notes(personRef) }),
  })
  const form = useForm({
    initialValues: {
      kind: 'visit' as string,
      date: ukFromIso(todayIso()),
      time: nowTime(),
      durationMinutes: '',
      subject: '',
      body: '',
      isRestricted: false,
    },
    validate: {
      date: (v) => ukDateProblem(v, true),
      time: (v) => (TIME.test(v.trim()) ? null : 'Write the time like 14:30.'),
      durationMinutes: (v) =>
        v.trim() === '' || /^\d{1,4}$/.test(v.trim())
          ? null
          : 'Write a number of minutes, like 45.',
      body: (v) => (v.trim() ? null : 'Write what happened.'),
    },
  })

  useKeptDraft(form, noteDraftKey(personRef))

  const { submit, error } = useSubmitWithErrors(
    form,
    async (v) => {
      await add.mutateAsync({
        ref: personRef,
        kind: v.kind as CaseNoteKindCode,
        occurredAt: occurredAt(v.date, v.time),
        durationMinutes: v.durationMinutes.trim() ? Number(v.durationMinutes) : null,
        subject: v.subject.trim(),
        body: v.body.trim(),
        isRestricted: v.isRestricted,
      })
      notify({
        title: 'Note saved',
        message: v.isRestricted ? 'A restricted note.' : v.subject.trim() || 'Case note',
      })
      onDone()
    },
    (e) => {
      const message = showFormErrors(form, e, FIELDS)
      if (form.errors.occurredAt) form.setFieldError('date', form.errors.occurredAt)
      return message
    },
  )

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="add-note-heading" mb="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={3} size="h4" id="add-note-heading">
            Write a note
          </Title>
          <Radio.Group label="What kind of contact" {...form.getInputProps('kind')}>
            <Group gap="lg" mt="xs">
              {CaseNoteKind.items.map((k) => (
                <Radio key={k.code} value={k.code} label={k.label} />
              ))}
            </Group>
          </Radio.Group>
          <div className="cb-form-grid">
            <DateField label="Date" {...form.getInputProps('date')} />
            <TextInput
              label="Time"
              description="24-hour clock, like 14:30"
              inputMode="numeric"
              autoComplete="off"
              {...form.getInputProps('time')}
            />
            <TextInput
              label="How long (minutes)"
              description="Optional"
              inputMode="numeric"
              autoComplete="off"
              {...form.getInputProps('durationMinutes')}
            />
          </div>
          <TextInput label="Subject" data-autofocus {...form.getInputProps('subject')} />
          <Textarea
            label="Note"
            autosize
            minRows={5}
            classNames={{ input: 'cb-calm-text' }}
            {...form.getInputProps('body')}
          />
          <Checkbox
            label="Restricted"
            description="A restricted note is seen only by you, coordinators and administrators: not by other advisers, finance staff or viewers."
            {...form.getInputProps('isRestricted', { type: 'checkbox' })}
          />
          <FormFooter
            error={error}
            errorTitle="Note not saved"
            onCancel={onDone}
            submitLabel="Save note"
            isBusy={add.isPending}
          />
        </Stack>
      </form>
    </Paper>
  )
}
