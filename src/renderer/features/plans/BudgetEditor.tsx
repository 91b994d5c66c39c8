import { Alert, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import type { PlanTotals } from '../../../shared/contract/plan-schemas'
import { formatPence, parsePounds } from '../../../shared/money'
import { budgetFigures, figureText } from '../../../shared/plan-budget'
import {
  ManagementForm,
  PaymentBasis,
  PaymentFrequency,
  PaymentTiming,
} from '../../../shared/reference'
import { DateField } from '../../components/DateField'
import { WarningIcon } from '../../components/icons'
import { codeOptions } from '../people/person-form'
import { CostedLinesEditor } from './CostedLinesEditor'
import { type PlanFormValues, estimateTotals } from './plan-form'

type PlanForm = UseFormReturnType<PlanFormValues>

/**
 * The running total against the budget. While there are changes not saved it is an estimate (the
 * backend's rule, applied to what is typed); once saved it shows the backend's own totals.
 */
export function BudgetTotals({
  values,
  saved,
  isSaved,
  isEditing = true,
}: {
  values: PlanFormValues
  saved: PlanTotals
  isSaved: boolean
  /** In a submitted version the status panel already says it is over budget, with the reason. */
  isEditing?: boolean
}) {
  const estimate = estimateTotals(values.lines)
  const weekly = isSaved ? saved.weeklyLinesPence : estimate.weekly
  const oneOff = isSaved ? saved.oneOffPence : estimate.oneOff
  const budget = values.budget.weeklyGross.trim() ? parsePounds(values.budget.weeklyGross) : null
  const contribution = values.budget.weeklyContribution.trim()
    ? parsePounds(values.budget.weeklyContribution)
    : null
  const figures = budgetFigures({
    weeklyGrossPence: budget,
    weeklyContributionPence: contribution,
    paymentBasis: values.budget.paymentBasis || null,
    paymentFrequency: values.budget.paymentFrequency || null,
    paymentTiming: values.budget.paymentTiming || null,
  })
  const paid = [figures.councilWeekly, figures.eachPayment, figures.contributionEachPeriod]
  const over = budget === null ? 0 : Math.max(0, weekly - budget)
  const left = budget === null ? null : budget - weekly
  const kind = isSaved ? 'saved' : 'estimate until you save'
  return (
    <Paper withBorder p="md" className="cb-totals" aria-live="polite" data-testid="plan-totals">
      <Title order={3} size="h5" mb="xs">
        Running total ({kind})
      </Title>
      <dl className="cb-facts cb-facts-tight">
        <div className="cb-fact">
          <dt>Support costs a week</dt>
          <dd data-testid="weekly-cost">{formatPence(weekly)}</dd>
        </div>
        <div className="cb-fact">
          <dt>Weekly budget</dt>
          <dd>{budget === null ? 'Not entered yet' : formatPence(budget)}</dd>
        </div>
        <div className="cb-fact">
          <dt>{left !== null && left < 0 ? 'Over budget by' : 'Left each week'}</dt>
          <dd>{left === null ? '—' : formatPence(Math.abs(left))}</dd>
        </div>
        <div className="cb-fact">
          <dt>A year (52 weeks)</dt>
          <dd>{formatPence(isSaved ? saved.annualLinesPence : weekly * 52)}</dd>
        </div>
        <div className="cb-fact">
          <dt>One-off costs</dt>
          <dd>{formatPence(oneOff)}</dd>
        </div>
        {budget !== null &&
          paid.map(
            (f) =>
              f && (
                <div className="cb-fact" key={f.label} data-testid="budget-figure">
                  <dt>{f.label}</dt>
                  <dd>{figureText(f)}</dd>
                </div>
              ),
          )}
      </dl>
      {budget !== null && figures.covers && (
        <Text size="sm" mt="xs">
          {figures.covers}
        </Text>
      )}
      {!estimate.isComplete && !isSaved && (
        <Text size="sm" c="dimmed" mt="xs">
          Lines without a unit cost or quantity are not counted yet.
        </Text>
      )}
      {over > 0 && isEditing && (
        <Alert
          color="red"
          mt="sm"
          icon={<WarningIcon />}
          title={`Over budget by ${formatPence(over)} a week`}
          data-testid="over-budget"
        >
          The plan costs more than the weekly budget. Change the lines, or record below why it
          should cost more: it cannot be submitted without a reason.
        </Alert>
      )}
    </Paper>
  )
}

/** "How will you use your budget?": the budget, its costed lines and the total against it. */
export function BudgetEditor({
  form,
  saved,
  isSaved,
}: {
  form: PlanForm
  saved: PlanTotals
  isSaved: boolean
}) {
  const budget = (field: string) => form.getInputProps(`budget.${field}`)
  const isOver =
    estimateTotals(form.values.lines).weekly >
    (parsePounds(form.values.budget.weeklyGross) ?? Number.MAX_SAFE_INTEGER)
  return (
    <Stack gap="lg">
      <div>
        <Title order={3} size="h4" mb="sm">
          The budget
        </Title>
        <div className="cb-form-grid">
          <TextInput
            id="plan-weekly-gross"
            label="Weekly budget (gross)"
            description="In pounds, like 420.00"
            inputMode="decimal"
            leftSection="£"
            {...budget('weeklyGross')}
          />
          <TextInput
            label="Their weekly contribution"
            description="What they pay towards it, in pounds"
            inputMode="decimal"
            leftSection="£"
            {...budget('weeklyContribution')}
          />
          <NativeSelect
            label="Payment basis"
            data={codeOptions(PaymentBasis, 'Not decided')}
            {...budget('paymentBasis')}
          />
          <NativeSelect
            id="plan-payment-frequency"
            label="How often the council pays"
            data={codeOptions(PaymentFrequency, 'Not decided')}
            {...budget('paymentFrequency')}
          />
          <NativeSelect
            label="Paid in advance or in arrears"
            data={codeOptions(PaymentTiming, 'Not decided')}
            {...budget('paymentTiming')}
          />
          <NativeSelect
            id="plan-management-form"
            label="How the budget is managed"
            data={codeOptions(ManagementForm, 'Not decided')}
            {...budget('managementForm')}
          />
          <DateField id="plan-start-date" label="Plan starts" {...budget('startDate')} />
          <DateField
            label="Plan ends"
            description="Only if it has an end date. Day/month/year"
            {...budget('endDate')}
          />
        </div>
      </div>
      <div>
        <Title order={3} size="h4" mb={4}>
          Costed lines
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Each thing the budget pays for: for hourly, daily or per-session support, the quantity is
          how many a week.
        </Text>
        <CostedLinesEditor form={form} />
      </div>
      <BudgetTotals values={form.values} saved={saved} isSaved={isSaved} />
      {(isOver || form.values.overBudgetReason.trim() !== '') && (
        <Textarea
          id="plan-over-budget-reason"
          label="Why the plan costs more than the budget"
          description="The council will read this when deciding."
          autosize
          minRows={2}
          {...form.getInputProps('overBudgetReason')}
        />
      )}
      <Textarea
        label="How they want to use the budget, in their words"
        autosize
        minRows={3}
        classNames={{ input: 'cb-calm-text' }}
        {...form.getInputProps('howBudgetUsed')}
      />
    </Stack>
  )
}
