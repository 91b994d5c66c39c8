import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import type { PersonRecord } from '../../../shared/contract/people-schemas'
import { FormSection } from '../../components/FormSection'
import { messageOf } from '../../lib/api-client'
import { formatDateTime } from '../../lib/format'
import { notify } from '../../lib/notify'
import { useCouncils } from '../settings/use-settings'
import { usePartMutation } from './use-people'

function CouncilNote({
  personRef,
  council,
  saved,
  canEdit,
}: {
  personRef: string
  council: { id: number; name: string }
  saved: { note: string; updatedAt: string } | undefined
  canEdit: boolean
}) {
  const save = usePartMutation('sharing.save', personRef)
  const [note, setNote] = useState(saved?.note ?? '')
  const isChanged = note !== (saved?.note ?? '')
  const label = `What may be shared with ${council.name}`
  if (!canEdit) {
    return (
      <div>
        <Text fw={600}>{label}</Text>
        <Text className="cb-prose">{saved?.note || 'Nothing recorded.'}</Text>
      </div>
    )
  }
  return (
    <Stack gap="xs">
      <Textarea
        label={label}
        description={
          saved
            ? `Last saved ${formatDateTime(saved.updatedAt)}`
            : 'For example: plan and reviews only; not health details without asking first'
        }
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={save.error ? messageOf(save.error) : undefined}
      />
      <Group justify="flex-end">
        <Button
          variant="default"
          disabled={!isChanged}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { ref: personRef, councilId: council.id, note },
              {
                onSuccess: () =>
                  notify({ title: 'Saved', message: `Data-sharing note for ${council.name}.` }),
              },
            )
          }
        >
          Save note for {council.name}
        </Button>
      </Group>
    </Stack>
  )
}

/** One data-sharing note per council the organisation works with. */
export function SharingSection({ record }: { record: PersonRecord }) {
  const councils = useCouncils()
  return (
    <FormSection
      id="sharing"
      title="Sharing with councils"
      description="What the person agrees may be shared with each council, in plain words."
    >
      {(councils.data ?? []).map((council) => (
        <CouncilNote
          key={council.id}
          personRef={record.summary.ref}
          council={council}
          saved={record.sharingNotes?.find((n) => n.councilId === council.id)}
          canEdit={record.canEdit}
        />
      ))}
    </FormSection>
  )
}
