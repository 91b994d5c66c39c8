import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import type { Permission } from '../../shared/policy'

/** A section of the main navigation. */
export interface NavEntry {
  readonly path: string
  readonly label: string
  /** Its place in the navigation, which is also its shortcut: Alt+`order`. */
  readonly order: number
  /** Who sees it (everyone signed in when absent). Hiding is a courtesy: the backend refuses anyway. */
  readonly permission?: Permission
}

/** A tab on a person's page (#/people/C-000123/<path>), which shows their name and flags above it. */
export interface PersonTab {
  readonly label: string
  /** Its address under the person's page; '' for the first tab (the page's own address). */
  readonly path: string
  /** Its place among the tabs, whichever feature brings it. */
  readonly order: number
  readonly element: ReactNode
  /** Who sees the tab (everyone signed in when absent); the tab's page still checks for itself. */
  readonly permission?: Permission
  /** More pages of the person's page that show this tab as current (Plans: plans/:planId). */
  readonly pages?: readonly RouteObject[]
}

/**
 * What one feature brings to the signed-in app. Features are listed once, in `app/features.ts`; an
 * area not built yet is a small feature holding its placeholders, so building it means filling its
 * own folder.
 */
export interface Feature {
  /** Its pages, with addresses from the root (#/plans, #/people/import). */
  readonly routes?: readonly RouteObject[]
  readonly nav?: NavEntry
  readonly personTabs?: readonly PersonTab[]
}
