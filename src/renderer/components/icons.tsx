import type { ReactNode } from 'react'

/**
 * A few small line icons drawn inline (no icon font: the CSP allows only our own files). They are
 * always decorative: a word beside them carries the meaning.
 */
function Icon({ children, size = 14 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}

export function WarningIcon() {
  return (
    <Icon>
      <path d="M8 1.8 15 14H1L8 1.8Z" />
      <path d="M8 6.2v3.6M8 12h.01" />
    </Icon>
  )
}

export function PoundIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="6.6" />
      <path d="M10.2 5.4a2 2 0 0 0-3.7 1v4.3M5.4 8.4h3.6M5.4 10.9h5.2" />
    </Icon>
  )
}

export function ScalesIcon() {
  return (
    <Icon>
      <path d="M8 2v12M4.5 14h7M3 4.5h10M3 4.5 1.3 9h3.4L3 4.5ZM13 4.5 11.3 9h3.4L13 4.5Z" />
    </Icon>
  )
}

export function LockIcon() {
  return (
    <Icon>
      <rect x="3" y="7" width="10" height="7.5" rx="1.2" />
      <path d="M5.2 7V5a2.8 2.8 0 0 1 5.6 0v2" />
    </Icon>
  )
}

export function TickIcon() {
  return (
    <Icon>
      <path d="m3 8.5 3.2 3L13 4.5" />
    </Icon>
  )
}

export function SearchIcon() {
  return (
    <Icon size={16}>
      <circle cx="7" cy="7" r="4.8" />
      <path d="m10.6 10.6 3.6 3.6" />
    </Icon>
  )
}
