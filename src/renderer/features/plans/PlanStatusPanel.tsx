import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { PanelDecision, PlanVersion } from '../../../shared/contract/plan-schemas'
import { formatPence } from '../../../shared/money'
import {
  PersonStatus,
  PanelDecision as PanelDecisionList,
  labelOf,
} from '../../../shared/reference'
import { approvalText, latestApproval } from '../../../shared/plan-approval'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormError } from '../../components/FormError'
import { Facts } from '../../components/TabHeader'
import { callApi, isApiError, messageOf, newCallId } from '../../lib/api-client'
import { downloadBase64 } from '../../lib/download'
import { formatDate, formatDateTime } from '../../lib/format'
import { notify } from '../../lib/notify'
import { AppealDialog, EndPlanDialog, PanelDecisionDialog } from './PlanDialogs'
import { PlanStatusBadge } from './PlanStatusBadge'
import { planPath, usePlanMutation, usePlans } from './use-plans'

const DECIDED = new Set(['approved', 'approved-with-conditions', 'deferred', 'declined'])

function Decision({
  decision,
  canEdit,
  onAppeal,
}: {
  decision: PanelDecision
  canEdit: boolean
  onAppeal(): void
}) {
  const money = (p: number | null) => (p === null ? '—' : formatPence(p))
  return (
    <Paper withBorder p="md" data-testid="panel-decision">
      <Group justify="space-between" mb="xs">
        <Text fw={700}>
          {labelOf(PanelDecisionList, decision.decision)}: {decision.panel},{' '}
          {formatDate(decision.decidedOn)}
        </Text>
        {canEdit && !decision.appeal && (
          <Button size="compact-sm" variant="default" onClick={onAppeal}>
            Record an appeal…
          </Button>
        )}
      </Group>
      <Facts
        items={[
          ['Weekly requested', money(decision.weeklyRequestedPence)],
          ['Weekly approved', money(decision.weeklyApprovedPence)],
          ['One-off requested', money(decision.oneOffRequestedPence)],
          ['One-off approved', money(decision.oneOffApprovedPence)],
          ...(decision.conditions ? [['Conditions', decision.conditions] as const] : []),
          ...(decision.reasons ? [['Reasons', decision.reasons] as const] : []),
          ...(decision.appeal ? [['Appeal or re-submission', decision.appeal] as const] : []),
        ]}
      />
    </Paper>
  )
}

function PdfButtons({ plan }: { plan: PlanVersion }) {
  const exportPdf = useMutation({
    mutationFn: (easyRead: boolean) =>
      callApi('plans.exportPdf', { planRef: plan.ref, easyRead }, { callId: newCallId('pdf') }),
    onSuccess: (file) => {
      downloadBase64(file.fileName, file.dataBase64, 'application/pdf')
      notify({ title: 'PDF ready', message: `${file.fileName} has been downloaded.` })
    },
    onError: (e) => notify({ isProblem: true, title: 'No PDF made', message: messageOf(e) }),
  })
  return (
    <Group gap="sm">
      <Button
        variant="default"
        loading={exportPdf.isPending && exportPdf.variables === false}
        onClick={() => exportPdf.mutate(false)}
      >
        Download printable plan (PDF)
      </Button>
      <Button
        variant="default"
        loading={exportPdf.isPending && exportPdf.variables === true}
        onClick={() => exportPdf.mutate(true)}
      >
        Download easy-read plan (PDF)
      </Button>
    </Group>
  )
}

