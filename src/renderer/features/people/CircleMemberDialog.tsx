import { Checkbox, NativeSelect, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { CircleMember, CircleMemberFieldsInput } from '../../../shared/contract/people-schemas'
import { CircleKind, LegalRole } from '../../../shared/reference'
import { FormDialog } from '../../components/FormDialog'
import { useFormSubmit } from '../../lib/form-errors'
import { notify } from '../../lib/notify'
import { codeOptions } from './person-form'
import { usePartMutation } from './use-people'

interface Values {
  name: string
  kind: string
  relationship: string
  isUnpaidCarer: boolean
  caringHoursPerWeek: string
  legalRole: string
  organisation: string
  phone: string
  email: string
  address: string
  mayContact: boolean
  mayBeTold: string
  notes: string
}

const FIELDS = [
  'name',
  'kind',
  'relationship',
  'isUnpaidCarer',
  'caringHoursPerWeek',
  'legalRole',
  'organisation',
  'phone',
  'email',
  'address',
  'mayContact',
  'mayBeTold',
  'notes',
]

function fromMember(m: CircleMember | null): Values {
  return {
    name: m?.name ?? '',
    kind: m?.kind ?? 'family',
    relationship: m?.relationship ?? '',
    isUnpaidCarer: m?.isUnpaidCarer ?? false,
    caringHoursPerWeek: m?.caringHoursPerWeek === null || !m ? '' : String(m.caringHoursPerWeek),
    legalRole: m?.legalRole ?? '',
    organisation: m?.organisation ?? '',
    phone: m?.phone ?? '',
    email: m?.email ?? '',
    address: m?.address ?? '',
    mayContact: m?.mayContact ?? false,
    mayBeTold: m?.mayBeTold ?? '',
    notes: m?.notes ?? '',
  }
}

const orNull = (v: string) => (v.trim() ? v.trim() : null)

function toFields(v: Values): CircleMemberFieldsInput {
  return {
    name: v.name.trim(),
    kind: v.kind as CircleMemberFieldsInput['kind'],
    relationship: orNull(v.relationship),
    isUnpaidCarer: v.isUnpaidCarer,
    caringHoursPerWeek:
      v.isUnpaidCarer && v.caringHoursPerWeek.trim() ? Number(v.caringHoursPerWeek) : null,
    legalRole: (orNull(v.legalRole) ?? null) as CircleMemberFieldsInput['legalRole'],
    organisation: orNull(v.organisation),
    phone: orNull(v.phone),
    email: orNull(v.email),
    address: orNull(v.address),
    mayContact: v.mayContact,
    mayBeTold: orNull(v.mayBeTold),
    notes: orNull(v.notes),
  }
}

/** Adding someone to the circle of support, or changing what is known about them. */
export function CircleMemberDialog({
  personRef,
  personName,
  member,
  onClose,
}: {
  personRef: string
  personName: string
  member: CircleMember | null
  onClose(): void
}) {
  const add = usePartMutation('circle.add', personRef)
  const update = usePartMutation('circle.update', personRef)
  const form = useForm<Values>({
    initialValues: fromMember(member),
    validate: {
      name: (v) => (v.trim() ? null : 'Enter their name.'),
      caringHoursPerWeek: (v, all) =>
        !all.isUnpaidCarer || v.trim() === '' || /^\d{1,3}$/.test(v.trim())
          ? null
          : 'Enter a whole number of hours, like 35.',
    },
  })

  const { submit, error } = useFormSubmit(
    form,
    FIELDS,
    async (values) => {
      const fields = toFields(values)
      if (member) await update.mutateAsync({ ref: personRef, id: member.id, member: fields })
      else await add.mutateAsync({ ref: personRef, member: fields })
      notify({
        title: member ? 'Saved' : 'Added to the circle of support',
        message: `${fields.name} is in ${personName}’s circle of support.`,
      })
      onClose()
    },
    'member.',
  )

  return (
    <FormDialog
      title={member ? `Change ${member.name}’s details` : 'Add someone to the circle of support'}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTitle="Not saved"
      submitLabel={member ? 'Save changes' : 'Add to circle'}
      isBusy={add.isPending || update.isPending}
    >
      <div className="cb-form-grid">
        <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
        <NativeSelect
          label="Who they are"
          data={codeOptions(CircleKind).slice(1)}
          {...form.getInputProps('kind')}
        />
        <TextInput
          label="Relationship"
          description="For example mother, neighbour, GP"
          {...form.getInputProps('relationship')}
        />
      </div>
      <Checkbox
        label="They are an unpaid carer"
        description="They give care without being paid for it (not a carer’s allowance)"
        {...form.getInputProps('isUnpaidCarer', { type: 'checkbox' })}
      />
      {form.values.isUnpaidCarer && (
        <TextInput
          label="Hours of care a week"
          description="Roughly, a whole number"
          inputMode="numeric"
          maw={240}
          {...form.getInputProps('caringHoursPerWeek')}
        />
      )}
      <NativeSelect
        label="Legal role"
        description="Only if they hold one for this person"
        data={[
          { value: '', label: 'None' },
          ...LegalRole.items.map((r) => ({ value: r.code, label: r.label })),
        ]}
        {...form.getInputProps('legalRole')}
      />
      <div className="cb-form-grid">
        <TextInput label="Organisation" {...form.getInputProps('organisation')} />
        <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
        <TextInput label="Email" type="email" {...form.getInputProps('email')} />
      </div>
      <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />
      <Checkbox
        label="We may contact them"
        description={`${personName} agrees that we may get in touch with them`}
        {...form.getInputProps('mayContact', { type: 'checkbox' })}
      />
      <Textarea
        label="What they may be told"
        description="What the person is happy for them to know"
        autosize
        minRows={2}
        {...form.getInputProps('mayBeTold')}
      />
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormDialog>
  )
}
