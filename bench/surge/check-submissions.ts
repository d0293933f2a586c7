// After the surge: did every student submit exactly once? Per student, exactly one attempt, and it
// is submitted; the server called at most one submit "new"; a student whose submit was never
// acknowledged is reported (submitted or not), not hidden.
import { connectDatabase } from '@/lib/database/connect'
import type { Client } from './client'

export async function checkSubmissions(databaseUrl: string, clients: Client[]): Promise<{ summary: string; problems: string[] }> {
  const connection = connectDatabase(databaseUrl)
  try {
    const rows = await connection.sql.query<{ id: string; status: string; submittedAt: Date | null }>(
      `SELECT id, status::text AS status, "submittedAt" FROM "Attempt" WHERE id = ANY($1)`,
      [clients.map((c) => c.attemptId)],
    )
    const perUser = await connection.sql.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "Attempt" a WHERE a."userId" IN (SELECT "userId" FROM "Attempt" WHERE id = ANY($1)) GROUP BY a."userId" HAVING count(*) <> 1`,
      [clients.map((c) => c.attemptId)],
    )
    const byId = new Map(rows.map((r) => [r.id, r]))
    const problems: string[] = []
    let submitted = 0
    for (const c of clients) {
      const row = byId.get(c.attemptId)
      const acknowledged = c.submitReplies.length > 0
      if (row?.status === 'SUBMITTED') submitted++
      if (acknowledged && row?.status !== 'SUBMITTED')
        problems.push(`attempt ${c.attemptId}: submit acknowledged but the attempt is ${row?.status ?? 'missing'}`)
      if (c.submitReplies.filter(Boolean).length > 1)
        problems.push(`attempt ${c.attemptId}: ${c.submitReplies.filter(Boolean).length} submits called new`)
      if (!acknowledged) problems.push(`attempt ${c.attemptId}: submit never acknowledged (attempt is ${row?.status ?? 'missing'})`)
    }
    if (perUser.length) problems.push(`${perUser.length} students hold more than one attempt`)
    const newOnes = clients.reduce((n, c) => n + c.submitReplies.filter(Boolean).length, 0)
    return {
      summary: `${submitted} of ${clients.length} attempts submitted; ${newOnes} submits acknowledged as new, ${clients.reduce((n, c) => n + c.submitReplies.length, 0) - newOnes} as already done (a retry whose first try had landed); ${perUser.length} students with other than one attempt; ${problems.length} problems`,
      problems,
    }
  } finally {
    await connection.close()
  }
}
