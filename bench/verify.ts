// After the server has stopped: is every acknowledged save in the database? For each (attempt,
// question) the stored seq must be the highest acknowledged one and the stored answer the one that
// request sent. A stored seq above it is fine only if it is a save we sent whose reply never came.
import { connectDatabase } from '@/lib/database/connect'
import type { Ledger, ResponseRecord } from './ledger'

export interface Verification {
  /** (attempt, question) pairs with at least one acknowledged save. */
  checked: number
  lost: string[]
  /** Pairs holding a save that was sent but never acknowledged (timed out, or errored after writing). */
  storedUnacknowledged: number
}

/** JSON with object keys sorted: jsonb does not keep key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  )
}

function problemWith(record: ResponseRecord, stored: { seq: number; answer: unknown } | undefined): string | null {
  const what = `attempt ${record.attemptId} question ${record.questionId} acknowledged seq ${record.ackedSeq}`
  if (!stored) return `${what}: no row`
  if (stored.seq < record.ackedSeq) return `${what}: stored seq ${stored.seq} is older`
  if (!record.sent.has(stored.seq)) return `${what}: stored seq ${stored.seq} was never sent`
  if (canonical(stored.answer) !== canonical(record.sent.get(stored.seq)))
    return `${what}: stored answer differs from the one sent with seq ${stored.seq}`
  return null
}

export async function verifySaves(databaseUrl: string, ledger: Ledger): Promise<Verification> {
  const connection = connectDatabase(databaseUrl)
  try {
    const attemptIds = [...new Set([...ledger.records.values()].map((r) => r.attemptId))]
    const rows = await connection.sql.query<{ attemptId: string; questionId: string; seq: string; answer: string }>(
      `SELECT "attemptId", "questionId", seq::text AS seq, answer::text AS answer FROM "Response" WHERE "attemptId" = ANY($1)`,
      [attemptIds],
    )
    const stored = new Map(
      rows.map((r) => [`${r.attemptId}/${r.questionId}`, { seq: Number(r.seq), answer: JSON.parse(r.answer) as unknown }]),
    )
    const result: Verification = { checked: 0, lost: [], storedUnacknowledged: 0 }
    for (const [key, record] of ledger.records) {
      const row = stored.get(key)
      if (row && row.seq > record.ackedSeq) result.storedUnacknowledged++
      if (record.ackedSeq === 0) continue
      result.checked++
      const problem = problemWith(record, row)
      if (problem) result.lost.push(problem)
    }
    return result
  } finally {
    await connection.close()
  }
}
