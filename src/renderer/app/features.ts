import type { RouteObject } from 'react-router'
import { aboutFeature } from '../features/about/feature'
import { accountsFeature } from '../features/accounts/feature'
import { adminFeature } from '../features/admin/feature'
import { authFeature } from '../features/auth/feature'
import { importsFeature } from '../features/imports/feature'
import { peopleFeature, personPage } from '../features/people/feature'
import { plansFeature } from '../features/plans/feature'
import { returnsFeature } from '../features/returns/feature'
import { reviewsFeature } from '../features/reviews/feature'
import type { Feature, NavEntry, PersonTab } from './feature-types'

/** Every feature of the signed-in app, in one place; each says where it goes by its `order`s. */
export const FEATURES: readonly Feature[] = [
  peopleFeature,
  plansFeature,
  accountsFeature,
  reviewsFeature,
  returnsFeature,
  importsFeature,
  adminFeature,
  aboutFeature,
  authFeature,
]

function byOrder<T extends { readonly order: number }>(items: readonly T[]): readonly T[] {
  return [...items].sort((a, b) => a.order - b.order)
}

/** The main navigation, in order: People, Plans, Accounts, Reviews, Returns, Admin (Alt+1 … 6). */
export const NAVIGATION: readonly NavEntry[] = byOrder(
  FEATURES.flatMap((feature) => (feature.nav ? [feature.nav] : [])),
)

/** The tabs of a person's page, in order, whichever feature brings them. */
export const PERSON_TABS: readonly PersonTab[] = byOrder(
  FEATURES.flatMap((feature) => feature.personTabs ?? []),
)

/** The signed-in app's pages: each feature's own, and a person's page with all their tabs. */
export const PAGES: readonly RouteObject[] = [
  ...FEATURES.flatMap((feature) => feature.routes ?? []),
  personPage(PERSON_TABS),
]
