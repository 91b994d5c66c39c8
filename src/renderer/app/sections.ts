import type { Role } from '../../shared/roles'

export interface Section {
  readonly path: string
  readonly label: string
  /** Who sees it in the navigation (everyone when absent); the backend enforces roles anyway. */
  readonly roles?: readonly Role[]
  /** What the section will do, for sections not built yet (`summary` follows "Coming next: "). */
  readonly comingNext?: { readonly summary: string; readonly points: readonly string[] }
}

/** The main navigation, in order. Alt+1 … Alt+6 jump to them. */
export const SECTIONS: readonly Section[] = [
  { path: '/people', label: 'People' },
  { path: '/plans', label: 'Plans' },
  {
    path: '/accounts',
    label: 'Accounts',
    comingNext: {
      summary: 'managed accounts for people whose direct payments you look after.',
      points: [
        'Import bank statements (CSV, OFX or Excel) with a preview first',
        'Match payments to the plan and flag anything unusual',
        'Reconcile each period and lock it',
      ],
    },
  },
  {
    path: '/reviews',
    label: 'Reviews',
    comingNext: {
      summary: 'reviews on time, with nothing forgotten.',
      points: [
        'First review 6 to 8 weeks after a plan starts, then yearly',
        'Who is due or overdue, at a glance',
        'Review notes and changes carried into the next plan',
      ],
    },
  },
  {
    path: '/returns',
    label: 'Returns',
    comingNext: {
      summary: 'council returns built from your records.',
      points: [
        'Client Level Data (CLD) returns for each council',
        'Checks that explain any problem before you send it',
        'Exports in the format the council asks for',
      ],
    },
  },
  // Administrators see every Admin page; coordinators, finance staff and viewers see the audit log,
  // backups or About as their role allows (features/admin/AdminLayout.tsx).
  { path: '/admin', label: 'Admin', roles: ['admin', 'coordinator', 'finance', 'viewer'] },
]

export function canSee(section: Section, role: Role | undefined): boolean {
  return !section.roles || (role !== undefined && section.roles.includes(role))
}
