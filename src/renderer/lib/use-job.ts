import { useCallback, useState } from 'react'
import type { ProgressEvent } from '../../shared/contract/api'
import type { RouteInput, RouteName, RouteOutput } from '../../shared/contract/routes'
import { callApi, casebook, newCallId } from './api-client'

export interface Job {
  /** Runs one long call, listening for its progress until it ends. Throws like `callApi`. */
  run<N extends RouteName>(name: N, input: RouteInput<N>): Promise<RouteOutput<N>>
  readonly isRunning: boolean
  /** The latest progress the backend sent for the running call (null before the first). */
  readonly progress: ProgressEvent | null
  /** Asks the backend to stop the running call (jobs that report progress honour it). */
  cancel(): void
}

/**
 * A long backend call (a `job` route) with its progress events: one at a time per screen.
 *
 * @example const job = useJob('restore'); await job.run('backup.restore', { file, to })
 */
export function useJob(prefix: string): Job {
  const [callId, setCallId] = useState<string | null>(null)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)

  const run = useCallback(
    async <N extends RouteName>(name: N, input: RouteInput<N>): Promise<RouteOutput<N>> => {
      const id = newCallId(prefix)
      setCallId(id)
      setProgress(null)
      const stop = casebook().onProgress((event) => {
        if (event.callId === id) setProgress(event)
      })
      try {
        return await callApi(name, input, { callId: id })
      } finally {
        stop()
        setCallId(null)
        setProgress(null)
      }
    },
    [prefix],
  )

  const cancel = useCallback(() => {
    if (callId) void casebook().cancel(callId)
  }, [callId])

  return { run, isRunning: callId !== null, progress, cancel }
}
