import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import ts from 'typescript'

/**
 * Compares the typed schema kysely is given (`src/main/db/schema.ts`) with the tables a migrated
 * file really has: tables, columns, nullability, number-or-text, and the values a CHECK (… IN (…))
 * allows against the literal union the type says. Like Actual Budget's schema guard, it stops the
 * types from lying about the file.
 */

interface TypedColumn {
  readonly isNullable: boolean
  readonly isNumber: boolean
  /** The string literals of a union type (`'draft' | 'active'`), or null for plain text/number. */
  readonly literals: readonly string[] | null
}
type TypedSchema = Map<string, Map<string, TypedColumn>>

/** The `Database` interface of a schema file, read with the TypeScript checker (aliases resolved). */
export function readTypedSchema(schemaFile: string): TypedSchema {
  const program = ts.createProgram([schemaFile], { strict: true, skipLibCheck: true })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(schemaFile)
  if (!source) throw new Error(`Cannot read ${schemaFile}`)
  const database = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database',
  )
  if (!database) throw new Error(`${schemaFile} has no Database interface`)
  const schema: TypedSchema = new Map()
  for (const table of checker.getTypeAtLocation(database).getProperties()) {
    const tableType = checker.getTypeOfSymbol(table)
    const columns = new Map<string, TypedColumn>()
    for (const column of tableType.getProperties()) {
      columns.set(column.name, describeColumn(checker, checker.getTypeOfSymbol(column)))
    }
    schema.set(table.name, columns)
  }
  return schema
}

/** kysely's `Generated<T>` is a brand over the select type; its `__select__` property is T. */
function selectTypeOf(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  const select = type.getProperty('__select__')
  return select ? checker.getTypeOfSymbol(select) : type
}

function describeColumn(checker: ts.TypeChecker, declared: ts.Type): TypedColumn {
  const type = selectTypeOf(checker, declared)
  const parts = type.isUnion() ? type.types : [type]
  const isNullable = parts.some((t) => t.flags & ts.TypeFlags.Null)
  const values = parts.filter((t) => !(t.flags & ts.TypeFlags.Null))
  const isNumber = values.every((t) => t.flags & ts.TypeFlags.NumberLike)
  const isLiteralUnion = values.length > 0 && values.every((t) => t.isStringLiteral())
  return {
    isNullable,
    isNumber,
    literals: isLiteralUnion ? values.map((t) => (t as ts.StringLiteralType).value).sort() : null,
  }
}

interface FileColumn {
  readonly isNullable: boolean
  readonly isNumber: boolean
  readonly checkValues: readonly string[] | null
}

/** Tables the app keeps for itself or SQLite makes for full-text search: not in the typed schema. */
function isInternal(name: string, virtualTables: readonly string[]): boolean {
  return (
    name.startsWith('sqlite_') ||
    name === 'casebook_migrations' ||
    virtualTables.some((v) => name === v || name.startsWith(`${v}_`))
  )
}

/** The tables and columns of a migrated file, with each text column's CHECK (col IN (…)) values. */
export function readFileSchema(
  sqlite: BetterSqlite3.Database,
): Map<string, Map<string, FileColumn>> {
  const tables = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .all() as { name: string; sql: string }[]
  const virtualTables = tables
    .filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql))
    .map((t) => t.name)
  const schema = new Map<string, Map<string, FileColumn>>()
  for (const table of tables) {
    if (isInternal(table.name, virtualTables)) continue
    const info = sqlite.prepare(`PRAGMA table_info("${table.name}")`).all() as {
      name: string
      type: string
      notnull: number
      pk: number
    }[]
    const columns = new Map<string, FileColumn>()
    for (const c of info) {
      const check = new RegExp(
        `\\b${c.name}\\b[^,]*?CHECK\\s*\\(\\s*${c.name}\\s+IN\\s*\\(([^)]*)\\)`,
        'is',
      )
      const listed = check.exec(table.sql)?.[1]
      const strings = listed ? [...listed.matchAll(/'([^']*)'/g)].map((m) => m[1]!) : []
      columns.set(c.name, {
        // An INTEGER PRIMARY KEY is the rowid: never null, though SQLite reports notnull = 0.
        isNullable: c.notnull === 0 && c.pk === 0,
        isNumber: /INT|REAL|NUM/i.test(c.type),
        checkValues: strings.length > 0 ? strings.sort() : null,
      })
    }
    schema.set(table.name, columns)
  }
  return schema
}

/** Every difference between the typed schema and the file, one plain line each. */
export function schemaDifferences(
  typed: TypedSchema,
  file: Map<string, Map<string, FileColumn>>,
): string[] {
  const problems: string[] = []
  for (const name of file.keys()) {
    if (!typed.has(name)) problems.push(`table ${name} is in the file but not in schema.ts`)
  }
  for (const [name, typedColumns] of typed) {
    const fileColumns = file.get(name)
    if (!fileColumns) {
      problems.push(`table ${name} is in schema.ts but not in the file`)
      continue
    }
    for (const column of fileColumns.keys()) {
      if (!typedColumns.has(column)) problems.push(`${name}.${column} is missing from schema.ts`)
    }
    for (const [column, t] of typedColumns) {
      const f = fileColumns.get(column)
      if (!f) {
        problems.push(`${name}.${column} is in schema.ts but not in the file`)
        continue
      }
      if (t.isNullable !== f.isNullable) {
        problems.push(
          `${name}.${column} is ${f.isNullable ? 'nullable' : 'NOT NULL'} in the file but ${t.isNullable ? 'nullable' : 'not nullable'} in schema.ts`,
        )
      }
      if (t.isNumber !== f.isNumber) {
        problems.push(
          `${name}.${column} holds ${f.isNumber ? 'numbers' : 'text'} in the file but ${t.isNumber ? 'a number' : 'text'} in schema.ts`,
        )
      }
      if (f.checkValues && !t.literals) {
        problems.push(
          `${name}.${column} allows only ${f.checkValues.join(', ')} in the file but any text in schema.ts`,
        )
      }
      if (f.checkValues && t.literals && f.checkValues.join('|') !== t.literals.join('|')) {
        problems.push(
          `${name}.${column} allows ${f.checkValues.join(', ')} in the file but ${t.literals.join(', ')} in schema.ts`,
        )
      }
    }
  }
  return problems
}
