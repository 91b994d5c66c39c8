import { List, Stack, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { PlanVersion } from '../../../shared/contract/plan-schemas'
import { formatPence } from '../../../shared/money'
import {
  CostFrequency,
  EligibilityOutcomes,
  ManagementForm,
  PaymentBasis,
  PaymentFrequency,
  PaymentTiming,
  ProviderType,
  ServiceComponent,
  WellbeingAreas,
  itemOf,
  labelOf,
} from '../../../shared/reference'
import { FormSection } from '../../components/FormSection'
import { Facts } from '../../components/TabHeader'
import { formatDate } from '../../lib/format'
import { BudgetTotals } from './BudgetEditor'
import { costOf, planToForm, quantityText } from './plan-form'
import { PLAN_SECTIONS, QUANTITY_HINT } from './plan-labels'

const [
  MATTERS,
  CHANGE,
  SUPPORTED,
  BUDGET,
  MANAGED,
  CONTROL,
  CONTINGENCY,
  ACTIONS,
  PEOPLE,
  SIGNOFF,
] = PLAN_SECTIONS

function Words({ text }: { text: string }) {
  return <Text className="cb-prose">{text.trim() || 'Nothing written.'}</Text>
}

function SimpleTable({
  head,
  rows,
  label,
}: {
  head: readonly string[]
  rows: readonly ReactNode[][]
  label: string
}) {
  if (rows.length === 0) return <Text>None recorded.</Text>
  return (
    // Focusable so a keyboard can scroll it when large text makes it wider than its card.
    <div className="cb-view-table" role="region" aria-label={label} tabIndex={0}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {head.map((h) => (
              <Table.Th key={h} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={i}>
              {row.map((cell, j) => (
                <Table.Td key={j}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  )
}

const shortOf = (list: typeof WellbeingAreas | typeof EligibilityOutcomes, codes: string[]) =>
  codes.map((c) => itemOf(list, c)?.short ?? c).join(', ')

/** A submitted version, read like the document it is: the questions and the answers. */
export function PlanView({ plan }: { plan: PlanVersion }) {
  const c = plan.content
  const b = c.budget
  const level = (v: string | null) => (v ? v[0]!.toUpperCase() + v.slice(1) : '—')
  return (
    <Stack gap="lg">
      <FormSection id={MATTERS.id} title={MATTERS.title}>
        <Words text={c.whatMatters} />
      </FormSection>
      <FormSection id={CHANGE.id} title={CHANGE.title}>
        <Words text={c.whatToChange} />
        {c.outcomes.map((o, i) => (
          <div key={i} className="cb-view-outcome" data-testid="plan-outcome">
            <Title order={3} size="h5">
              Outcome {i + 1}: {o.text}
            </Title>
            <Facts
              items={[
                ['How', o.how],
                ['By when', formatDate(o.byWhen)],
                ['Wellbeing areas', shortOf(WellbeingAreas, o.wellbeingAreas)],
                ['Eligibility outcomes', shortOf(EligibilityOutcomes, o.eligibilityOutcomes)],
              ]}
            />
          </div>
        ))}
      </FormSection>
      <FormSection id={SUPPORTED.id} title={SUPPORTED.title}>
        <Words text={c.howSupported} />
      </FormSection>
      <FormSection id={BUDGET.id} title={BUDGET.title}>
        <Facts
          items={[
            [
              'Weekly budget (gross)',
              b.weeklyGrossPence === null ? '' : formatPence(b.weeklyGrossPence),
            ],
            [
              'Their weekly contribution',
              b.weeklyContributionPence === null ? '' : formatPence(b.weeklyContributionPence),
            ],
            ['Payment basis', labelOf(PaymentBasis, b.paymentBasis)],
            ['How often the council pays', labelOf(PaymentFrequency, b.paymentFrequency)],
            ['In advance or arrears', labelOf(PaymentTiming, b.paymentTiming)],
            ['How the budget is managed', labelOf(ManagementForm, b.managementForm)],
            ['Starts', formatDate(b.startDate)],
            ['Ends', formatDate(b.endDate)],
          ]}
        />
        <SimpleTable
          label="Costed lines"
          head={[
            'Description',
            'Type of support',
            'Provided by',
            'Unit cost',
            'Quantity',
            'Weekly cost',
            'Pays towards',
          ]}
          rows={c.lines.map((l) => {
            const cost = costOf(l.unitCostPence, l.quantityHundredths, l.unit)
            return [
              l.description,
              labelOf(ServiceComponent, l.supportType),
              labelOf(ProviderType, l.providerType),
              `${formatPence(l.unitCostPence)} ${labelOf(CostFrequency, l.unit).toLowerCase()}`,
              `${quantityText(l.quantityHundredths)} ${QUANTITY_HINT[l.unit] ?? ''}`,
              l.unit === 'one-off'
                ? `${formatPence(cost?.oneOff ?? 0)} once`
                : formatPence(cost?.weekly ?? 0),
              l.outcomePositions.map((p) => `Outcome ${p}`).join(', '),
            ]
          })}
        />
        <BudgetTotals values={planToForm(c)} saved={plan.totals} isSaved isEditing={false} />
        {c.overBudgetReason && (
          <Facts items={[['Why the plan costs more than the budget', c.overBudgetReason]]} />
        )}
        <Facts items={[['How they want to use the budget', c.howBudgetUsed]]} />
      </FormSection>
      <FormSection id={MANAGED.id} title={MANAGED.title}>
        <Words text={c.howManaged} />
      </FormSection>
      <FormSection id={CONTROL.id} title={CONTROL.title}>
        <Words text={c.stayingInControl} />
      </FormSection>
      <FormSection id={CONTINGENCY.id} title={CONTINGENCY.title}>
        <Words text={c.contingency} />
        <SimpleTable
          label="Risks"
          head={['Risk', 'How likely', 'How serious', 'How it is managed', 'Who']}
          rows={c.risks.map((r) => [
            r.risk,
            level(r.likelihood),
            level(r.impact),
            r.mitigation,
            r.owner ?? '',
          ])}
        />
      </FormSection>
      <FormSection id={ACTIONS.id} title={ACTIONS.title}>
        <SimpleTable
          label="Actions"
          head={['What', 'Who', 'By when']}
          rows={c.actions.map((a) => [a.action, a.owner, formatDate(a.dueOn)])}
        />
      </FormSection>
      <FormSection id={PEOPLE.id} title={PEOPLE.title}>
        <SimpleTable
          label="People involved"
          head={['Name', 'Relationship', 'Part in the plan', 'Asked on']}
          rows={c.people.map((p) => [
            p.name,
            p.relationship ?? '',
            p.role ?? '',
            formatDate(p.consultedOn),
          ])}
        />
      </FormSection>
      <FormSection id={SIGNOFF.id} title={SIGNOFF.title}>
        <List>
          <List.Item>Agreed by the person: {formatDate(c.signOff.personOn) || 'not yet'}</List.Item>
          <List.Item>
            Checked by the adviser: {formatDate(c.signOff.adviserOn) || 'not yet'}
          </List.Item>
          <List.Item>
            Agreed by the council: {formatDate(c.signOff.councilOn) || 'not yet'}
            {c.signOff.councilName && ` (${c.signOff.councilName})`}
          </List.Item>
        </List>
      </FormSection>
    </Stack>
  )
}
