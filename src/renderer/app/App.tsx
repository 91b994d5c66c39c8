import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { FullPageMessage } from '../components/FullPageMessage'
import { findCasebook } from '../lib/api-client'
import { Gate } from './Gate'
import { createQueryClient } from './query-client'
import { SessionProvider } from './SessionProvider'
import { casebookCssVariablesResolver, casebookTheme } from './theme'

/**
 * Providers for the whole app. The strict CSP (style-src 'self') forbids the <style> tags Mantine
 * would inject, so its CSS variables come from static files (styles/theme-variables.css) instead.
 */
export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <MantineProvider
      theme={casebookTheme}
      cssVariablesResolver={casebookCssVariablesResolver}
      withCssVariables={false}
      withGlobalClasses={false}
      forceColorScheme="light"
    >
      <QueryClientProvider client={queryClient}>
        {/* At the top: forms keep their buttons at the bottom right, where messages would cover them. */}
        <Notifications position="top-center" />
        {findCasebook() ? (
          <SessionProvider>
            <Gate />
          </SessionProvider>
        ) : (
          <FullPageMessage title="Casebook cannot reach its data">
            This page was opened outside the Casebook app. Start Casebook from its icon instead.
          </FullPageMessage>
        )}
      </QueryClientProvider>
    </MantineProvider>
  )
}
