import { Paper, Stack, Textarea, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CaseNote } from '../../../shared/contract/people-schemas'
import { FormFooter } from '../../components/FormDialog'
import { callApi } from '../../lib/api-client'
import { showFormErrors, useSubmitWithErrors } from '../../lib/form-errors'
import { notify } from '../../lib/notify'
import { peopleKeys } from './people-keys'

/** Adds to a note without changing what it says: written now, by whoever is signed in. */
export function AddendumForm({ note, onDone }: { note: CaseNote; onDone(): void }) {
  const queryClient = useQueryClient()
  const add = useMutation({
    mutationFn: (body: string) => callApi('notes.addTo', { noteId: note.id, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.notes(note.personRef) }),
  })
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (v) => (v.trim() ? null : 'Write what to add.') },
  })
  const { submit, error } = useSubmitWithErrors(
    form,
    async (v) => {
      await add.mutateAsync(v.body.trim())
      notify({ title: 'Addendum saved', message: 'The note’s own text is unchanged.' })
      onDone()
    },
    (e) => showFormErrors(form, e, ['body']),
  )
  const headingId = `addendum-heading-${note.id}`
  return (
    <Paper withBorder p="md" mt="sm" component="section" aria-labelledby={headingId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4} size="h5" id={headingId}>
            Add to this note
          </Title>
          <Textarea
            label="Addendum"
            description="Added below the note, with your name and today’s date. The note itself is not changed."
            autosize
            minRows={3}
            data-autofocus
            classNames={{ input: 'cb-calm-text' }}
            {...form.getInputProps('body')}
          />
          <FormFooter
            error={error}
            errorTitle="Addendum not saved"
            onCancel={onDone}
            submitLabel="Save addendum"
            isBusy={add.isPending}
          />
        </Stack>
      </form>
    </Paper>
  )
}
