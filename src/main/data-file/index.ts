/** The data file itself: its cipher, integrity and migration state, and re-encrypting it with a new key. */
export { checkDataFile } from './data-file-service'
export { dbHandlers } from './db-handlers'
