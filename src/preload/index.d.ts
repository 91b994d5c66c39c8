import type { CasebookApi } from '../shared/contract/api'

declare global {
  /** `window.casebook`, exposed by the preload (Electron) or the web harness shim. */
  interface Window {
    casebook: CasebookApi
  }
}

export {}
