import { Alert, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { type KeyboardEvent, useState } from 'react'
import { useNavigate } from 'react-router'
import type { PersonSummary } from '../../shared/contract/people-schemas'
import { PersonStatus, labelOf } from '../../shared/reference'
import { Flags } from '../components/Flags'
import { SearchIcon } from '../components/icons'
import { peopleKeys } from '../features/people/people-keys'
import { callApi, messageOf } from '../lib/api-client'
import { formatDate } from '../lib/format'
import { useRecentPeople } from './recent-people'

const OPTION_ID = (i: number) => `quick-search-option-${i}`

function Result({ person }: { person: PersonSummary }) {
  const facts = [
    person.ref,
    person.dateOfBirth && `born ${formatDate(person.dateOfBirth)}`,
    person.postcode,
    labelOf(PersonStatus, person.status),
  ].filter(Boolean)
  return (
    <>
      <span className="cb-name-with-flags">
        <Text component="span" fw={700}>
          {person.displayName}
        </Text>
        <Flags flags={person.flags} size="sm" />
      </span>
      <Text component="span" size="sm" c="dimmed" display="block">
        {facts.join(' · ')}
      </Text>
    </>
  )
}

function SearchBox({ onClose, onChosen }: { onClose(): void; onChosen(): void }) {
  const navigate = useNavigate()
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const [debounced] = useDebouncedValue(text.trim(), 200)
  const search = useQuery({
    queryKey: peopleKeys.search(debounced),
    queryFn: () => callApi('people.search', { text: debounced, limit: 20 }),
    enabled: debounced.length > 0,
    staleTime: 5_000,
  })
  // Before anything is typed, the people opened recently in this session (kept in memory only).
  const recent = useRecentPeople()
  const results = debounced ? (search.data ?? []) : recent
  const activeIndex = Math.min(active, Math.max(0, results.length - 1))

  const open = (person: PersonSummary | undefined) => {
    if (!person) return
    onChosen()
    onClose()
    void navigate(`/people/${person.ref}`)
    window.setTimeout(() => document.getElementById('main')?.focus(), 0)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((activeIndex + 1) % Math.max(1, results.length))
    else if (event.key === 'ArrowUp')
      setActive((activeIndex - 1 + results.length) % Math.max(1, results.length))
    else if (event.key === 'Enter') open(results[activeIndex])
    else return
    event.preventDefault()
  }

  const isWaiting = debounced !== text.trim() || search.isFetching
  let status = ''
  if (!debounced)
    status = recent.length
      ? 'Recently opened: use the arrow keys and Enter, or type a name, reference, NHS number or postcode.'
      : 'Type a name, a reference like C-000123, an NHS number or a postcode.'
  else if (search.isError) status = ''
  else if (!isWaiting)
    status =
      results.length === 0
        ? 'Nobody matches.'
        : `${results.length} ${results.length === 1 ? 'person' : 'people'} found. Use the arrow keys and Enter to open one.`
  return (
    <Stack gap="sm">
      <TextInput
        label="Name, reference, NHS number or postcode"
        leftSection={<SearchIcon />}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        data-autofocus
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={results.length > 0 ? 'quick-search-results' : undefined}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? OPTION_ID(activeIndex) : undefined}
      />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="quick-search-status">
        {status}
      </Text>
      {search.isError && (
        <Alert color="red" title="Search did not work" role="alert">
          {messageOf(search.error)}
        </Alert>
      )}
      {results.length > 0 && (
        <ul
          id="quick-search-results"
          role="listbox"
          aria-label="People found"
          className="cb-search-results"
        >
          {results.map((person, i) => (
            <li
              key={person.ref}
              id={OPTION_ID(i)}
              role="option"
              aria-selected={i === activeIndex}
              className="cb-search-result"
              onMouseEnter={() => setActive(i)}
              onClick={() => open(person)}
            >
              <Result person={person} />
            </li>
          ))}
        </ul>
      )}
    </Stack>
  )
}

/** Ctrl+K from anywhere: find a person by name, reference, NHS number or postcode and open them. */
export function QuickSearch({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const [hasChosen, setHasChosen] = useState(false)
  // Reset as it opens, not as it closes: Mantine returns focus whenever returnFocus turns true.
  const [wasOpen, setWasOpen] = useState(isOpen)
  if (isOpen !== wasOpen) {
    setWasOpen(isOpen)
    if (isOpen) setHasChosen(false)
  }
  return (
    <Modal
      opened={isOpen}
      onClose={onClose}
      title="Find a person"
      size="lg"
      yOffset="10vh"
      // Closed without choosing: focus goes back where it was. Having opened someone: to their page,
      // so keyboard and screen-reader users carry on from the top of it.
      returnFocus={!hasChosen}
    >
      {isOpen && <SearchBox onClose={onClose} onChosen={() => setHasChosen(true)} />}
    </Modal>
  )
}
