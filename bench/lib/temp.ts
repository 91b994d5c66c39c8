import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Folders made by `withTempDir` that still exist, so an interrupted run can remove them. */
const live = new Set<string>()

/**
 * Runs `fn` with a fresh folder under the OS temp folder (`casebook-bench-<label>-…`) and removes
 * the folder afterwards, also when `fn` fails.
 */
export async function withTempDir<T>(label: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `casebook-bench-${label}-`))
  live.add(dir)
  try {
    return await fn(dir)
  } finally {
    removeDir(dir)
  }
}

function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
  live.delete(dir)
}

/** Removes every temp folder still in use (for Ctrl-C: a full run leaves hundreds of MB behind). */
export function removeLiveTempDirs(): void {
  for (const dir of [...live]) {
    try {
      removeDir(dir)
    } catch {
      // Best effort on the way out.
    }
  }
}
