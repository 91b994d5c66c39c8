import { m0001 } from './0001-create-foundation'
import { m0002 } from './0002-create-people'
import { m0003 } from './0003-index-plan-parts'
import { m0004 } from './0004-search-names-without-punctuation'
import { m0005 } from './0005-second-factor-and-restore-drills'
import { m0006 } from './0006-search-names-in-every-script'
import { m0007 } from './0007-note-corrections'
import type { Migration } from './migration'

/** Every migration, in order. Listed statically so the bundle needs no folder scan. */
export const migrations: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007]
