import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useEffect, useRef, useState } from 'react'
import { useKeptDraft } from '../../lib/kept-drafts'
import { Link, useNavigate } from 'react-router'
import { ReferralSource } from '../../../shared/reference'
import { NoAccessPage } from '../../app/NoAccessPage'
import { DateField } from '../../components/DateField'
import { FormError } from '../../components/FormError'
import { FormSection } from '../../components/FormSection'
import { PageHeader } from '../../components/PageHeader'
import { useUnsavedChangesGuard } from '../../components/UnsavedChangesGuard'
import { isApiError } from '../../lib/api-client'
import { notify } from '../../lib/notify'
import { ukDateProblem } from '../../lib/uk-date'
import { focusFirstProblem, showPersonErrors } from './person-errors'
import {
  type PersonFormValues,
  type ReferralFormValues,
  codeOptions,
  emptyPerson,
  emptyReferral,
  personToFields,
  personValidation,
  referralToFields,
  todayIso,
} from './person-form'
import { PersonFields } from './PersonFields'
import type { UnusualDetail } from '../../../shared/validation/unusual-details'
import { UnusualDetailsAlert, unusualDetailsOf } from './UnusualDetailsAlert'
import { useCanEditPeople, useRecordMutation } from './use-people'

type Values = PersonFormValues & {
  status: 'enquiry' | 'referral' | 'active'
  referral: ReferralFormValues
}

const FIRST_STATUS = [
  { value: 'enquiry', label: 'Enquiry: they or someone else asked about support' },
  { value: 'referral', label: 'Referral: someone has referred them to us' },
  { value: 'active', label: 'Active: we are working with them now' },
]

/** A new person's record, in sections; nothing is saved until "Add person". */
export function AddPersonPage() {
  const canEdit = useCanEditPeople()
  const navigate = useNavigate()
  const create = useRecordMutation('people.create')
  const [error, setError] = useState<string | null>(null)
  // Someone already recorded with the same names and date of birth: asked once, then added anyway.
  const [sameAs, setSameAs] = useState<string[] | null>(null)
  const [unusual, setUnusual] = useState<UnusualDetail[] | null>(null)
  const sameAsAlert = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (sameAs) sameAsAlert.current?.focus()
  }, [sameAs])
  const form = useForm<Values>({
    initialValues: { ...emptyPerson(), status: 'enquiry', referral: emptyReferral(todayIso()) },
    validate: {
      ...personValidation,
      referral: {
        receivedOn: (v, all) => (all.status === 'referral' ? ukDateProblem(v, true) : null),
      },
    },
  })
  useKeptDraft(form, 'new-person')
  const guard = useUnsavedChangesGuard(form.isDirty(), 'this new person’s details')
  if (!canEdit) return <NoAccessPage what="adding people" />

  const save = async (
    values: Values,
    isNotADuplicate: boolean,
    areUnusualDetailsConfirmed = false,
  ) => {
    setError(null)
    setUnusual(null)
    try {
      const record = await create.mutateAsync({
        fields: personToFields(values),
        status: values.status,
        referral: values.status === 'referral' ? referralToFields(values.referral) : undefined,
        isNotADuplicate,
        areUnusualDetailsConfirmed,
      })
      guard.allowLeaving()
      notify({
        title: 'Person added',
        message: `${record.summary.displayName} is ${record.summary.ref}.`,
      })
      void navigate(`/people/${record.summary.ref}`)
    } catch (e) {
      const unusualFound = unusualDetailsOf(e)
      if (unusualFound) {
        setUnusual(unusualFound)
        return
      }
      if (isApiError(e, 'CLIENTS.LIKELY_DUPLICATE') && Array.isArray(e.details?.refs)) {
        setSameAs(e.details.refs.map(String))
        return
      }
      setError(showPersonErrors(form, e, ['status', 'referral']))
      focusFirstProblem('add-person-form')
    }
  }
  const submit = form.onSubmit(
    (values) => save(values, false),
    () => focusFirstProblem('add-person-form'),
  )
  const addAnyway = () => {
    if (form.validate().hasErrors) focusFirstProblem('add-person-form')
    else void save(form.getValues(), true)
  }

  return (
    <>
      <PageHeader
        title="Add a person"
        description="Only their name is needed now; the rest can be filled in later."
      />
      <form onSubmit={submit} noValidate id="add-person-form" className="cb-narrow-form">
        <Stack gap="lg">
          {unusual && (
            <UnusualDetailsAlert
              unusual={unusual}
              isBusy={create.isPending}
              onConfirm={() => void save(form.getValues(), sameAs !== null, true)}
            />
          )}
          {sameAs && (
            <Alert
              ref={sameAsAlert}
              tabIndex={-1}
              color="yellow"
              role="alert"
              title="This may be someone already recorded"
              data-testid="likely-duplicate"
            >
              <Stack gap="xs">
                <span>
                  {sameAs.join(', ')} {sameAs.length === 1 ? 'has' : 'have'} the same name and date
                  of birth. Open that record instead, or add this person if they are someone else.
                </span>
                <Group gap="sm">
                  {sameAs.map((ref) => (
                    <Anchor key={ref} component={Link} to={`/people/${ref}`} fw={600}>
                      Open {ref}
                    </Anchor>
                  ))}
                  <Button variant="default" loading={create.isPending} onClick={addAnyway}>
                    Add anyway: this is someone else
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <FormError message={error} title="Not added yet" />
          <PersonFields form={form} />
          <FormSection id="person-first-status" title="Where they are with us">
            <NativeSelect label="Status" data={FIRST_STATUS} {...form.getInputProps('status')} />
            {form.values.status === 'referral' && (
              <div className="cb-form-grid">
                <NativeSelect
                  label="Who referred them"
                  data={codeOptions(ReferralSource).slice(1)}
                  {...form.getInputProps('referral.source')}
                />
                <TextInput
                  label="Name of the referrer"
                  description="A person or team, if known"
                  {...form.getInputProps('referral.sourceDetail')}
                />
                <DateField label="Date received" {...form.getInputProps('referral.receivedOn')} />
                <Textarea
                  label="Reason for the referral"
                  autosize
                  minRows={2}
                  className="cb-span-all"
                  {...form.getInputProps('referral.reason')}
                />
              </div>
            )}
          </FormSection>
          <Group justify="flex-end" className="cb-form-actions">
            <Button component={Link} to="/people" variant="default">
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add person
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </>
  )
}
