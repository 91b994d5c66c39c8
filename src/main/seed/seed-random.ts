/** A small seeded random generator (mulberry32): the same seed gives the same organisation. */
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  return { next, int, pick, chance: (p: number) => next() < p }
}

export type Random = ReturnType<typeof random>

export const DAY_MS = 86_400_000

/** Days since 1970-01-01 (UTC), the unit the seed plans a person's story in. */
export function dayOf(moment: Date): number {
  return Math.floor(moment.getTime() / DAY_MS)
}

/** `yyyy-mm-dd` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** A moment in the working day (09:00 to 17:00 UTC) of `day`: when staff record things. */
export function workingMoment(rng: Random, day: number): Date {
  return new Date(day * DAY_MS + rng.int(9 * 3600, 17 * 3600 - 1) * 1000)
}
