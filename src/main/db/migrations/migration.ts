/**
 * A migration is plain SQL text so that its hash does not change with bundling or minification.
 * Once a migration has landed on main it is frozen: its hash is recorded in `released.json` and a
 * test fails if the text changes. Add a new migration instead.
 */
export interface Migration {
  /** `NNNN-verb-noun`, ordered. */
  readonly id: string
  readonly sql: string
}
