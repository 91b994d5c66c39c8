import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { CaseNote, NoteText } from '../../../shared/contract/people-schemas'
import { CaseNoteKind, labelOf } from '../../../shared/reference'
import { LockIcon } from '../../components/icons'
import { formatDateTime, plural } from '../../lib/format'
import { AddendumForm } from './AddendumForm'
import { AddNoteForm } from './AddNoteForm'

export function RestrictedBadge() {
  return (
    <Badge variant="light" color="grape" leftSection={<LockIcon />} className="cb-flag">
      Restricted
    </Badge>
  )
}

export function noteMeta(kind: string, at: string, minutes: number | null, author?: string) {
  return [
    labelOf(CaseNoteKind, kind),
    formatDateTime(at),
    minutes !== null && plural(minutes, 'minute'),
    author && `by ${author}`,
  ]
    .filter(Boolean)
    .join(' · ')
}

/** Longer than this many characters or lines, a text starts collapsed behind "Show more". */
const SHORT_CHARACTERS = 600
const SHORT_LINES = 8

/** Where a long text is cut while collapsed: at a line break or a space near the limit. */
function shortened(text: string): string | null {
  const lines = text.split('\n')
  let cut = text.length > SHORT_CHARACTERS ? SHORT_CHARACTERS : text.length
  if (lines.length > SHORT_LINES) cut = Math.min(cut, lines.slice(0, SHORT_LINES).join('\n').length)
  if (cut === text.length) return null
  const space = text.lastIndexOf(' ', cut)
  return `${text.slice(0, space > cut / 2 ? space : cut).trimEnd()}…`
}

/** A note's text, collapsed with "Show more" when long, so the list can be scanned. */
function LongText({ text, label }: { text: string; label: string }) {
  const [isOpen, setIsOpen] = useState(false)
  const short = shortened(text)
  return (
    <>
      <Text className="cb-prose" component="div">
        {short && !isOpen ? short : text}
      </Text>
      {short && (
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={isOpen}
          aria-label={`${isOpen ? 'Show less' : 'Show more'} of ${label}`}
          onClick={() => setIsOpen(!isOpen)}
        >
          {isOpen ? 'Show less' : 'Show more'}
        </Button>
      )}
    </>
  )
}

type EarlierText = CaseNote['earlier'][number]

/** A replaced text, struck through, saying who wrote it and who corrected it, when and why. */
function EarlierItem({ text, title }: { text: EarlierText; title: string }) {
  return (
    <div className="cb-note-earlier" data-testid="note-earlier">
      <Text size="sm" c="dimmed">
        Earlier text, written {formatDateTime(text.createdAt)} by {text.author.name}; corrected{' '}
        {formatDateTime(text.correctedAt)} by {text.correctedBy.name}. Why: {text.reason}
      </Text>
      <del>
        <Text size="sm" fw={600} span>
          {text.subject || labelOf(CaseNoteKind, text.kind)} ·{' '}
          {noteMeta(text.kind, text.occurredAt, text.durationMinutes)}
        </Text>
        <LongText text={text.body} label={`the earlier text of ${title}`} />
      </del>
    </div>
  )
}

function AddendumItem({ text, title }: { text: NoteText; title: string }) {
  return (
    <div className="cb-note-addendum" data-testid="note-addendum">
      <Text size="sm" fw={600}>
        Addendum, {formatDateTime(text.createdAt)} by {text.author.name}
      </Text>
      <LongText text={text.body} label={`the addendum to ${title}`} />
    </div>
  )
}

/**
 * One case note as it reads now, with the texts it replaced (struck through) and its addenda. A
 * note is never edited: "Correct" writes a new text and keeps the old; "Add an addendum" adds to it.
 */
export function NoteItem({ note, canWrite }: { note: CaseNote; canWrite: boolean }) {
  const [doing, setDoing] = useState<'correct' | 'add' | null>(null)
  const title = note.subject || labelOf(CaseNoteKind, note.kind)
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={`note-${note.id}`}
      data-testid="note"
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={3} size="h5" id={`note-${note.id}`}>
          {title}
        </Title>
        <Group gap="xs">
          {note.correctionReason !== null && (
            <Badge variant="light" color="blue">
              Corrected
            </Badge>
          )}
          {note.isRestricted && <RestrictedBadge />}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {noteMeta(note.kind, note.occurredAt, note.durationMinutes, note.author.name)}
      </Text>
      {note.correctionReason !== null && (
        <Text size="sm" mb="xs" data-testid="note-correction">
          Corrected {formatDateTime(note.createdAt)} by {note.author.name}. Why:{' '}
          {note.correctionReason}
        </Text>
      )}
      <LongText text={note.body} label={title} />
      {(note.earlier.length > 0 || note.addenda.length > 0) && (
        <Stack gap="sm" mt="sm">
          {note.addenda.map((a) => (
            <AddendumItem key={a.id} text={a} title={title} />
          ))}
          {note.earlier.map((e) => (
            <EarlierItem key={e.createdAt + e.body.length} text={e} title={title} />
          ))}
        </Stack>
      )}
      {canWrite && doing === null && (
        <Group gap="xs" mt="sm">
          <Button
            variant="default"
            size="compact-sm"
            aria-label={`Correct ${title}`}
            onClick={() => setDoing('correct')}
          >
            Correct
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            aria-label={`Add an addendum to ${title}`}
            onClick={() => setDoing('add')}
          >
            Add an addendum
          </Button>
        </Group>
      )}
      {doing === 'correct' && (
        <AddNoteForm personRef={note.personRef} correcting={note} onDone={() => setDoing(null)} />
      )}
      {doing === 'add' && <AddendumForm note={note} onDone={() => setDoing(null)} />}
    </Paper>
  )
}
