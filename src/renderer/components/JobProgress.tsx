import { Progress, Stack, Text } from '@mantine/core'
import type { ProgressEvent } from '../../shared/contract/api'

/**
 * A long call's progress: a bar (moving stripes while the size of the work is unknown) and the
 * step in words, announced politely to screen readers.
 */
export function JobProgress({
  progress,
  label,
  waiting,
  testId,
}: {
  progress: ProgressEvent | null
  /** The bar's accessible name, e.g. "Restore progress". */
  label: string
  /** What to say before the backend reports a step, e.g. "Checking the backup…". */
  waiting: string
  testId?: string
}) {
  const percent =
    progress && progress.total ? Math.round((progress.done / progress.total) * 100) : null
  return (
    <Stack gap={4} data-testid={testId}>
      <Progress value={percent ?? 100} animated={percent === null} aria-label={label} />
      <Text size="sm" role="status">
        {progress && progress.label !== 'done'
          ? `${progress.label}${progress.total ? ` (step ${progress.done} of ${progress.total})` : ''}`
          : waiting}
      </Text>
    </Stack>
  )
}
