import type { BenchSuite } from '../lib/suite'
import { encryptionSuite } from './encryption'
import { importsSuite } from './imports'
import { recordsSuite } from './records'
import { searchSuite } from './search'
import { statementsSuite } from './statements'
import { unlockSuite } from './unlock'

/**
 * Every suite, in the order a full run takes them. Listed by hand (like the migrations) so adding a
 * suite is one import and one entry here; names must be unique.
 */
export const suites: readonly BenchSuite[] = [
  unlockSuite,
  encryptionSuite,
  searchSuite,
  recordsSuite,
  importsSuite,
  statementsSuite,
]
