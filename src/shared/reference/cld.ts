/**
 * Adult Social Care Client Level Data (CLD) defined lists, as Casebook code lists.
 *
 * Casebook does not submit CLD (councils do), but storing people, plan lines and reviews in CLD values
 * makes council exports a lookup (domain.md §0.8, §4(a)). Sources, from domain.md §4(a):
 * - `r1`: the Release 1 strings exactly as used in NHS England's replication code [NHSD-GH-*].
 * - `r2`: the Release 2 strings from DHSC's 2025-26 code/docs [DHSC-GH-*] where domain.md gives them.
 *   Where it does not, the R2 spelling is mapped by meaning and each such list says so: check those
 *   against the current R2 specification before a council relies on an R2 export (domain.md §8.1).
 * - `label`: plain en-GB wording for the screen, usually the R2 spelling.
 */
export * from './cld-person'
export * from './cld-events'
