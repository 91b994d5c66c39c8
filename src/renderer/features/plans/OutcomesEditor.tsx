import { Button, Chip, Fieldset, Group, Stack, Text, Textarea } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { EligibilityOutcomes, WellbeingAreas } from '../../../shared/reference'
import { DateField } from '../../components/DateField'
import { type PlanFormValues, emptyOutcome } from './plan-form'

type PlanForm = UseFormReturnType<PlanFormValues>

function ChipChoice({
  legend,
  help,
  items,
  value,
  onChange,
}: {
  legend: string
  help: string
  items: readonly { code: string; label: string; short: string }[]
  value: string[]
  onChange(value: string[]): void
}) {
  return (
    <fieldset className="cb-chip-fieldset">
      <legend>{legend}</legend>
      <Text size="xs" c="dimmed" mb={6}>
        {help}
      </Text>
      <Chip.Group multiple value={value} onChange={onChange}>
        <Group gap={6}>
          {items.map((item) => (
            <Chip key={item.code} value={item.code} size="xs" title={item.label} variant="outline">
              {item.short}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </fieldset>
  )
}

/** Outcomes in the person's words, each with how and by when, linked to the Care Act lists. */
export function OutcomesEditor({ form }: { form: PlanForm }) {
  const outcomes = form.values.outcomes
  const remove = (index: number) => {
    const key = outcomes[index]!.key
    form.removeListItem('outcomes', index)
    form.values.lines.forEach((line, i) => {
      if (line.outcomeKeys.includes(key))
        form.setFieldValue(
          `lines.${i}.outcomeKeys`,
          line.outcomeKeys.filter((k) => k !== key),
        )
    })
  }
  return (
    <Stack gap="md">
      {outcomes.length === 0 && (
        <Text c="dimmed">No outcomes yet. Add what they want to change or achieve.</Text>
      )}
      {outcomes.map((outcome, index) => (
        <Fieldset
          key={outcome.key}
          legend={`Outcome ${index + 1}`}
          className="cb-outcome"
          data-testid="plan-outcome"
        >
          <Stack gap="sm">
            <Textarea
              label="In their words"
              description="For example: “I want to get to the allotment twice a week”"
              autosize
              minRows={2}
              classNames={{ input: 'cb-calm-text' }}
              {...form.getInputProps(`outcomes.${index}.text`)}
            />
            <div className="cb-outcome-how">
              <Textarea
                label="How"
                description="What will help, and how we will know it is working"
                autosize
                minRows={2}
                {...form.getInputProps(`outcomes.${index}.how`)}
              />
              <DateField label="By when" {...form.getInputProps(`outcomes.${index}.byWhen`)} />
            </div>
            <ChipChoice
              legend="Care Act wellbeing areas"
              help="Which parts of their wellbeing this outcome supports (Care Act 2014, section 1)."
              items={WellbeingAreas.items}
              value={outcome.wellbeingAreas}
              onChange={(v) => form.setFieldValue(`outcomes.${index}.wellbeingAreas`, v)}
            />
            <ChipChoice
              legend="Eligibility outcomes"
              help="Which of the outcomes in the Eligibility Regulations 2015 it relates to."
              items={EligibilityOutcomes.items}
              value={outcome.eligibilityOutcomes}
              onChange={(v) => form.setFieldValue(`outcomes.${index}.eligibilityOutcomes`, v)}
            />
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => remove(index)}
                aria-label={`Remove outcome ${index + 1}`}
              >
                Remove outcome
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Group>
        <Button
          id="plan-add-outcome"
          variant="default"
          onClick={() => form.insertListItem('outcomes', emptyOutcome())}
        >
          Add an outcome
        </Button>
      </Group>
    </Stack>
  )
}
