// Bulk INSERTs for the benchmarks' seeding. Each column goes as one array parameter, spread back
// into rows by unnest(), so a statement of thousands of rows carries as many parameters as the
// table has columns: binding hundreds of thousands of separate parameters was most of the time of
// seeding a 10,000-student class. unnest() would flatten a column that is itself an array, so
// tables with one (a few assignments) take the plain multi-row VALUES form.
import type { SqlRunner } from '../../lib/database/connect'

export interface Column {
  name: string
  /** The column's type, e.g. "jsonb", "timestamp", '"AttemptStatus"'; text when unset. */
  cast?: string
}

const ROWS_PER_STATEMENT = 5_000
// PostgreSQL allows 65,535 parameters per statement; stay well below.
const MAX_PARAMS = 20_000

export async function bulkInsert(sql: SqlRunner, table: string, columns: Column[], rows: unknown[][]): Promise<void> {
  const names = columns.map((c) => `"${c.name}"`).join(', ')
  if (columns.some((c) => c.cast?.endsWith('[]'))) return insertValues(sql, `INSERT INTO "${table}" (${names}) VALUES`, columns, rows)
  const arrays = columns.map((c, i) => `$${i + 1}::${c.cast ?? 'text'}[]`).join(', ')
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT)
    const params = columns.map((_, i) => arrayLiteral(chunk.map((row) => row[i])))
    await sql.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`, params)
  }
}

async function insertValues(sql: SqlRunner, insert: string, columns: Column[], rows: unknown[][]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length))
  for (let start = 0; start < rows.length; start += perStatement) {
    const params: unknown[] = []
    const tuples = rows.slice(start, start + perStatement).map((row) => {
      const cells = columns.map((c, i) => {
        params.push(row[i])
        return `$${params.length}${c.cast ? `::${c.cast}` : ''}`
      })
      return `(${cells.join(', ')})`
    })
    await sql.query(`${insert} ${tuples.join(', ')}`, params)
  }
}

/**
 * A column's values as PostgreSQL array text, written here because the drivers disagree: PGlite
 * sends a JavaScript array bound to an enum array as "a,b,c", which PostgreSQL refuses.
 */
function arrayLiteral(values: unknown[]): string {
  const item = (v: unknown) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/[\\"]/g, '\\$&')}"`)
  return `{${values.map(item).join(',')}}`
}
