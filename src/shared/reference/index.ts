export * from './code-list'
export * from './cld'
export * from './care-act'
export * from './casebook-lists'
