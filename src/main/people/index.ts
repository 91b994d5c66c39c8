/**
 * People the organisation supports: their records (details, status and its history, flags), one-page
 * profile, circle of support, consents, council sharing notes and referrals, and who may see which
 * part. The code says "people"; the tables keep their first names (`clients`, `client_id`).
 */
export { circleHandlers } from './circle-handlers'
export { consentsHandlers } from './consents-handlers'
export { peopleHandlers } from './people-handlers'
export { readProfile } from './person-parts-repository'
export {
  findPeopleByNameAndBirth,
  findPersonByNhsNumber,
  rowToSummary,
  takePersonNumber,
} from './person-repository'
export { canSeeNote, displayName, formatPersonRef, type PersonStatusCode } from './person-rules'
export { namePrefixQuery } from './name-search-rules'
export { changeStatus, createPerson, requirePerson } from './person-service'
export { quickSearch } from './quick-search-service'
export { addCircleMember, saveOnePageProfile } from './record-parts-service'
export { referralsHandlers } from './referrals-handlers'
export { sharingHandlers } from './sharing-handlers'
