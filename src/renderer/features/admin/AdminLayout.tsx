import { NavLink as MantineNavLink } from '@mantine/core'
import { Link, Navigate, Outlet, useLocation } from 'react-router'
import { NoAccessPage } from '../../app/NoAccessPage'
import { useAllowed } from '../../app/use-session'
import { ADMIN_PAGES, type AdminPage } from './admin-pages'

const pathOf = (page: AdminPage) => `/admin/${page.path}`

/** The Admin pages listed for the signed-in role, in order. */
function useListedPages(): readonly AdminPage[] {
  const allowed = useAllowed()
  if (!allowed('admin.open')) return []
  return ADMIN_PAGES.filter(
    (page) => allowed(page.permission) && !(page.notListedFor && allowed(page.notListedFor)),
  )
}

/** /admin on its own: the first admin page this role may see. */
export function AdminIndex() {
  const first = useListedPages()[0]
  return first ? <Navigate to={pathOf(first)} replace /> : <NoAccessPage what="the Admin pages" />
}

/**
 * Admin pages: all of them for administrators; the audit log, backups and About for the other
 * roles that may use them. Anyone opening a page their role does not include sees "You don't have
 * access" (the backend refuses their calls anyway, with AUTH.FORBIDDEN).
 */
export function AdminLayout() {
  const location = useLocation()
  const allowed = useAllowed()
  const listed = useListedPages()
  if (listed.length === 0) return <NoAccessPage what="the Admin pages" />
  const current = ADMIN_PAGES.find((page) => location.pathname === pathOf(page))
  if (current && !allowed(current.permission)) {
    return <NoAccessPage what={`the ${current.label} page`} />
  }
  return (
    <>
      <nav aria-label="Admin pages" className="cb-subnav">
        {listed.map((page) => {
          const isActive = location.pathname === pathOf(page)
          return (
            <MantineNavLink
              key={page.path}
              component={Link}
              to={pathOf(page)}
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
