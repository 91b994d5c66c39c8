import { useEffect, useState } from 'react'
import type { ProgressEvent } from '../../../shared/contract/api'
import { casebook } from '../../lib/api-client'

export const MAX_FILE_BYTES = 15 * 1024 * 1024

/** A chosen file's bytes as base64, read in the window (nothing leaves the computer). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'))
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.readAsDataURL(file)
  })
}

/** The latest progress report of a long call, while it runs. */
export function useProgress(callId: string | null): ProgressEvent | null {
  const [event, setEvent] = useState<ProgressEvent | null>(null)
  useEffect(() => {
    if (!callId) return
    return casebook().onProgress((e) => {
      if (e.callId === callId) setEvent(e)
    })
  }, [callId])
  return callId && event?.callId === callId ? event : null
}
