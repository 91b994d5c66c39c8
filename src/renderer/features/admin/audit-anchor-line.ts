/** "1234:5f3c…" (as `casebook audit anchor` prints it) → the event's id and hash, or null. */
export function readAnchorLine(line: string): { id: number; hash: string } | null {
  const match = /^\s*(\d+)\s*:\s*([0-9a-fA-F]{64})\s*$/.exec(line)
  if (!match) return null
  const id = Number(match[1])
  return id >= 1 ? { id, hash: match[2]!.toLowerCase() } : null
}