/** What a version is now, its review dates, decisions, and the next steps it allows. */
export function PlanStatusPanel({
  plan,
  canEdit,
  person,
}: {
  plan: PlanVersion
  canEdit: boolean
  /** Whose plan it is: activating a plan for someone not yet active says so. */
  person: { displayName: string; status: string }
}) {
  const navigate = useNavigate()
  const [dialog, setDialog] = useState<'decision' | 'end' | PanelDecision | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<'panel' | 'activate' | null>(null)
  const versions = usePlans(plan.personRef)
  const replaced = (versions.data ?? []).filter((v) => v.status === 'active' && v.ref !== plan.ref)
  const approval = latestApproval(plan.decisions)
  const toPanel = usePlanMutation('plans.sendToPanel')
  const activate = usePlanMutation('plans.activate')
  const revise = usePlanMutation('plans.revise')
  const next = plan.nextStatuses as string[]
  const canDecide = next.some((s) => DECIDED.has(s))
  const r = plan.reviewDates

  const run = async (step: () => Promise<unknown>, done: string) => {
    setConfirming(null)
    setError(null)
    try {
      await step()
      notify({ title: 'Done', message: done })
    } catch (e) {
      setError(messageOf(e))
    }
  }
  const newVersion = async () => {
    setError(null)
    try {
      const draft = await revise.mutateAsync({ planRef: plan.ref })
      void navigate(planPath(draft.ref))
    } catch (e) {
      const existing = isApiError(e, 'PLANS.DRAFT_EXISTS') ? e.details?.planRef : null
      if (typeof existing === 'string') void navigate(planPath(existing))
      else setError(messageOf(e))
    }
  }

  return (
    <Paper withBorder p="lg" mb="lg" component="section" aria-labelledby="plan-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Group gap="sm">
              <Title order={2} size="h3" id="plan-heading">
                Plan {plan.planNo}, version {plan.version}
              </Title>
              <PlanStatusBadge status={plan.status} />
            </Group>
            <Text c="dimmed" size="sm">
              {plan.ref} · status since {formatDateTime(plan.statusChangedAt)}
              {plan.submittedAt && ` · submitted ${formatDateTime(plan.submittedAt)}`}
            </Text>
          </div>
          <PdfButtons plan={plan} />
        </Group>
        {!plan.isEditable && (
          <Text size="sm">
            This version has been submitted and is kept exactly as it was. To change the plan, start
            a new version.
          </Text>
        )}
        <Facts
          items={[
            ['Weekly cost (saved)', formatPence(plan.totals.weeklyLinesPence)],
            ...(approval ? [['Funding agreed', approvalText(approval)] as const] : []),
            [
              'Weekly budget',
              plan.weeklyGrossPence === null ? 'Not set' : formatPence(plan.weeklyGrossPence),
            ],
            ['First review', formatDate(r.firstReview) || 'When the plan has a start date'],
            ['Yearly review', formatDate(r.annualReview)],
            ['Direct-payment review', formatDate(r.directPaymentReview) || 'Not a direct payment'],
            ['Next review due', formatDate(r.nextDue)],
          ]}
        />
        {plan.totals.overBudgetByPence > 0 && (
          <Alert
            color="orange"
            title={`Over budget by ${formatPence(plan.totals.overBudgetByPence)} a week`}
          >
            {plan.content.overBudgetReason ?? 'No reason recorded yet.'}
          </Alert>
        )}
        {plan.decisions.length > 0 && (
          <Stack gap="sm">
            <Title order={3} size="h4">
              Funding panel decisions
            </Title>
            {plan.decisions.map((d) => (
              <Decision key={d.id} decision={d} canEdit={canEdit} onAppeal={() => setDialog(d)} />
            ))}
          </Stack>
        )}
        <FormError message={error} title="That did not work" />
        {canEdit && !plan.isEditable && (
          <Group gap="sm" data-testid="plan-next-steps">
            {next.includes('funding-panel') && (
              <Button loading={toPanel.isPending} onClick={() => setConfirming('panel')}>
                Send to funding panel…
              </Button>
            )}
            {canDecide && (
              <Button onClick={() => setDialog('decision')}>Record panel decision…</Button>
            )}
            {next.includes('active') && (
              <Button loading={activate.isPending} onClick={() => setConfirming('activate')}>
                Make this the active plan…
              </Button>
            )}
            {next.includes('ended') && (
              <Button variant="default" onClick={() => setDialog('end')}>
                End plan…
              </Button>
            )}
            <Button variant="default" loading={revise.isPending} onClick={() => void newVersion()}>
              Start a new version
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        isOpen={confirming === 'panel'}
        title="Send this plan to the funding panel?"
        confirmLabel="Send to funding panel"
        isBusy={toPanel.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() =>
          void run(
            () => toPanel.mutateAsync({ planRef: plan.ref }),
            'The plan is recorded as at the funding panel.',
          )
        }
      >
        {`Plan ${plan.planNo}, version ${plan.version} will be recorded as at the funding panel from now. This cannot be undone: the next step is to record the panel’s decision.`}
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={confirming === 'activate'}
        title="Make this the active plan?"
        confirmLabel={
          replaced.length > 0 ? 'Make active and replace the old plan' : 'Make this the active plan'
        }
        isBusy={activate.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() =>
          void run(
            () => activate.mutateAsync({ planRef: plan.ref }),
            person.status === 'active'
              ? 'This is now the active plan.'
              : `This is now the active plan. ${person.displayName} is still recorded as “${labelOf(PersonStatus, person.status)}”: use “Change status…” at the top to make them active.`,
          )
        }
      >
        <Stack gap="xs" data-testid="activate-question">
          <Text>
            Plan {plan.planNo}, version {plan.version} becomes {person.displayName}’s active plan.
          </Text>
          {replaced.map((old) => (
            <Text key={old.ref} fw={700}>
              Plan {old.planNo}, version {old.version} ({old.ref}), active now, will be marked
              “Replaced by a newer plan” and stop being used.
            </Text>
          ))}
          <Text>This cannot be undone.</Text>
        </Stack>
      </ConfirmDialog>
      {dialog === 'decision' && <PanelDecisionDialog plan={plan} onClose={() => setDialog(null)} />}
      {dialog === 'end' && <EndPlanDialog plan={plan} onClose={() => setDialog(null)} />}
      {dialog !== null && typeof dialog === 'object' && (
        <AppealDialog plan={plan} decision={dialog} onClose={() => setDialog(null)} />
      )}
    </Paper>
  )
}
