import {
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CaseNote } from '../../../shared/contract/people-schemas'
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

const FIELDS = [
  'kind',
  'occurredAt',
  'durationMinutes',
  'subject',
  'body',
  'isRestricted',
  'reason',
]

/** The backend allows a time this far ahead of the clock (a time typed a minute or two early). */
const CLOCK_GRACE_MS = 15 * 60 * 1000

/** A note records what has happened: a date or time after now is refused on its field. */
function futureProblem(date: string, time: string): string | null {
  if (ukDateProblem(date, true) || !TIME.test(time.trim())) return null
  return new Date(occurredAt(date, time)).getTime() > Date.now() + CLOCK_GRACE_MS
    ? 'This is in the future: a note records what has already happened.'
    : null
}

function localTime(iso: string): string {
  const d = new Date(iso)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

function localDate(iso: string): string {
  const d = new Date(iso)
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`
}

type NoteInput = Parameters<typeof callApi<'notes.add'>>[1] & { reason: string }

/** Where an unsaved note is kept while Casebook is locked. */
export const noteDraftKey = (personRef: string) => `note:${personRef}`

/**
 * Writing a case note: what kind of contact, when, how long, and what happened. With `correcting`,
 * the same form corrects that note: it starts from the note's current text and asks why; the text it
 * replaces is kept.
 */
export function AddNoteForm({
  personRef,
  onDone,
  correcting,
}: {
  personRef: string
  onDone(): void
  correcting?: CaseNote
}) {
  const queryClient = useQueryClient()
  const add = useMutation({
    mutationFn: ({ reason, ref, isRestricted, ...fields }: NoteInput) =>
      correcting
        ? callApi('notes.correct', { noteId: correcting.id, ...fields, reason })
        : callApi('notes.add', { ref, isRestricted, ...fields }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.notes(personRef) }),
  })
  const form = useForm({
    initialValues: correcting
      ? {
          kind: correcting.kind as string,
          date: localDate(correcting.occurredAt),
          time: localTime(correcting.occurredAt),
          durationMinutes:
            correcting.durationMinutes === null ? '' : String(correcting.durationMinutes),
          subject: correcting.subject,
          body: correcting.body,
          isRestricted: correcting.isRestricted,
          reason: '',
        }
      : {
          kind: 'visit' as string,
          date: ukFromIso(todayIso()),
          time: nowTime(),
          durationMinutes: '',
          subject: '',
          body: '',
          isRestricted: false,
          reason: '',
        },
    validate: {
      date: (v, all) => ukDateProblem(v, true) ?? futureProblem(v, all.time),
      time: (v) => (TIME.test(v.trim()) ? null : 'Write the time like 14:30.'),
      reason: (v) => (correcting && !v.trim() ? 'Say why the note is being corrected.' : null),
      durationMinutes: (v) =>
        v.trim() === '' || /^\d{1,4}$/.test(v.trim())
          ? null
          : 'Write a number of minutes, like 45.',
      body: (v) => (v.trim() ? null : 'Write what happened.'),
    },
  })

  useKeptDraft(
    form,
    correcting ? `${noteDraftKey(personRef)}:${correcting.id}` : noteDraftKey(personRef),
  )

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
        reason: v.reason.trim(),
      })
      notify({
        title: correcting ? 'Note corrected' : 'Note saved',
        message: correcting
          ? 'The earlier text is kept, struck through.'
          : v.isRestricted
            ? 'A restricted note.'
            : v.subject.trim() || 'Case note',
      })
      onDone()
    },
    (e) => {
      const message = showFormErrors(form, e, FIELDS)
      if (form.errors.occurredAt) form.setFieldError('date', form.errors.occurredAt)
      return message
    },
  )

  const headingId = correcting ? `correct-note-heading-${correcting.id}` : 'add-note-heading'
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby={headingId}
      mb="lg"
      mt={correcting ? 'sm' : undefined}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={correcting ? 4 : 3} size="h4" id={headingId}>
            {correcting ? 'Correct this note' : 'Write a note'}
          </Title>
          {correcting && (
            <Text size="sm">
              Change what is wrong. The note will read as corrected, and what it says now stays on
              the record, struck through, with your name, today’s date and your reason.
            </Text>
          )}
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
          {correcting ? (
            <Textarea
              label="Why it is corrected"
              description="For example: wrong date, or the person asked for a mistake to be put right."
              autosize
              minRows={2}
              {...form.getInputProps('reason')}
            />
          ) : (
            <Checkbox
              label="Restricted"
              description="A restricted note is seen only by you, coordinators and administrators: not by other advisers, finance staff or viewers."
              {...form.getInputProps('isRestricted', { type: 'checkbox' })}
            />
          )}
          <FormFooter
            error={error}
            errorTitle={correcting ? 'Correction not saved' : 'Note not saved'}
            onCancel={onDone}
            submitLabel={correcting ? 'Save correction' : 'Save note'}
            isBusy={add.isPending}
          />
        </Stack>
      </form>
    </Paper>
  )
}
