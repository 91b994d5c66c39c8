import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useKeptDraft } from '../../lib/kept-drafts'
import type { ProfileFields } from '../../../shared/contract/people-schemas'
import { FormError } from '../../components/FormError'
import { NotForYourRole, TabHeader } from '../../components/TabHeader'
import { useUnsavedChangesGuard } from '../../components/UnsavedChangesGuard'
import { showFormErrors } from '../../lib/form-errors'
import { formatDateTime } from '../../lib/format'
import { notify } from '../../lib/notify'
import { usePersonRecord } from './PersonLayout'
import { useRecordMutation } from './use-people'

/** The one-page profile's parts, with prompts to use in the conversation. */
const PARTS: readonly { key: keyof ProfileFields; label: string; prompt: string }[] = [
  {
    key: 'importantToMe',
    label: 'What is important to me',
    prompt: 'People, places, things and routines that matter, in their words.',
  },
  {
    key: 'likeAndAdmire',
    label: 'What people like and admire about me',
    prompt: 'Ask them, and the people who know them well.',
  },
  {
    key: 'howToSupport',
    label: 'How best to support me',
    prompt: 'What helps, what does not, and how they like things done.',
  },
  { key: 'lifeStory', label: 'My life story', prompt: 'What they want people to know.' },
  { key: 'dailyRoutine', label: 'My daily routine', prompt: 'A good day, from waking to bed.' },
  { key: 'weeklyRoutine', label: 'My weekly routine', prompt: 'Regular places, people, groups.' },
  {
    key: 'notWorking',
    label: 'What is not working',
    prompt: 'What they would like to change.',
  },
]

const FIELDS = PARTS.map((p) => p.key)

function ReadOnlyProfile({ profile }: { profile: ProfileFields }) {
  return (
    <Stack gap="md">
      {PARTS.map((part) => (
        <Paper withBorder p="lg" key={part.key} component="section">
          <Title order={3} size="h4" mb="xs">
            {part.label}
          </Title>
          <Text className="cb-prose">{profile[part.key] || 'Not written yet.'}</Text>
        </Paper>
      ))}
    </Stack>
  )
}

/**
 * The one-page profile, written with the person in their own words: big calm boxes, nothing saved
 * until "Save profile", and a warning before leaving with changes not saved.
 */
export function ProfileTab() {
  const record = usePersonRecord()
  const name = record.summary.displayName
  const save = useRecordMutation('people.saveProfile')
  const [error, setError] = useState<string | null>(null)
  const initial: ProfileFields = {
    importantToMe: record.profile?.importantToMe ?? '',
    likeAndAdmire: record.profile?.likeAndAdmire ?? '',
    howToSupport: record.profile?.howToSupport ?? '',
    lifeStory: record.profile?.lifeStory ?? '',
    dailyRoutine: record.profile?.dailyRoutine ?? '',
    weeklyRoutine: record.profile?.weeklyRoutine ?? '',
    notWorking: record.profile?.notWorking ?? '',
  }
  const form = useForm<ProfileFields>({ initialValues: initial })
  useKeptDraft(form, `profile:${record.summary.ref}`)
  const guard = useUnsavedChangesGuard(form.isDirty(), 'the profile')
  const header = (
    <TabHeader
      title="One-page profile"
      windowTitle={`${name} · Profile`}
      description={
        record.profile?.updatedAt
          ? `In ${name}’s own words. Last saved ${formatDateTime(record.profile.updatedAt)}.`
          : `In ${name}’s own words. Write it with them.`
      }
    />
  )
  if (!record.profile) {
    return (
      <>
        {header}
        <NotForYourRole what="The one-page profile" />
      </>
    )
  }
  if (!record.canEdit) {
    return (
      <>
        {header}
        <ReadOnlyProfile profile={record.profile} />
      </>
    )
  }

  const submit = form.onSubmit(async (values) => {
    setError(null)
    try {
      await save.mutateAsync({ ref: record.summary.ref, profile: values })
      form.resetDirty()
      notify({ title: 'Profile saved', message: `${name}’s one-page profile is saved.` })
    } catch (e) {
      setError(showFormErrors(form, e, FIELDS, 'profile.'))
    }
  })
  const saveButton = (
    <Button type="submit" loading={save.isPending}>
      Save profile
    </Button>
  )

  return (
    <>
      {header}
      <form onSubmit={submit} noValidate className="cb-narrow-form">
        <Stack gap="lg">
          {PARTS.map((part) => (
            <Textarea
              key={part.key}
              label={part.label}
              description={part.prompt}
              autosize
              minRows={4}
              maxRows={20}
              size="md"
              classNames={{ input: 'cb-calm-text' }}
              {...form.getInputProps(part.key)}
            />
          ))}
          <FormError message={error} title="Profile not saved" />
          <Group justify="space-between" className="cb-form-actions">
            <Text size="sm" c="dimmed" aria-live="polite">
              {form.isDirty() ? 'You have changes that are not saved yet.' : 'Everything is saved.'}
            </Text>
            {saveButton}
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </>
  )
}
