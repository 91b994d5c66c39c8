import { Anchor, Button, Group, List, Modal, Radio, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import type { WithoutAgreement } from '../../../shared/contract/plan-schemas'
import { type MissingItem, NOT_AGREED_REASONS } from '../../../shared/plan-checks'

/**
 * "Submit this plan?", listing what the council will ask about that is missing (each a link to the
 * field). Without the person's agreement it asks why; the backend refuses the plan otherwise.
 */
export function SubmitPlanDialog({
  isOpen,
  missing,
  onGoTo,
  onCancel,
  onSubmit,
}: {
  isOpen: boolean
  missing: readonly MissingItem[]
  onGoTo(item: MissingItem): void
  onCancel(): void
  onSubmit(withoutAgreement?: WithoutAgreement): void
}) {
  const [reason, setReason] = useState('')
  const [explanation, setExplanation] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const needsReason = missing.some((m) => m.key === 'agreement')
  const chosen = NOT_AGREED_REASONS.find((r) => r.code === reason)

  const submit = () => {
    if (!needsReason) return onSubmit()
    if (!chosen || !explanation.trim()) {
      setProblem(
        chosen
          ? `Write down ${chosen.explain.toLowerCase()}.`
          : 'Choose why the plan goes to the council without their agreement, or cancel and record the date they agreed it.',
      )
      return
    }
    onSubmit({ reason: chosen.code, explanation: explanation.trim() })
  }

  return (
    <Modal opened={isOpen} onClose={onCancel} title="Submit this plan?" centered size="lg">
      <Stack gap="md">
        <Text>
          Once submitted, this version of the plan can no longer be changed. To change it later, you
          start a new version. Unsaved changes are saved first.
        </Text>
        {missing.length > 0 && (
          <div data-testid="submit-missing">
            <Text fw={700} mb={4}>
              The council will ask about what is missing:
            </Text>
            <List size="sm" spacing={4}>
              {missing.map((m) => (
                <List.Item key={m.key}>
                  {m.message}{' '}
                  <Anchor component="button" type="button" size="sm" onClick={() => onGoTo(m)}>
                    Go to it
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {needsReason && (
          <>
            <Radio.Group
              label="Why is it going without the person’s agreement?"
              description="Their agreement is needed unless there is a reason: record it, and it is kept with the plan’s history."
              value={reason}
              onChange={(v) => {
                setReason(v)
                setProblem(null)
              }}
              error={problem && !chosen ? problem : undefined}
            >
              <Stack gap="xs" mt="xs">
                {NOT_AGREED_REASONS.map((r) => (
                  <Radio key={r.code} value={r.code} label={r.label} />
                ))}
              </Stack>
            </Radio.Group>
            {chosen && (
              <Textarea
                label={chosen.explain}
                autosize
                minRows={2}
                value={explanation}
                onChange={(e) => {
                  setExplanation(e.currentTarget.value)
                  setProblem(null)
                }}
                error={problem && chosen ? problem : undefined}
              />
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button onClick={submit}>
            {needsReason
              ? 'Submit without their agreement'
              : missing.length > 0
                ? 'Submit anyway'
                : 'Submit plan'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
