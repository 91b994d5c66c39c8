import type { CasebookApi } from '../../../src/shared/contract/api'

/**
 * What code passed to `page.evaluate` may use in the page. This project is type-checked without
 * the DOM library, so callbacks reach the page's globals through this type:
 * `page.evaluate(() => (globalThis as unknown as PageGlobals).casebook.call('auth.session', {}))`.
 */
export interface PageGlobals {
  readonly casebook: CasebookApi
  readonly location: { hash: string }
  readonly document: { readonly activeElement: { readonly id: string } | null }
}
