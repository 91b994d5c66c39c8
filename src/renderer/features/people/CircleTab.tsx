import { Badge, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { CircleMember } from '../../../shared/contract/people-schemas'
import { CircleKind, LegalRole, itemOf, labelOf } from '../../../shared/reference'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Facts, TabHeader } from '../../components/TabHeader'
import { messageOf } from '../../lib/api-client'
import { notify } from '../../lib/notify'
import { CircleMemberDialog } from './CircleMemberDialog'
import { usePersonRecord } from './PersonLayout'
import { usePartMutation } from './use-people'

/** The legal role's name: the words before the colon of its plain-words label. */
function legalRoleName(code: string | null): string {
  return code ? (itemOf(LegalRole, code)?.label.split(':')[0] ?? code) : ''
}

function MemberCard({
  member,
  canEdit,
  onEdit,
  onArchive,
  onRestore,
  isRestoring,
}: {
  member: CircleMember
  canEdit: boolean
  onEdit(): void
  onArchive(): void
  onRestore(): void
  isRestoring: boolean
}) {
  const who = [labelOf(CircleKind, member.kind), member.relationship].filter(Boolean).join(', ')
  return (
    <Paper
      withBorder
      p="lg"
      component="article"
      aria-labelledby={`member-${member.id}`}
      data-testid="circle-member"
    >
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={3} size="h4" id={`member-${member.id}`}>
            {member.name}
            {member.isArchived && ' (no longer in the circle)'}
          </Title>
          <Text c="dimmed">{who}</Text>
        </div>
        <Group gap="xs">
          {member.isUnpaidCarer && (
            <Badge variant="light" className="cb-flag">
              Unpaid carer
              {member.caringHoursPerWeek !== null && `, ${member.caringHoursPerWeek} hours a week`}
            </Badge>
          )}
          {member.legalRole && (
            <Badge variant="light" color="grape" className="cb-flag">
              {legalRoleName(member.legalRole)}
            </Badge>
          )}
        </Group>
      </Group>
      <Facts
        items={[
          ['Phone', member.phone],
          ['Email', member.email],
          ['Organisation', member.organisation],
          ['Address', member.address],
          ['May we contact them?', member.mayContact ? 'Yes' : 'No'],
          ['What they may be told', member.mayBeTold],
          ...(member.legalRole
            ? [['Legal role', itemOf(LegalRole, member.legalRole)?.label] as const]
            : []),
          ...(member.notes ? [['Notes', member.notes] as const] : []),
        ]}
      />
      {canEdit && member.isArchived && (
        <Group justify="flex-end" mt="md">
          <Button variant="default" size="sm" loading={isRestoring} onClick={onRestore}>
            Put back in the circle
          </Button>
        </Group>
      )}
      {canEdit && !member.isArchived && (
        <Group justify="flex-end" mt="md" gap="sm">
          <Button variant="default" size="sm" onClick={onArchive}>
            Take out of circle…
          </Button>
          <Button variant="default" size="sm" onClick={onEdit}>
            Change details
          </Button>
        </Group>
      )}
    </Paper>
  )
}

/** Family, friends, carers and professionals around the person, and what they may be told. */
export function CircleTab() {
  const record = usePersonRecord()
  const ref = record.summary.ref
  const name = record.summary.displayName
  const archive = usePartMutation('circle.archive', ref)
  const restore = usePartMutation('circle.restore', ref)
  const [editing, setEditing] = useState<CircleMember | 'new' | null>(null)
  const [archiving, setArchiving] = useState<CircleMember | null>(null)
  const [showArchived, setShowArchived] = useState(false)
  const current = record.circle.filter((m) => !m.isArchived)
  const archived = record.circle.filter((m) => m.isArchived)
  const shown = showArchived ? [...current, ...archived] : current
  const isFinance = record.profile === null

  return (
    <>
      <TabHeader
        title="Circle of support"
        windowTitle={`${name} · Circle of support`}
        description={
          isFinance
            ? 'Your role sees only the people with a legal role (who may authorise spending).'
            : `The people around ${name}: family, friends, carers and professionals.`
        }
        actions={record.canEdit && <Button onClick={() => setEditing('new')}>Add someone</Button>}
      />
      <Stack gap="md">
        {archived.length > 0 && (
          <Switch
            label={`Show people taken out of the circle (${archived.length})`}
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
        )}
        {shown.length === 0 && <Text>Nobody is recorded in the circle of support yet.</Text>}
        {shown.map((member) => (
          <MemberCard
            key={member.id}
            member={member}
            canEdit={record.canEdit}
            onEdit={() => setEditing(member)}
            onArchive={() => setArchiving(member)}
            isRestoring={restore.isPending && restore.variables.id === member.id}
            onRestore={() =>
              restore.mutate(
                { ref, id: member.id },
                {
                  onSuccess: () => {
                    // The last one back: the switch goes, so it starts off when it next appears.
                    if (archived.length === 1) setShowArchived(false)
                    notify({
                      title: 'Back in the circle',
                      message: `${member.name} is part of ${name}’s circle of support again.`,
                    })
                  },
                  onError: (e) =>
                    notify({ isProblem: true, title: 'Not put back', message: messageOf(e) }),
                },
              )
            }
          />
        ))}
      </Stack>
      {editing && (
        <CircleMemberDialog
          personRef={ref}
          personName={name}
          member={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        isOpen={archiving !== null}
        title="Take out of the circle of support?"
        confirmLabel={`Take ${archiving?.name ?? ''} out`}
        isBusy={archive.isPending}
        error={archive.error ? messageOf(archive.error) : null}
        onCancel={() => {
          archive.reset()
          setArchiving(null)
        }}
        onConfirm={() => {
          if (!archiving) return
          archive.mutate(
            { ref, id: archiving.id },
            {
              onSuccess: () => {
                notify({
                  title: 'Taken out of the circle',
                  message: `${archiving.name} is kept in the record’s history; “Show people taken out of the circle” lets you put them back.`,
                })
                setArchiving(null)
              },
            },
          )
        }}
      >
        {`${archiving?.name ?? ''} will no longer show as part of ${name}’s circle of support. What was recorded about them is kept.`}
      </ConfirmDialog>
    </>
  )
}
