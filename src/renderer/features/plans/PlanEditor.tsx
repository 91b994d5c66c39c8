import { Anchor, Button, Group, Stack, Text, Textarea, UnstyledButton } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useEffect, useEffectEvent, useState } from 'react'
import type { PlanVersion, WithoutAgreement } from '../../../shared/contract/plan-schemas'
import { parsePounds } from '../../../shared/money'
import { missingBeforeSubmit } from '../../../shared/plan-checks'
import { useNavigate } from 'react-router'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useKeptDraft } from '../../lib/kept-drafts'
import { FormSection } from '../../components/FormSection'
import { FormError } from '../../components/FormError'
import { useUnsavedChangesGuard } from '../../components/UnsavedChangesGuard'
import { ApiError, messageOf } from '../../lib/api-client'
import { formatDateTime } from '../../lib/format'
import { notify } from '../../lib/notify'
import { focusFirstProblem } from '../people/person-errors'
import { BudgetEditor } from './BudgetEditor'
import { ActionsEditor, PeopleEditor, RisksEditor, SignOffEditor } from './ListEditors'
import { OutcomesEditor } from './OutcomesEditor'
import {
  type PlanFormValues,
  estimateTotals,
  formPathOf,
  formToPlan,
  planFormProblems,
  planToForm,
} from './plan-form'
import { PLAN_SECTIONS, goToField, goToSection } from './plan-labels'
import { SubmitPlanDialog } from './SubmitPlanDialog'
import { useDiscardDraft, usePlanMutation } from './use-plans'

const FORM_ID = 'plan-editor'
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

interface SubmitProblem {
  message: string
  /** The backend's path for the field that puts it right (see `goToField`). */
  field: string
}

/** What stops submission, from PLANS.INCOMPLETE or PLANS.OVER_BUDGET, with the field for each. */
function submissionProblems(error: unknown): SubmitProblem[] | null {
  if (!(error instanceof ApiError)) return null
  if (error.code !== 'PLANS.INCOMPLETE' && error.code !== 'PLANS.OVER_BUDGET') return null
  const problems = error.details?.problems
  const fields = Array.isArray(error.details?.fields) ? error.details.fields : []
  return Array.isArray(problems)
    ? problems.map((p, i) => ({ message: String(p), field: String(fields[i] ?? '') }))
    : [{ message: error.message, field: '' }]
}

/** The parts the council will ask about that the form does not have yet. */
function missingParts(values: PlanFormValues) {
  const gross = values.budget.weeklyGross.trim() ? parsePounds(values.budget.weeklyGross) : null
  return missingBeforeSubmit(
    {
      contingency: values.contingency,
      risks: values.risks,
      people: values.people,
      budget: { weeklyGrossPence: gross },
      signOff: { personOn: values.signOff.personOn.trim() || null },
    },
    estimateTotals(values.lines).weekly,
  )
}

/**
 * A draft plan, written as the conversation goes: ten sections headed by the questions asked.
 * "Save draft" (or Ctrl+S) keeps it; "Submit" sends it on, after which it never changes.
 */
