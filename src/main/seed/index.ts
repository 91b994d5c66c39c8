/** A realistic demonstration organisation (staff, people, notes, plans in every status). */
export { DEMO_STAFF_PASSWORD, runSeed } from './seed-service'
export { seedHandlers } from './seed-handlers'
