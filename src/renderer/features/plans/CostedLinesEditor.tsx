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

/** The costed lines of a plan: what the money buys, as an editable table with live costs. */
export function CostedLinesEditor({ form }: { form: PlanForm }) {
  const { lines, outcomes } = form.values
  return (
    <div>
      <div className="cb-lines-scroll">
        <table className="cb-lines" data-testid="plan-lines">
          <caption className="cb-visually-hidden">Costed lines</caption>
          <thead>
            <tr>
              <th scope="col">Description</th>
              <th scope="col">Type of support</th>
              <th scope="col">Provided by</th>
              <th scope="col">Unit</th>
              <th scope="col">Unit cost (£)</th>
              <th scope="col">Quantity</th>
              <th scope="col">Weekly cost (estimate)</th>
              <th scope="col">
                <span className="cb-visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          {lines.map((line, i) => {
            const n = i + 1
            const path = (field: string) => form.getInputProps(`lines.${i}.${field}`)
            return (
              <tbody key={line.key} className="cb-line" data-testid="plan-line">
                <tr>
                  <td>
                    <TextInput aria-label={`Line ${n}: description`} {...path('description')} />
                  </td>
                  <td>
                    <NativeSelect
                      aria-label={`Line ${n}: type of support`}
                      data={choose(ServiceComponent.items)}
                      {...path('supportType')}
                    />
                  </td>
                  <td>
                    <NativeSelect
                      aria-label={`Line ${n}: provided by`}
                      data={choose(ProviderType.items)}
                      {...path('providerType')}
                    />
                  </td>
                  <td>
                    <NativeSelect
                      aria-label={`Line ${n}: unit`}
                      data={CostFrequency.items.map((u) => ({ value: u.code, label: u.label }))}
                      {...path('unit')}
                    />
                  </td>
                  <td>
                    <TextInput
                      aria-label={`Line ${n}: unit cost in pounds`}
                      inputMode="decimal"
                      leftSection="£"
                      {...path('unitCost')}
                    />
                  </td>
                  <td>
                    <TextInput
                      aria-label={`Line ${n}: quantity, ${QUANTITY_HINT[line.unit] ?? ''}`}
                      inputMode="decimal"
                      description={QUANTITY_HINT[line.unit]}
                      inputWrapperOrder={['input', 'description', 'error']}
                      {...path('quantity')}
                    />
                  </td>
                  <td className="cb-line-cost" aria-live="polite">
                    <CostCell line={line} />
                  </td>
                  <td>
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      onClick={() => form.removeListItem('lines', i)}
                      aria-label={`Remove line ${n}`}
                    >
                      Remove
                    </Button>
                  </td>
                </tr>
                <tr className="cb-line-links">
                  <td colSpan={8}>
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
                              label={`Outcome ${oi + 1}${o.text ? `: ${o.text.slice(0, 40)}${o.text.length > 40 ? '…' : ''}` : ''}`}
                            />
                          ))}
                        </Group>
                      </Checkbox.Group>
                    )}
                  </td>
                </tr>
              </tbody>
            )
          })}
        </table>
      </div>
      {lines.length === 0 && (
        <Text c="dimmed" my="sm">
          No costed lines yet. A plan is not agreed without a breakdown of its costs.
        </Text>
      )}
      <Group mt="sm">
        <Button variant="default" onClick={() => form.insertListItem('lines', emptyLine())}>
          Add a costed line
        </Button>
      </Group>
    </div>
  )
}
