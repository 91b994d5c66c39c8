import { describe, expect, it } from 'vitest'
import { FEATURES, NAVIGATION, PAGES, PERSON_TABS } from './features'

const duplicatesIn = (values: readonly unknown[]) =>
  values.filter((value, i) => values.indexOf(value) !== i)

describe('the features composed into the app', () => {
  it('give the main navigation in its documented order, Alt+1 … Alt+6, Admin only for those who may open it', () => {
    expect(NAVIGATION.map((s) => [s.order, s.label, s.path])).toEqual([
      [1, 'People', '/people'],
      [2, 'Plans', '/plans'],
      [3, 'Accounts', '/accounts'],
      [4, 'Reviews', '/reviews'],
      [5, 'Returns', '/returns'],
      [6, 'Admin', '/admin'],
    ])
    expect(NAVIGATION.filter((s) => s.permission).map((s) => [s.label, s.permission])).toEqual([
      ['Admin', 'admin.open'],
    ])
  })

  it('have unique navigation paths and Alt shortcuts, each a single digit', () => {
    const entries = FEATURES.flatMap((f) => (f.nav ? [f.nav] : []))
    expect(duplicatesIn(entries.map((s) => s.path))).toEqual([])
    expect(duplicatesIn(entries.map((s) => s.order))).toEqual([])
    for (const entry of entries) expect(entry.order, entry.label).toSatisfy(isAltDigit)
  })

  it('give every navigation entry a page at its address, and no address twice', () => {
    const paths = PAGES.map((page) => page.path)
    for (const entry of NAVIGATION) expect(paths, entry.label).toContain(entry.path)
    expect(duplicatesIn(paths)).toEqual([])
  })

  it('give a person’s page its tabs in order, each at its own address', () => {
    expect(PERSON_TABS.map((t) => [t.label, t.path])).toEqual([
      ['Details', ''],
      ['Profile', 'profile'],
      ['Circle of support', 'circle'],
      ['Consents & sharing', 'consents'],
      ['Notes', 'notes'],
      ['Plans', 'plans'],
      ['Money', 'money'],
      ['Reviews', 'reviews'],
    ])
    const tabs = FEATURES.flatMap((f) => f.personTabs ?? [])
    expect(duplicatesIn(tabs.map((t) => t.path))).toEqual([])
    expect(duplicatesIn(tabs.map((t) => t.order))).toEqual([])
    for (const tab of tabs) expect(tab.path, tab.label).not.toContain('/')
  })

  it('route each tab and each page inside a tab once on the person’s page', () => {
    const personPage = PAGES.find((page) => page.path === '/people/:ref')
    const children = personPage?.children ?? []
    const childPaths = children.map((child) => (child.index ? '' : child.path))
    expect(duplicatesIn(childPaths)).toEqual([])
    expect(childPaths).toEqual(expect.arrayContaining(PERSON_TABS.map((t) => t.path)))
    expect(childPaths).toEqual(expect.arrayContaining(['edit', 'plans/:planId']))
  })
})

function isAltDigit(order: number): boolean {
  return Number.isInteger(order) && order >= 1 && order <= 9
}
