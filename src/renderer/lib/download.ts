/**
 * Saves bytes the backend made (base64) as a file: a Blob behind a temporary <a download> link.
 * Nothing navigates, so the strict CSP and the shell's "never leave the app" rule are not involved;
 * Electron shows its save dialog, a browser its downloads.
 */
export function downloadBase64(fileName: string, dataBase64: string, type: string): void {
  const binary = atob(dataBase64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
