import { Badge, Group } from '@mantine/core'
import type { PersonFlags } from '../../shared/contract/people-schemas'
import { PoundIcon, ScalesIcon, WarningIcon } from './icons'

/** Each flag in words, with an icon and colour as extras: the meaning never rests on colour alone. */
export const FLAG_WORDS = {
  hasSafeguardingConcern: 'Safeguarding',
  hasFinancialConcern: 'Financial concern',
  lacksCapacityForFinances: 'Lacks capacity (finances)',
} as const satisfies Record<keyof PersonFlags, string>

const FLAG_LOOK = {
  hasSafeguardingConcern: { color: 'red', icon: <WarningIcon /> },
  hasFinancialConcern: { color: 'orange', icon: <PoundIcon /> },
  lacksCapacityForFinances: { color: 'grape', icon: <ScalesIcon /> },
} as const

const ORDER = Object.keys(FLAG_WORDS) as (keyof PersonFlags)[]

/** The words for a person's flags, for labels and tests: "Safeguarding, Financial concern". */
export function flagWords(flags: PersonFlags): string[] {
  return ORDER.filter((key) => flags[key]).map((key) => FLAG_WORDS[key])
}

/** A person's flags beside their name; nothing when they have none. */
export function Flags({ flags, size = 'sm' }: { flags: PersonFlags; size?: 'xs' | 'sm' | 'md' }) {
  const shown = ORDER.filter((key) => flags[key])
  if (shown.length === 0) return null
  return (
    <Group gap={6} wrap="wrap" component="span" className="cb-flags" data-testid="flags">
      {shown.map((key) => (
        <Badge
          key={key}
          component="span"
          size={size}
          variant="light"
          color={FLAG_LOOK[key].color}
          leftSection={FLAG_LOOK[key].icon}
          className="cb-flag"
        >
          {FLAG_WORDS[key]}
        </Badge>
      ))}
    </Group>
  )
}
