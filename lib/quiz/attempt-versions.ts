import 'server-only'
import { db } from '@/lib/db'

// Which question version each question of an attempt shows, kept per process so that an autosave
// needs no read before its one write. It is only a hint: the write itself requires the attempt to
// still show that version (a regrade may move it), and a save whose write finds nothing to do goes
// the long way, which reads everything under the attempt's lock (lib/quiz/save-answer.ts).
const MAX_ATTEMPTS = 20_000
const known = new Map<string, Record<string, string>>()

/** The attempt's question versions, if it is this student's; null if there is no such attempt. */
export async function attemptVersions(userId: string, attemptId: string): Promise<Record<string, string> | null> {
  const key = `${userId}:${attemptId}`
  const cached = known.get(key)
  if (cached) return cached
  const row = await db.attempt.findFirst({ where: { id: attemptId, userId }, select: { questionVersions: true } })
  if (!row) return null
  const versions = row.questionVersions as Record<string, string>
  // A Map keeps insertion order: dropping the first key drops the oldest.
  if (known.size >= MAX_ATTEMPTS) known.delete(known.keys().next().value!)
  known.set(key, versions)
  return versions
}

export function forgetAttemptVersions(userId: string, attemptId: string): void {
  known.delete(`${userId}:${attemptId}`)
}
