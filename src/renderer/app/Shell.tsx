import { Button, Group, Kbd, NavLink, Text } from '@mantine/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link, Outlet, useLocation, useNavigate } from 'react-router'
import { callApi, messageOf } from '../lib/api-client'
import { applyLargeText, readLargeText, writeLargeText } from '../lib/preferences'
import { SearchIcon } from '../components/icons'
import { useSettings } from '../features/settings/use-settings'
import { AuditProblemBanner } from './AuditProblemBanner'
import { BackupReminder } from './BackupReminder'
import { QuickSearch } from './QuickSearch'
import { RecoveryKeyReminder } from './RecoveryKeyReminder'
import { forgetRecentPeople } from './recent-people'
import { NAVIGATION } from './features'
import { ShortcutsHelp } from './ShortcutsHelp'
import { UserMenu } from './UserMenu'
import { useInactivityLock } from './use-inactivity-lock'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts'
import { useAllowed, useCan, useSession } from './use-session'
import { notify } from '../lib/notify'

/** The signed-in app: header, section navigation, and the current page. */
export function Shell() {
  const { session, setSession } = useSession()
  const navigate = useNavigate()
  const location = useLocation()
  const mainRef = useRef<HTMLElement>(null)
  const [isHelpOpen, setIsHelpOpen] = useState(false)
  const [isSearchOpen, setIsSearchOpen] = useState(false)
  const [isLargeText, setIsLargeText] = useState(readLargeText)
  const allowed = useAllowed()
  const mayMakeBackups = useCan('backup.make')
  const visible = useMemo(() => NAVIGATION.filter((s) => allowed(s.permission)), [allowed])
  const settings = useSettings()

  const lock = useCallback(async () => {
    try {
      setSession(await callApi('auth.lock', {}))
    } catch {
      // Hide the records even if the backend could not be told; unlocking will ask it again.
      setSession({ ...session, state: 'locked' })
    }
  }, [session, setSession])

  const signOut = useCallback(async () => {
    try {
      setSession(await callApi('auth.signOut', {}))
    } catch (e) {
      notify({ isProblem: true, title: 'Could not sign out', message: messageOf(e) })
    }
  }, [setSession])

  const touch = useCallback(() => {
    void callApi('auth.touch', {}).catch(() => undefined)
  }, [])

  useInactivityLock(session.lockAfterMinutes, () => void lock(), touch)
  const shortcuts = useMemo(
    () => ({
      lock: () => void lock(),
      openSearch: () => {
        setIsHelpOpen(false)
        setIsSearchOpen(true)
      },
      showHelp: () => setIsHelpOpen(true),
      goToSection: (shortcut: number) => {
        const section = NAVIGATION.find((s) => s.order === shortcut)
        if (section && allowed(section.permission)) void navigate(section.path)
      },
    }),
    [lock, navigate, allowed],
  )
  useKeyboardShortcuts(shortcuts)

  useEffect(() => applyLargeText(isLargeText), [isLargeText])
  // The people opened this session are forgotten when the app locks or signs out (Shell unmounts).
  useEffect(() => forgetRecentPeople, [])
  const toggleLargeText = () => {
    writeLargeText(!isLargeText)
    setIsLargeText(!isLargeText)
  }

  return (
    <div className="cb-shell">
      <a
        className="cb-skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault()
          mainRef.current?.focus()
        }}
      >
        Skip to main content
      </a>
      <header className="cb-header">
        <Group gap="sm" wrap="nowrap">
          <Text fw={800} size="lg" c="blue.9">
            Casebook
          </Text>
          {settings.data && (
            <Text size="sm" c="dimmed" truncate="end" data-testid="organisation-name">
              {settings.data.organisationName}
            </Text>
          )}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Button
            variant="default"
            onClick={() => setIsSearchOpen(true)}
            title="Find a person (Ctrl+K)"
            leftSection={<SearchIcon />}
          >
            Find a person&nbsp;
            <Kbd size="xs" aria-hidden="true">
              Ctrl+K
            </Kbd>
          </Button>
          <Button variant="default" onClick={() => void lock()} title="Lock (Ctrl+L)">
            Lock&nbsp;
            <Kbd size="xs" aria-hidden="true">
              Ctrl+L
            </Kbd>
          </Button>
          <UserMenu
            isLargeText={isLargeText}
            onToggleLargeText={toggleLargeText}
            onShowShortcuts={() => setIsHelpOpen(true)}
            onSignOut={() => void signOut()}
          />
        </Group>
      </header>
      <nav className="cb-nav" aria-label="Sections">
        {visible.map((section) => {
          const isActive =
            location.pathname === section.path || location.pathname.startsWith(`${section.path}/`)
          return (
            <NavLink
              key={section.path}
              component={Link}
              to={section.path}
              label={section.label}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
              className="cb-nav-link"
            />
          )
        })}
      </nav>
      <main id="main" className="cb-main" ref={mainRef} tabIndex={-1}>
        <AuditProblemBanner />
        <RecoveryKeyReminder />
        {mayMakeBackups && <BackupReminder />}
        <Outlet />
      </main>
      <ShortcutsHelp isOpen={isHelpOpen} onClose={() => setIsHelpOpen(false)} />
      <QuickSearch isOpen={isSearchOpen} onClose={() => setIsSearchOpen(false)} />
    </div>
  )
}