export function PlanEditor({ plan, personName }: { plan: PlanVersion; personName: string }) {
  const save = usePlanMutation('plans.saveDraft')
  const submit = usePlanMutation('plans.submit')
  const [error, setError] = useState<string | null>(null)
  const [problems, setProblems] = useState<SubmitProblem[] | null>(null)
  const [savedAt, setSavedAt] = useState<string | null>(null)
  const [isConfirming, setIsConfirming] = useState(false)
  const [isDiscarding, setIsDiscarding] = useState(false)
  const discard = useDiscardDraft(plan)
  const navigate = useNavigate()
  const form = useForm<PlanFormValues>({
    initialValues: planToForm(plan.content),
    validate: planFormProblems,
  })
  // Kept across a lock only for the save it was started on (a newer save would be overwritten).
  useKeptDraft(form, `plan:${plan.ref}@${plan.updatedAt}`)
  const isDirty = form.isDirty()
  const guard = useUnsavedChangesGuard(isDirty, 'this plan')

  const saveDraft = async (): Promise<boolean> => {
    setError(null)
    setProblems(null)
    if (form.validate().hasErrors) {
      setError('Some amounts or dates cannot be read: check the fields marked below.')
      focusFirstProblem(FORM_ID)
      return false
    }
    try {
      const values = form.getValues()
      await save.mutateAsync({
        planRef: plan.ref,
        content: formToPlan(values),
        expectedUpdatedAt: plan.updatedAt,
      })
      form.resetDirty(values)
      setSavedAt(new Date().toISOString())
      return true
    } catch (e) {
      if (e instanceof ApiError && e.code === 'INPUT.INVALID') {
        const issues = (e.details?.issues ?? []) as { path: string; message: string }[]
        for (const issue of issues) form.setFieldError(formPathOf(issue.path), issue.message)
        setError('Not saved: check the fields marked below.')
        focusFirstProblem(FORM_ID)
      } else setError(messageOf(e))
      return false
    }
  }

  const onSaveKey = useEffectEvent(() => {
    if (!save.isPending) void saveDraft()
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault()
        onSaveKey()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  const discardDraft = () =>
    discard.mutate(undefined, {
      onSuccess: () => {
        guard.allowLeaving()
        setIsDiscarding(false)
        notify({
          title: 'Draft thrown away',
          message: `Plan ${plan.planNo}, version ${plan.version} was a draft and is gone.`,
        })
        void navigate(`/people/${plan.personRef}/plans`)
      },
    })

  const submitPlan = async (withoutAgreement?: WithoutAgreement) => {
    setIsConfirming(false)
    if (isDirty && !(await saveDraft())) return
    setError(null)
    setProblems(null)
    try {
      guard.allowLeaving()
      await submit.mutateAsync({ planRef: plan.ref, withoutAgreement })
      notify({
        title: 'Plan submitted',
        message: `${personName}’s plan is submitted. This version can no longer change.`,
      })
    } catch (e) {
      const list = submissionProblems(e)
      if (list) setProblems(list)
      else setError(messageOf(e))
    }
  }

  const text = (field: keyof PlanFormValues, label: string, description?: string) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={4}
      classNames={{ input: 'cb-calm-text' }}
      {...form.getInputProps(field)}
    />
  )

  return (
    <div className="cb-plan-layout">
      <nav aria-label="Parts of the plan" className="cb-plan-nav">
        <ol>
          {PLAN_SECTIONS.map((s, i) => (
            <li key={s.id}>
              <UnstyledButton className="cb-plan-nav-link" onClick={() => goToSection(s.id)}>
                {i + 1}. {s.title}
              </UnstyledButton>
            </li>
          ))}
        </ol>
      </nav>
      <form
        id={FORM_ID}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void saveDraft()
        }}
      >
        <Stack gap="lg">
          <FormSection id={MATTERS.id} title={MATTERS.title}>
            {text(
              'whatMatters',
              'What matters to them',
              'In their own words: people, places, routines, what a good day looks like.',
            )}
          </FormSection>
          <FormSection id={CHANGE.id} title={CHANGE.title}>
            {text('whatToChange', 'What they want to change, in their words')}
            <OutcomesEditor form={form} />
          </FormSection>
          <FormSection id={SUPPORTED.id} title={SUPPORTED.title}>
            {text(
              'howSupported',
              'The support they will have',
              'Who, when, doing what; family, friends and community as well as paid support.',
            )}
          </FormSection>
          <FormSection id={BUDGET.id} title={BUDGET.title}>
            <BudgetEditor form={form} saved={plan.totals} isSaved={!isDirty} />
          </FormSection>
          <FormSection id={MANAGED.id} title={MANAGED.title}>
            {text(
              'howManaged',
              'How the support and money will be managed',
              'Who holds the money, who employs any personal assistants, who runs the payroll.',
            )}
          </FormSection>
          <FormSection id={CONTROL.id} title={CONTROL.title}>
            {text(
              'stayingInControl',
              'How they will stay in control',
              'Decisions they make themselves, and the help they want to make them.',
            )}
          </FormSection>
          <FormSection id={CONTINGENCY.id} title={CONTINGENCY.title}>
            <RisksEditor form={form} />
          </FormSection>
          <FormSection id={ACTIONS.id} title={ACTIONS.title}>
            <ActionsEditor form={form} />
          </FormSection>
          <FormSection id={PEOPLE.id} title={PEOPLE.title}>
            <PeopleEditor form={form} />
          </FormSection>
          <FormSection id={SIGNOFF.id} title={SIGNOFF.title}>
            <SignOffEditor form={form} />
          </FormSection>

          <div className="cb-form-actions cb-plan-actions">
            <Stack gap="xs">
              <FormError message={error} title="There is a problem" />
              {problems && (
                <div role="alert" className="cb-submit-problems" data-testid="submit-problems">
                  <Text size="sm" fw={700}>
                    The plan cannot be submitted yet. Put right:
                  </Text>
                  <ul className="cb-problem-links">
                    {problems.map((p) => (
                      <li key={p.message}>
                        <Anchor
                          component="button"
                          type="button"
                          size="sm"
                          onClick={() => goToField(p.field)}
                        >
                          {p.message}
                        </Anchor>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <Group justify="space-between">
                <Group gap="sm">
                  <Button variant="subtle" color="red" onClick={() => setIsDiscarding(true)}>
                    Throw away this draft…
                  </Button>
                  <Text size="sm" aria-live="polite" data-testid="save-state">
                    {isDirty
                      ? 'You have changes that are not saved yet.'
                      : savedAt
                        ? `Draft saved at ${formatDateTime(savedAt).slice(-5)}.`
                        : 'Everything is saved.'}
                  </Text>
                </Group>
                <Group gap="sm">
                  <Button type="submit" variant="default" loading={save.isPending}>
                    Save draft (Ctrl+S)
                  </Button>
                  <Button onClick={() => setIsConfirming(true)} loading={submit.isPending}>
                    Submit plan…
                  </Button>
                </Group>
              </Group>
            </Stack>
          </div>
        </Stack>
      </form>
      {guard.dialog}
      {isConfirming && (
        <SubmitPlanDialog
          isOpen
          missing={missingParts(form.values)}
          onCancel={() => setIsConfirming(false)}
          onGoTo={(item) => {
            setIsConfirming(false)
            // After the dialog has closed and handed focus back, or it would take focus again.
            window.setTimeout(() => goToField(item.key), 300)
          }}
          onSubmit={(why) => void submitPlan(why)}
        />
      )}
      <ConfirmDialog
        isOpen={isDiscarding}
        title="Throw away this draft?"
        confirmLabel="Throw away the draft"
        isBusy={discard.isPending}
        error={discard.error ? messageOf(discard.error) : null}
        onCancel={() => {
          discard.reset()
          setIsDiscarding(false)
        }}
        onConfirm={discardDraft}
      >
        {plan.version > 1
          ? `This draft of version ${plan.version} goes, with everything written in it. The versions before it are kept as they are.`
          : `This draft plan goes, with everything written in it. It has never been submitted, so nothing else changes.`}
      </ConfirmDialog>
    </div>
  )
}
