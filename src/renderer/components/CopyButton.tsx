import { Button, Group, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { copyText } from '../lib/copy-text'

/**
 * "Copy" for a piece of text shown beside it (a key, codes, a line to keep). Whether it worked is
 * said in words, and announced; when it did not, the person is told how to copy it by hand.
 */
export function CopyButton({
  text,
  what,
  label = 'Copy',
  className,
}: {
  text: string
  /** What is copied, in words: "the key", "the recovery codes". */
  what: string
  label?: string
  className?: string
}) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null)
  useEffect(() => {
    if (outcome !== 'copied') return
    const timer = window.setTimeout(() => setOutcome(null), 4000)
    return () => window.clearTimeout(timer)
  }, [outcome])
  return (
    <Group gap="xs" className={className}>
      <Button
        variant="default"
        size="xs"
        onClick={() => void copyText(text).then((ok) => setOutcome(ok ? 'copied' : 'failed'))}
      >
        {label}
      </Button>
      <Text size="sm" role="status">
        {outcome === 'copied' && `Copied ${what}.`}
        {outcome === 'failed' &&
          `Could not copy ${what}. Select it and press Ctrl+C, or write it down.`}
      </Text>
    </Group>
  )
}
