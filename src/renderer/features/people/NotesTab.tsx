import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { Fragment, useState } from 'react'
import { noteSearchProblem } from '../../../shared/contract/notes-routes'
import type { NoteHit } from '../../../shared/contract/people-schemas'
import { CaseNoteKind, labelOf } from '../../../shared/reference'
import { SearchIcon } from '../../components/icons'
import { TabHeader } from '../../components/TabHeader'
import { callApi, messageOf } from '../../lib/api-client'
import { plural } from '../../lib/format'
import { hasKeptDraft } from '../../lib/kept-drafts'
import { AddNoteForm, noteDraftKey } from './AddNoteForm'
import { NoteItem, noteMeta, RestrictedBadge } from './NoteItem'
import { usePersonRecord } from './PersonLayout'
import { peopleKeys } from './people-keys'

/** Splits a search snippet, where the backend marks matches as [word], into text and <mark>s. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[([^\]]*)\]/)
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  )
}

function HitItem({ hit }: { hit: NoteHit }) {
  return (
    <Paper withBorder p="md" component="article" data-testid="note-hit">
      <Group justify="space-between" gap="sm">
        <Text fw={700}>{hit.subject || labelOf(CaseNoteKind, hit.kind)}</Text>
        {hit.isRestricted && <RestrictedBadge />}
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {noteMeta(hit.kind, hit.occurredAt, null)}
      </Text>
      <Text>
        <Snippet text={hit.snippet} />
      </Text>
    </Paper>
  )
}

function NoteSearch({ personRef }: { personRef: string }) {
  const [typed, setTyped] = useState('')
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const search = useQuery({
    queryKey: peopleKeys.noteSearch(personRef, text),
    queryFn: () => callApi('notes.search', { text, ref: personRef, limit: 50 }),
    enabled: text.length >= 2,
  })
  return (
    <Stack gap="sm" mb="lg">
      <form
        role="search"
        aria-label="Notes search"
        onSubmit={(e) => {
          e.preventDefault()
          const found = noteSearchProblem(typed)
          setProblem(found)
          setText(found ? '' : typed.trim())
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Search this person’s notes"
            leftSection={<SearchIcon />}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            className="cb-grow"
            maw={480}
            error={problem ?? undefined}
          />
          <Button type="submit" variant="default">
            Search
          </Button>
          {text && (
            <Button
              variant="subtle"
              onClick={() => {
                setText('')
                setTyped('')
              }}
            >
              Clear search
            </Button>
          )}
        </Group>
      </form>
      {search.isError && (
        <Alert color="red" role="alert" title="Search did not work">
          {messageOf(search.error)}
        </Alert>
      )}
      {text.length >= 2 && search.data && (
        <section aria-label="Notes found">
          <Text fw={600} mb="xs" aria-live="polite" data-testid="note-search-count">
            {search.data.length === 0
              ? `No notes mention “${text}”.`
              : `${plural(search.data.length, 'note')} ${search.data.length === 1 ? 'mentions' : 'mention'} “${text}”:`}
          </Text>
          <Stack gap="sm">
            {search.data.map((hit) => (
              <HitItem key={hit.noteId} hit={hit} />
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  )
}

/** Case notes, newest first; restricted ones only reach those allowed to read them. */
export function NotesTab() {
  const record = usePersonRecord()
  const ref = record.summary.ref
  // Open again after unlocking if a note was being written when Casebook locked.
  const [isWriting, setIsWriting] = useState(() => hasKeptDraft(noteDraftKey(ref)))
  const [limit, setLimit] = useState(50)
  const notes = useQuery({
    queryKey: peopleKeys.noteList(ref, limit),
    queryFn: () => callApi('notes.list', { ref, limit }),
    placeholderData: (previous) => previous,
  })
  return (
    <>
      <TabHeader
        title="Case notes"
        windowTitle={`${record.summary.displayName} · Notes`}
        description="Newest first."
        actions={
          record.canEdit &&
          !isWriting && <Button onClick={() => setIsWriting(true)}>Write a note</Button>
        }
      />
      {isWriting && <AddNoteForm personRef={ref} onDone={() => setIsWriting(false)} />}
      <NoteSearch personRef={ref} />
      {notes.isError && (
        <Alert color="red" role="alert" title="Could not load the notes">
          {messageOf(notes.error)}
        </Alert>
      )}
      {notes.data && (
        <section aria-labelledby="all-notes">
          <Title order={3} size="h4" id="all-notes">
            All notes
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {notes.data.total === 0
              ? 'No notes yet.'
              : `Showing ${Math.min(notes.data.notes.length, notes.data.total)} of ${plural(notes.data.total, 'note')}.`}
          </Text>
          <Stack gap="sm">
            {notes.data.notes.map((note) => (
              <NoteItem key={note.id} note={note} canWrite={record.canEdit} />
            ))}
          </Stack>
          {notes.data.total > notes.data.notes.length && (
            <Group justify="center" mt="md">
              <Button
                variant="default"
                onClick={() => setLimit(limit + 50)}
                loading={notes.isFetching}
              >
                Show older notes
              </Button>
            </Group>
          )}
        </section>
      )}
    </>
  )
}
