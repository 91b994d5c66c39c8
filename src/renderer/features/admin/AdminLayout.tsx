import { NavLink as MantineNavLink } from '@mantine/core'
import { Link, Navigate, Outlet, useLocation } from 'react-router'
import type { Role } from '../../../shared/roles'
import { NoAccessPage } from '../../app/NoAccessPage'
import { useSession } from '../../app/use-session'

interface AdminPage {
  readonly path: string
  readonly label: string
  /** Who sees it in the Admin pages' navigation. Administrators may open every admin page. */
  readonly roles: readonly Role[]
}

/** The Admin pages, each shown to the roles whose calls it makes (the backend checks anyway). */
const PAGES: readonly AdminPage[] = [
  { path: '/admin/users', label: 'Users', roles: ['admin'] },
  { path: '/admin/settings', label: 'Settings', roles: ['admin'] },
  { path: '/admin/backups', label: 'Backups', roles: ['coordinator', 'finance'] },
  { path: '/admin/audit', label: 'Audit log', roles: ['admin', 'coordinator', 'viewer'] },
  { path: '/admin/data-file', label: 'Data file', roles: ['admin'] },
  { path: '/admin/about', label: 'About', roles: ['admin', 'coordinator', 'finance', 'viewer'] },
]

function pagesFor(role: Role | undefined): readonly AdminPage[] {
  return role ? PAGES.filter((page) => page.roles.includes(role)) : []
}

function mayOpen(page: AdminPage, role: Role | undefined): boolean {
  return role === 'admin' || (role !== undefined && page.roles.includes(role))
}

/** /admin on its own: the first admin page this role may see. */
export function AdminIndex() {
  const { session } = useSession()
  const first = pagesFor(session.user?.role)[0]
  return first ? <Navigate to={first.path} replace /> : <NoAccessPage what="the Admin pages" />
}

/**
 * Admin pages: all of them for administrators; the audit log, backups and About for the other
 * roles that may use them. Anyone opening a page their role does not include sees "You don't have
 * access" (the backend refuses their calls anyway, with AUTH.FORBIDDEN).
 */
export function AdminLayout() {
  const { session } = useSession()
  const location = useLocation()
  const role = session.user?.role
  const visible = pagesFor(role)
  if (visible.length === 0) return <NoAccessPage what="the Admin pages" />
  const current = PAGES.find((page) => location.pathname === page.path)
  if (current && !mayOpen(current, role)) {
    return <NoAccessPage what={`the ${current.label} page`} />
  }
  return (
    <>
      <nav aria-label="Admin pages" className="cb-subnav">
        {visible.map((page) => {
          const isActive = location.pathname === page.path
          return (
            <MantineNavLink
              key={page.path}
              component={Link}
              to={page.path}
              label={page.label}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
              className="cb-subnav-link"
            />
          )
        })}
      </nav>
      <Outlet />
    </>
  )
}
