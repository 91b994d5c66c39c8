import type { Feature } from '../../app/feature-types'
import { ImportPage } from './ImportPage'

/** Importing people from a spreadsheet, reached from the People list. */
export const importsFeature: Feature = {
  routes: [{ path: '/people/import', element: <ImportPage /> }],
}
