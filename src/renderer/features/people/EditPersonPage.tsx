import { Alert, Button, Group, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useKeptDraft } from '../../lib/kept-drafts'
import { Link, useNavigate } from 'react-router'
import { NoAccessPage } from '../../app/NoAccessPage'
import { FormError } from '../../components/FormError'
import { TabHeader } from '../../components/TabHeader'
import { useUnsavedChangesGuard } from '../../components/UnsavedChangesGuard'
import { isApiError } from '../../lib/api-client'
import type { UnusualDetail } from '../../../shared/validation/unusual-details'
import { UnusualDetailsAlert, unusualDetailsOf } from './UnusualDetailsAlert'
import { notify } from '../../lib/notify'
import { focusFirstProblem, showPersonErrors } from './person-errors'
import { personFromRecord, personToFields, personValidation } from './person-form'
import { PersonFields } from './PersonFields'
import { usePersonRecord } from './PersonLayout'
import { peopleKeys } from './people-keys'
import { useRecordMutation } from './use-people'

/** Changing a person's details; refused with RECORD.CONFLICT if someone else saved first. */
export function EditPersonPage() {
  const record = usePersonRecord()
  const ref = record.summary.ref
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const update = useRecordMutation('people.update')
  const [error, setError] = useState<string | null>(null)
  const [isConflict, setIsConflict] = useState(false)
  const [unusual, setUnusual] = useState<UnusualDetail[] | null>(null)
  const [version, setVersion] = useState(record.version)
  const form = useForm({
    initialValues: personFromRecord(record),
    validate: personValidation,
  })
  // Kept across a lock only for the version it was started on (a newer one would be overwritten).
  useKeptDraft(form, `person:${ref}@${version}`)
  const guard = useUnsavedChangesGuard(form.isDirty(), 'their details')
  if (!record.canEdit) return <NoAccessPage what="changing people’s details" />

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: peopleKeys.detail(ref) })
    const fresh = queryClient.getQueryData<typeof record>(peopleKeys.detail(ref))
    if (fresh) {
      form.setValues(personFromRecord(fresh))
      form.resetDirty(personFromRecord(fresh))
      setVersion(fresh.version)
    }
    setIsConflict(false)
    setError(null)
  }

  const save = async (values: typeof form.values, areUnusualDetailsConfirmed: boolean) => {
    setError(null)
    setUnusual(null)
    try {
      await update.mutateAsync({
        ref,
        version,
        fields: personToFields(values),
        areUnusualDetailsConfirmed,
      })
      guard.allowLeaving()
      notify({ title: 'Saved', message: `${values.legalGivenName}’s details are saved.` })
      void navigate(`/people/${ref}`)
    } catch (e) {
      const unusualFound = unusualDetailsOf(e)
      if (unusualFound) setUnusual(unusualFound)
      else if (isApiError(e, 'RECORD.CONFLICT')) setIsConflict(true)
      else {
        setError(showPersonErrors(form, e))
        focusFirstProblem('edit-person-form')
      }
    }
  }
  const submit = form.onSubmit(
    (values) => save(values, false),
    () => focusFirstProblem('edit-person-form'),
  )

  return (
    <>
      <TabHeader
        title="Edit details"
        windowTitle={`${record.summary.displayName} · Edit details`}
      />
      <form onSubmit={submit} noValidate id="edit-person-form" className="cb-narrow-form">
        <Stack gap="lg">
          {isConflict && (
            <Alert color="orange" role="alert" title="Someone else changed this record">
              Someone else saved changes to this record while you were editing, so yours were not
              saved. Reload to see their version, then make your change again.
              <Group mt="sm">
                <Button onClick={() => void reload()}>Reload their version</Button>
              </Group>
            </Alert>
          )}
          {unusual && (
            <UnusualDetailsAlert
              unusual={unusual}
              isBusy={update.isPending}
              onConfirm={() => void save(form.getValues(), true)}
            />
          )}
          <FormError message={error} title="Not saved" />
          <PersonFields form={form} />
          <Group justify="flex-end" className="cb-form-actions">
            <Button component={Link} to={`/people/${ref}`} variant="default">
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save details
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </>
  )
}
