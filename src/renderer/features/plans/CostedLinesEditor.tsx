import { Button, Checkbox, Group, NativeSelect, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { formatPence } from '../../../shared/money'
import { CostFrequency, ProviderType, ServiceComponent } from '../../../shared/reference'
import { type PlanFormValues, emptyLine, estimateLine } from './plan-form'
import { QUANTITY_HINT } from './plan-labels'

type PlanForm = UseFormReturnType<PlanFormValues>

const choose = (items: readonly { code: string; label: string }[]) => [
  { value: '', label: 'Choose…' },
  ...items.map((i) => ({ value: i.code, label: i.label })),
]

function CostCell({ line }: { line: PlanFormValues['lines'][number] }) {
  const cost = estimateLine(line)
  if (!cost) return <Text c="dimmed">—</Text>
  if (line.unit === 'one-off') return <Text>{formatPence(cost.oneOff)} once</Text>
  return <Text fw={600}>{formatPence(cost.weekly)}</Text>
}

/**
 * The costed lines of a plan: what the money buys, one group per line (what it is, then what it
 * costs, with the live weekly cost), wrapping rather than squeezing in a narrow window.
 */
export function CostedLinesEditor({ form }: { form: PlanForm }) {
  const { lines, outcomes } = form.values
  return (
    <div>
      <div className="cb-lines" data-testid="plan-lines">
        {lines.map((line, i) => {
          const n = i + 1
          const path = (field: string) => form.getInputProps(`lines.${i}.${field}`)
          return (
            <fieldset key={line.key} className="cb-line" data-testid="plan-line">
              <legend className="cb-line-legend">Line {n}</legend>
              <div className="cb-line-what">
                <TextInput
                  label="Description"
                  aria-label={`Line ${n}: description`}
                  size="xs"
                  {...path('description')}
                />
                <NativeSelect
                  label="Type of support"
                  aria-label={`Line ${n}: type of support`}
                  size="xs"
                  data={choose(ServiceComponent.items)}
                  {...path('supportType')}
                />
                <NativeSelect
                  label="Provided by"
                  aria-label={`Line ${n}: provided by`}
                  size="xs"
                  data={choose(ProviderType.items)}
                  {...path('providerType')}
                />
              </div>
              <div className="cb-line-sums">
                <NativeSelect
                  label="Unit"
                  aria-label={`Line ${n}: unit`}
                  size="xs"
                  className="cb-line-unit"
                  data={CostFrequency.items.map((u) => ({ value: u.code, label: u.label }))}
                  {...path('unit')}
                />
                <TextInput
                  label="Unit cost"
                  aria-label={`Line ${n}: unit cost in pounds`}
                  size="xs"
                  inputMode="decimal"
                  leftSection="£"
                  className="cb-line-number"
                  {...path('unitCost')}
                />
                <TextInput
                  label="Quantity"
                  aria-label={`Line ${n}: quantity, ${QUANTITY_HINT[line.unit] ?? ''}`}
                  size="xs"
                  inputMode="decimal"
                  description={QUANTITY_HINT[line.unit]}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  className="cb-line-number"
                  {...path('quantity')}
                />
                <div className="cb-line-cost" aria-live="polite">
                  <Text size="xs" fw={600}>
                    Weekly cost (estimate)
                  </Text>
                  <CostCell line={line} />
                </div>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  className="cb-line-remove"
                  onClick={() => form.removeListItem('lines', i)}
                  aria-label={`Remove line ${n}`}
                >
                  Remove
                </Button>
              </div>
              {outcomes.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Add outcomes above to link this line to what it pays for.
                </Text>
              ) : (
                <Checkbox.Group
                  label={`Line ${n} pays towards`}
                  value={line.outcomeKeys}
                  onChange={(v) => form.setFieldValue(`lines.${i}.outcomeKeys`, v)}
                  error={form.errors[`lines.${i}.outcomeKeys`]}
                  className="cb-inline-group"
                >
                  <Group gap="md">
                    {outcomes.map((o, oi) => (
                      <Checkbox
                        key={o.key}
                        value={o.key}
                        size="xs"
                        label={`Outcome ${oi + 1}${o.text ? `: ${o.text.slice(0, 60)}${o.text.length > 60 ? '…' : ''}` : ''}`}
                      />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            </fieldset>
          )
        })}
      </div>
      {lines.length === 0 && (
        <Text c="dimmed" my="sm">
          No costed lines yet. A plan is not agreed without a breakdown of its costs.
        </Text>
      )}
      <Group mt="sm">
        <Button
          id="plan-add-line"
          variant="default"
          onClick={() => form.insertListItem('lines', emptyLine())}
        >
          Add a costed line
        </Button>
      </Group>
    </div>
  )
}
