import pkg from '../../../package.json'

/** This build's version, recorded with each migration so a newer file can name its writer. */
export const APP_VERSION: string = pkg.version
