import { app } from 'electron'
import { registerAppScheme } from './app-protocol'
import { startCasebook } from './app-lifecycle'

/**
 * Entry of the Electron main process (out/main/index.js). Everything that must happen before the app
 * is ready happens here; the rest is in app-lifecycle.ts.
 */
app.enableSandbox()
registerAppScheme()

// A second copy would open the same data file twice: hand over to the first and leave.
if (app.requestSingleInstanceLock()) startCasebook()
else app.quit()
