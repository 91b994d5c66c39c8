import { Anchor, Checkbox, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { Link } from 'react-router'
import {
  AccommodationStatus,
  ContactMethod,
  EmploymentStatus,
  Ethnicity,
  Gender,
  PrimarySupportReason,
} from '../../../shared/reference'
import { DateField } from '../../components/DateField'
import { FLAG_WORDS } from '../../components/Flags'
import { FormSection } from '../../components/FormSection'
import { type PersonFormValues, codeOptions } from './person-form'
import { useCouncils } from '../settings/use-settings'
import { useStaff } from '../users/use-users'

const FLAG_HELP = {
  hasSafeguardingConcern: 'There is a safeguarding concern about this person.',
  hasFinancialConcern: 'There is a concern about their money or how it is handled.',
  lacksCapacityForFinances:
    'They have been assessed as lacking mental capacity to manage their money.',
} as const

/** The parts of a person's record, in plain words, in the order a conversation usually goes. */
export function PersonFields<V extends PersonFormValues>({ form }: { form: UseFormReturnType<V> }) {
  const councils = useCouncils()
  const staff = useStaff()
  return (
    <Stack gap="lg">
      <FormSection id="person-names" title="Name">
        <div className="cb-form-grid">
          <TextInput
            label="First name"
            description="As on official letters"
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('legalGivenName')}
          />
          <TextInput
            label="Surname"
            autoComplete="off"
            {...form.getInputProps('legalFamilyName')}
          />
          <TextInput
            label="Preferred name"
            description="What they like to be called, if different"
            autoComplete="off"
            {...form.getInputProps('preferredName')}
          />
        </div>
      </FormSection>

      <FormSection id="person-dates" title="Dates">
        <div className="cb-form-grid">
          <DateField label="Date of birth" {...form.getInputProps('dateOfBirth')} />
          <DateField
            label="Date of death"
            description="Only if they have died. Day/month/year"
            {...form.getInputProps('dateOfDeath')}
          />
        </div>
      </FormSection>

      <FormSection
        id="person-health-council"
        title="NHS number and council"
        description="Used to match records with the council and the NHS. Leave blank if not known."
      >
        <div className="cb-form-grid">
          <TextInput
            label="NHS number"
            description="10 digits, for example 943 476 5919"
            inputMode="numeric"
            autoComplete="off"
            {...form.getInputProps('nhsNumber')}
          />
          <NativeSelect
            label="Council"
            data={[
              { value: '', label: 'Not recorded' },
              ...(councils.data ?? []).map((c) => ({ value: String(c.id), label: c.name })),
            ]}
            {...form.getInputProps('councilId')}
          />
          <TextInput
            label="Council person ID"
            description="The council’s own number for them"
            autoComplete="off"
            {...form.getInputProps('councilPersonId')}
          />
        </div>
      </FormSection>

      <FormSection id="person-address" title="Address">
        <div className="cb-form-grid">
          <TextInput label="Address" autoComplete="off" {...form.getInputProps('addressLine1')} />
          <TextInput
            label="Address line 2"
            autoComplete="off"
            {...form.getInputProps('addressLine2')}
          />
          <TextInput label="Town" autoComplete="off" {...form.getInputProps('town')} />
          <TextInput
            label="Postcode"
            autoComplete="off"
            autoCapitalize="characters"
            {...form.getInputProps('postcode')}
          />
        </div>
      </FormSection>

      <FormSection id="person-contact" title="Contact and communication">
        <div className="cb-form-grid">
          <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <NativeSelect
            label="Best way to contact them"
            data={codeOptions(ContactMethod)}
            {...form.getInputProps('preferredContact')}
          />
        </div>
        <Textarea
          label="Communication needs"
          description="For example: British Sign Language, easy read, large print, an interpreter, short visits"
          autosize
          minRows={2}
          {...form.getInputProps('communicationNeeds')}
        />
      </FormSection>

      <FormSection
        id="person-equality"
        title="Equality information"
        description="Councils ask for these in their returns. Ask the person; “Not recorded” is fine if they would rather not say."
      >
        <div className="cb-form-grid">
          <NativeSelect
            label="Gender"
            data={codeOptions(Gender)}
            {...form.getInputProps('gender')}
          />
          <NativeSelect
            label="Ethnicity"
            data={codeOptions(Ethnicity)}
            {...form.getInputProps('ethnicity')}
          />
          <NativeSelect
            label="Primary support reason"
            data={codeOptions(PrimarySupportReason)}
            {...form.getInputProps('primarySupportReason')}
          />
          <NativeSelect
            label="Accommodation"
            data={codeOptions(AccommodationStatus)}
            {...form.getInputProps('accommodationStatus')}
          />
          <NativeSelect
            label="Employment"
            data={codeOptions(EmploymentStatus)}
            {...form.getInputProps('employmentStatus')}
          />
        </div>
      </FormSection>

      <FormSection
        id="person-flags"
        title="Flags"
        description="Flags show beside their name everywhere in Casebook."
      >
        <Stack gap="sm">
          {(Object.keys(FLAG_WORDS) as (keyof typeof FLAG_WORDS)[]).map((key) => (
            <Checkbox
              key={key}
              label={FLAG_WORDS[key]}
              description={FLAG_HELP[key]}
              {...form.getInputProps(`flags.${key}`, { type: 'checkbox' })}
            />
          ))}
        </Stack>
      </FormSection>

      <FormSection id="person-key-worker" title="Key worker">
        <div className="cb-form-grid">
          <NativeSelect
            label="Key worker"
            description="The member of staff who mainly works with them"
            data={[
              { value: '', label: 'Nobody yet' },
              ...(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.name })),
            ]}
            {...form.getInputProps('keyWorkerId')}
          />
        </div>
      </FormSection>
    </Stack>
  )
}

/** The NHS number field's message when the number already belongs to someone else. */
export function DuplicateMessage({ message, otherRef }: { message: string; otherRef: string }) {
  return (
    <>
      {message}{' '}
      <Anchor component={Link} to={`/people/${otherRef}`} size="sm" inherit>
        Open {otherRef}
      </Anchor>
    </>
  )
}
