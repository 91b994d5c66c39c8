/** First run: the data file, its keyring, the organisation and its first administrator. */
export { createOrganisation, type NewOrganisation } from './setup-service'
