import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './styles/theme-variables.css'
import './styles/app.css'
import './styles/records.css'
import './styles/plans.css'
import './styles/admin.css'
import './styles/security.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { applyLargeText, readLargeText } from './lib/preferences'

applyLargeText(readLargeText())

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
