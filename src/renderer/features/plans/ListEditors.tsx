import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import type { ReactNode } from 'react'
import { DateField } from '../../components/DateField'
import { type PlanFormValues, newKey } from './plan-form'
import { LEVELS } from './plan-labels'

type PlanForm = UseFormReturnType<PlanFormValues>
type ListName = 'risks' | 'actions' | 'people'

function ListEditor({
  form,
  name,
  noun,
  empty,
  blank,
  render,
}: {
  form: PlanForm
  name: ListName
  noun: string
  empty: string
  blank: () => PlanFormValues[ListName][number]
  render: (
    index: number,
    path: (field: string) => ReturnType<PlanForm['getInputProps']>,
  ) => ReactNode
}) {
  const items = form.values[name]
  const capital = noun[0]!.toUpperCase() + noun.slice(1)
  return (
    <Stack gap="sm">
      {items.length === 0 && <Text c="dimmed">{empty}</Text>}
      {items.map((item, index) => (
        <Fieldset key={item.key} legend={`${capital} ${index + 1}`} className="cb-list-item">
          {render(index, (field) => form.getInputProps(`${name}.${index}.${field}`))}
          <Group justify="flex-end" mt="xs">
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={() => form.removeListItem(name, index)}
              aria-label={`Remove ${noun} ${index + 1}`}
            >
              Remove
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button
          id={`plan-add-${noun}`}
          variant="default"
          onClick={() => form.insertListItem(name, blank())}
        >
          Add {noun === 'person' ? 'a person' : `a${/^[aeiou]/.test(noun) ? 'n' : ''} ${noun}`}
        </Button>
      </Group>
    </Stack>
  )
}

/** What could go wrong, how likely, how bad, and how it is handled; then the contingency plan. */
export function RisksEditor({ form }: { form: PlanForm }) {
  return (
    <Stack gap="lg">
      <Textarea
        id="plan-contingency"
        label="If support does not turn up"
        description="Who to call, who steps in, what they will do. For example: “If my PA is ill, I ring my sister Ann on 07700 900123”"
        autosize
        minRows={3}
        classNames={{ input: 'cb-calm-text' }}
        {...form.getInputProps('contingency')}
      />
      <ListEditor
        form={form}
        name="risks"
        noun="risk"
        empty="No risks recorded."
        blank={() => ({
          key: newKey(),
          risk: '',
          likelihood: '',
          impact: '',
          mitigation: '',
          owner: '',
        })}
        render={(_, path) => (
          <Stack gap="sm">
            <Textarea label="What could go wrong" autosize minRows={1} {...path('risk')} />
            <div className="cb-form-grid">
              <NativeSelect label="How likely" data={LEVELS} {...path('likelihood')} />
              <NativeSelect label="How serious" data={LEVELS} {...path('impact')} />
              <TextInput label="Who keeps an eye on it" {...path('owner')} />
            </div>
            <Textarea label="How it is managed" autosize minRows={1} {...path('mitigation')} />
          </Stack>
        )}
      />
    </Stack>
  )
}

/** The action plan: who does what, by when. */
export function ActionsEditor({ form }: { form: PlanForm }) {
  return (
    <ListEditor
      form={form}
      name="actions"
      noun="action"
      empty="No actions yet."
      blank={() => ({ key: newKey(), action: '', owner: '', dueOn: '' })}
      render={(_, path) => (
        <div className="cb-form-grid">
          <Textarea label="What" autosize minRows={1} className="cb-span-2" {...path('action')} />
          <TextInput label="Who" {...path('owner')} />
          <DateField label="By when" {...path('dueOn')} />
        </div>
      )}
    />
  )
}

/** Who was involved in writing the plan, and when they were asked. */
export function PeopleEditor({ form }: { form: PlanForm }) {
  return (
    <ListEditor
      form={form}
      name="people"
      noun="person"
      empty="Nobody recorded yet: add the person themselves, and anyone who helped."
      blank={() => ({ key: newKey(), name: '', relationship: '', role: '', consultedOn: '' })}
      render={(_, path) => (
        <div className="cb-form-grid">
          <TextInput label="Name" {...path('name')} />
          <TextInput
            label="Relationship"
            description="For example: sister, advocate"
            {...path('relationship')}
          />
          <TextInput
            label="Part in the plan"
            description="For example: wrote it with them"
            {...path('role')}
          />
          <DateField label="Date asked" {...path('consultedOn')} />
        </div>
      )}
    />
  )
}

/** Who signed the plan off, and when. */
export function SignOffEditor({ form }: { form: PlanForm }) {
  return (
    <div className="cb-form-grid">
      <DateField
        id="plan-person-agreed"
        label="Agreed by the person on"
        description="The date they agreed the plan. Day/month/year"
        {...form.getInputProps('signOff.personOn')}
      />
      <DateField
        label="Checked by the adviser on"
        description="Day/month/year"
        {...form.getInputProps('signOff.adviserOn')}
      />
      <DateField
        label="Agreed by the council on"
        description="Day/month/year"
        {...form.getInputProps('signOff.councilOn')}
      />
      <TextInput
        label="Council officer"
        description="Who agreed it for the council"
        {...form.getInputProps('signOff.councilName')}
      />
    </div>
  )
}
