import 'server-only'
import type { Tx } from '@/lib/db'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { TQuestion } from './question-schema'

// Question versions are immutable (keyed by content hash), so they are cached forever once read.
const cache = new Map<string, TQuestion>()

export async function questionsByVersion(hashes: string[], tx: Tx | typeof db = db): Promise<Map<string, TQuestion>> {
  const missing = [...new Set(hashes)].filter((h) => !cache.has(h))
  if (missing.length) {
    const rows = await tx.questionVersion.findMany({ where: { hash: { in: missing } }, select: { hash: true, body: true } })
    for (const row of rows) cache.set(row.hash, row.body as unknown as TQuestion)
  }
  const out = new Map<string, TQuestion>()
  for (const h of hashes) {
    const q = cache.get(h)
    if (!q) throw new AppError('NOT_FOUND', 'A question of this attempt is missing its recorded version.')
    out.set(h, q)
  }
  return out
}
