import { NavLink as MantineNavLink } from '@mantine/core'
import { Link, Outlet, useLocation } from 'react-router'
import { NoAccessPage } from '../../app/NoAccessPage'
import { useSession } from '../../app/use-session'

const PAGES = [
  { path: '/admin/users', label: 'Users' },
  { path: '/admin/settings', label: 'Settings' },
  { path: '/admin/about', label: 'About' },
] as const

/**
 * Admin pages, for administrators only. Others who open an admin address see "You don't have
 * access" (the backend refuses their calls anyway, with AUTH.FORBIDDEN).
 */
export function AdminLayout() {
  const { session } = useSession()
  const location = useLocation()
  if (session.user?.role !== 'admin') return <NoAccessPage what="the Admin pages" />
  return (
    <>
      <nav aria-label="Admin pages" className="cb-subnav">
        {PAGES.map((page) => {
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
