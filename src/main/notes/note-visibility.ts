import { sql } from 'kysely'
import { can } from '../../shared/policy'
import type { Actor } from '../kernel'

/** Who is reading: restricted notes depend on their role and whether they wrote the note. */
export type Viewer = Actor

/**
 * SQL condition on `case_notes`: the viewer may see this text (restricted notes only for their
 * author, coordinators and admins). A correction or addendum keeps its note's restriction, and the
 * note's first author keeps seeing it when someone else amends it: the author asked is the first's.
 */
export function visibleTo(viewer: Viewer) {
  return can(viewer.role, 'notes.seeRestricted')
    ? sql<boolean>`1`
    : sql<boolean>`(case_notes.is_restricted = 0 OR (SELECT first.author_id FROM case_notes first
        WHERE first.id = coalesce(case_notes.amends_id, case_notes.id)) = ${viewer.id})`
}

/**
 * SQL condition on `case_notes`: this text is current, not replaced by a newer correction of its
 * note. Addenda stay current; so search finds what the note says now.
 */
export const isCurrentText = sql<boolean>`(case_notes.amendment IS 'addendum' OR NOT EXISTS (
  SELECT 1 FROM case_notes newer
  WHERE newer.amendment = 'correction'
    AND newer.amends_id = coalesce(case_notes.amends_id, case_notes.id)
    AND newer.id > case_notes.id))`
