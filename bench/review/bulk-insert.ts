// Multi-row INSERTs: hundreds of rows per statement instead of one round trip per row.
import type { SqlRunner } from '../../lib/database/connect'

export interface Column {
  name: string
  /** A cast for the parameter, e.g. "jsonb", "timestamp", '"AttemptStatus"'. */
  cast?: string
}

// PostgreSQL allows 65,535 parameters per statement; stay well below.
const MAX_PARAMS = 20_000

export async function bulkInsert(sql: SqlRunner, table: string, columns: Column[], rows: unknown[][]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length))
  const names = columns.map((c) => `"${c.name}"`).join(', ')
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    const params: unknown[] = []
    const tuples = chunk.map((row) => {
      const cells = columns.map((c, i) => {
        params.push(row[i])
        return `$${params.length}${c.cast ? `::${c.cast}` : ''}`
      })
      return `(${cells.join(', ')})`
    })
    await sql.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`, params)
  }
}
