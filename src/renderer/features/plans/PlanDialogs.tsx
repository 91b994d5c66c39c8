import { Alert, Group, List, Radio, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { PanelDecision, PlanVersion } from '../../../shared/contract/plan-schemas'
import { parsePounds, penceToDecimal } from '../../../shared/money'
import { approvedAmountDifferences, decisionDateProblem } from '../../../shared/plan-checks'
import {
  PanelDecision as PanelDecisionList,
  type PanelDecisionCode,
} from '../../../shared/reference'
import { DateField } from '../../components/DateField'
import { FormDialog } from '../../components/FormDialog'
import { showFormErrors, useFormSubmit, useSubmitWithErrors } from '../../lib/form-errors'
import { notify } from '../../lib/notify'
import { isoFromUk, ukDateProblem, ukFromIso } from '../../lib/uk-date'
import { todayIso } from '../people/person-form'
import { usePlanMutation } from './use-plans'

const MONEY = 'Write an amount in pounds, like 420 or 1,538.50.'
const moneyProblem = (v: string, isRequired = false) => {
  if (!v.trim()) return isRequired ? 'Enter the amount in pounds.' : null
  const p = parsePounds(v)
  return p === null || p < 0 ? MONEY : null
}
const pence = (v: string) => (v.trim() ? parsePounds(v) : null)
const isApproval = (d: string) => d === 'approved' || d === 'approved-with-conditions'

const DECISION_FIELDS = [
  'decidedOn',
  'panel',
  'weeklyRequestedPence',
  'weeklyApprovedPence',
  'oneOffRequestedPence',
  'oneOffApprovedPence',
  'decision',
  'conditions',
  'reasons',
]

/** The funding panel's decision: amounts in pounds, conditions, and reasons when not approved. */
export function PanelDecisionDialog({ plan, onClose }: { plan: PlanVersion; onClose(): void }) {
  const record = usePlanMutation('plans.recordDecision')
  // The differences the adviser has been shown; submitting again with the same ones confirms them.
  const [shownDifferences, setShownDifferences] = useState<string[] | null>(null)
  const choices = PanelDecisionList.items.filter((d) =>
    (plan.nextStatuses as string[]).includes(d.code),
  )
  const form = useForm({
    initialValues: {
      decidedOn: ukFromIso(todayIso()),
      panel: '',
      weeklyRequested: penceToDecimal(plan.totals.weeklyLinesPence),
      weeklyApproved: '',
      oneOffRequested: penceToDecimal(plan.totals.oneOffPence),
      oneOffApproved: '',
      decision: choices[0]?.code ?? 'approved',
      conditions: '',
      reasons: '',
    },
    validate: {
      decidedOn: (v) =>
        ukDateProblem(v, true) ?? decisionDateProblem(isoFromUk(v) ?? '', todayIso()),
      panel: (v) => (v.trim() ? null : 'Name the panel, for example “Calderdale resource panel”.'),
      weeklyRequested: (v) => moneyProblem(v, true),
      weeklyApproved: (v, all) =>
        moneyProblem(v, all.decision === 'approved' || all.decision === 'approved-with-conditions'),
      oneOffRequested: (v) => moneyProblem(v),
      oneOffApproved: (v, all) =>
        isApproval(all.decision) && (pence(all.oneOffRequested) ?? 0) > 0 && !v.trim()
          ? 'A one-off amount was asked for: enter how much was approved (0 if none).'
          : moneyProblem(v),
      conditions: (v, all) =>
        all.decision === 'approved-with-conditions' && !v.trim() ? 'Record the conditions.' : null,
      reasons: (v, all) =>
        (all.decision === 'declined' || all.decision === 'deferred') && !v.trim()
          ? `Record the panel’s reasons when a plan is ${all.decision}.`
          : null,
    },
  })
  const { submit, error } = useSubmitWithErrors(
    form,
    async (v) => {
      const decision = {
        decidedOn: isoFromUk(v.decidedOn) ?? '',
        panel: v.panel.trim(),
        weeklyRequestedPence: pence(v.weeklyRequested) ?? 0,
        weeklyApprovedPence: pence(v.weeklyApproved),
        oneOffRequestedPence: pence(v.oneOffRequested) ?? 0,
        oneOffApprovedPence: pence(v.oneOffApproved),
        decision: v.decision as PanelDecisionCode,
        conditions: v.conditions.trim() || null,
        reasons: v.reasons.trim() || null,
      }
      const differences = approvedAmountDifferences(decision)
      const isConfirmed =
        differences.length === 0 || differences.join() === shownDifferences?.join()
      if (!isConfirmed) {
        setShownDifferences(differences)
        return
      }
      await record.mutateAsync({
        planRef: plan.ref,
        decision: { ...decision, differenceConfirmed: differences.length > 0 },
      })
      notify({ title: 'Decision recorded', message: 'The plan’s status has changed.' })
      onClose()
    },
    (e) =>
      showFormErrors(
        {
          setFieldError: (path, msg) =>
            form.setFieldError(path.replace(/Pence$/, '').replace(/^decision\./, ''), msg),
        },
        e,
        DECISION_FIELDS,
        'decision.',
      ),
  )
  return (
    <FormDialog
      title="Record the funding panel’s decision"
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTitle="Decision not recorded"
      submitLabel={shownDifferences ? 'Record the different amount' : 'Record decision'}
      isBusy={record.isPending}
    >
      {shownDifferences && (
        <Alert
          color="orange"
          role="alert"
          title="The approved amount is not what was asked for"
          data-testid="amount-differs"
        >
          <List size="sm">
            {shownDifferences.map((d) => (
              <List.Item key={d}>{d}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            Check it against the panel’s letter. If it is right, choose “Record the different
            amount”.
          </Text>
        </Alert>
      )}
      <Radio.Group label="Decision" {...form.getInputProps('decision')}>
        <Group gap="lg" mt="xs">
          {choices.map((d) => (
            <Radio key={d.code} value={d.code} label={d.label} />
          ))}
        </Group>
      </Radio.Group>
      <div className="cb-form-grid">
        <DateField label="Date of the decision" {...form.getInputProps('decidedOn')} />
        <TextInput label="Panel" data-autofocus {...form.getInputProps('panel')} />
      </div>
      <div className="cb-form-grid">
        <TextInput
          label="Weekly amount requested"
          leftSection="£"
          inputMode="decimal"
          {...form.getInputProps('weeklyRequested')}
        />
        <TextInput
          label="Weekly amount approved"
          description="Needed when approved"
          leftSection="£"
          inputMode="decimal"
          {...form.getInputProps('weeklyApproved')}
        />
        <TextInput
          label="One-off amount requested"
          leftSection="£"
          inputMode="decimal"
          {...form.getInputProps('oneOffRequested')}
        />
        <TextInput
          label="One-off amount approved"
          leftSection="£"
          inputMode="decimal"
          {...form.getInputProps('oneOffApproved')}
        />
      </div>
      <Textarea
        label="Conditions"
        description="Needed when approved with conditions"
        autosize
        minRows={2}
        {...form.getInputProps('conditions')}
      />
      <Textarea
        label="Reasons"
        description="Needed when the plan is deferred or declined: the person has a right to know why"
        autosize
        minRows={2}
        {...form.getInputProps('reasons')}
      />
    </FormDialog>
  )
}

/** An appeal or re-submission against one decision. */
export function AppealDialog({
  plan,
  decision,
  onClose,
}: {
  plan: PlanVersion
  decision: PanelDecision
  onClose(): void
}) {
  const appeal = usePlanMutation('plans.recordAppeal')
  const form = useForm({
    initialValues: { appeal: '' },
    validate: {
      appeal: (v) => (v.trim() ? null : 'Say what was appealed or re-submitted, and when.'),
    },
  })
  const { submit, error } = useFormSubmit(form, ['appeal'], async (v) => {
    await appeal.mutateAsync({
      planRef: plan.ref,
      decisionId: decision.id,
      appeal: v.appeal.trim(),
    })
    notify({ title: 'Appeal recorded', message: `Against the decision of ${decision.panel}.` })
    onClose()
  })
  return (
    <FormDialog
      title="Record an appeal or re-submission"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTitle="Not recorded"
      submitLabel="Record appeal"
      isBusy={appeal.isPending}
    >
      <Textarea
        label="The appeal or re-submission"
        description="What was asked for, by whom and when"
        autosize
        minRows={3}
        data-autofocus
        {...form.getInputProps('appeal')}
      />
    </FormDialog>
  )
}

/** Ending an active plan on a date. */
export function EndPlanDialog({ plan, onClose }: { plan: PlanVersion; onClose(): void }) {
  const end = usePlanMutation('plans.end')
  const form = useForm({
    initialValues: { on: ukFromIso(todayIso()) },
    validate: { on: (v) => ukDateProblem(v, true) },
  })
  const { submit, error } = useFormSubmit(form, ['on'], async (v) => {
    await end.mutateAsync({ planRef: plan.ref, on: isoFromUk(v.on) ?? '' })
    notify({ title: 'Plan ended', message: 'The plan is no longer active.' })
    onClose()
  })
  return (
    <FormDialog
      title="End this plan"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTitle="Not ended"
      submitLabel="End plan"
      submitColor="red"
      isBusy={end.isPending}
    >
      <DateField label="Date the plan ended" data-autofocus {...form.getInputProps('on')} />
    </FormDialog>
  )
}
