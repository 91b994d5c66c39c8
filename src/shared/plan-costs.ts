import { roundFraction } from './money'
import { WEEKLY_FACTOR } from './reference'

/**
 * A costed line's cost: weekly for recurring units (DHSC factors as exact fractions, rounded once to
 * whole pence), or one-off. Quantities are in hundredths (12.5 hours → 1250). The backend's totals
 * and the plan editor's live estimate both use this one rule.
 *
 * @example lineCosts({ unit: 'hour', unitCostPence: 1375, quantityHundredths: 1250 }) // weekly 17188
 */
export function lineCosts(line: {
  readonly unit: string
  readonly unitCostPence: number
  readonly quantityHundredths: number
}): { weeklyPence: number; oneOffPence: number } {
  const factor = WEEKLY_FACTOR[line.unit as keyof typeof WEEKLY_FACTOR]
  const num = BigInt(line.unitCostPence) * BigInt(line.quantityHundredths)
  if (!factor) return { weeklyPence: 0, oneOffPence: roundFraction({ num, den: 100n }) }
  return {
    weeklyPence: roundFraction({ num: num * BigInt(factor.num), den: 100n * BigInt(factor.den) }),
    oneOffPence: 0,
  }
}
