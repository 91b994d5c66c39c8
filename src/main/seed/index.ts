/** A realistic demonstration organisation (staff, people, notes, plans in every status). */
export { runSeed } from './seed-service'
export { DEMO_STAFF_PASSWORD } from './seed-staff'
export { seedHandlers } from './seed-handlers'
