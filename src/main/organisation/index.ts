/**
 * The organisation: its name, the councils it works with and the settings several areas read
 * (lock timeout, backup folder, first-review weeks).
 */
export { type CouncilRef, listCouncils, writeCouncils } from './council-repository'
export { councilsHandlers } from './councils-handlers'
export { readSettings, requireCouncil } from './organisation-service'
export { findCouncil } from './council-repository'
export { settingsHandlers } from './settings-handlers'
export {
  DEFAULT_SETTINGS,
  readOrganisationName,
  readStoredSettings,
  type StoredSettings,
  writeOrganisation,
  writeStoredSettings,
} from './settings-repository'
