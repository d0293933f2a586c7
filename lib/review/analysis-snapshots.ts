import 'server-only'
import crypto from 'node:crypto'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

// Item analysis of a class of 10,000 aggregates some 200,000 answers: most of a second, even on a
// quiet machine, though what it is computed from changes only when someone submits, is graded or
// opens a new part of the lesson. So the last result is stored ("AnalysisSnapshot") with the
// fingerprint of what it was computed from (a few index reads), and a view computes afresh only
// when that has changed. Stored in the database, not in each process: every process behind the
// proxy shows the same figures, and a restart forgets nothing.
//
// When it has changed, the view waits a moment (FRESH_WAIT_MS) for the new result — long enough
// for any class of ordinary size — and past that shows the stored figures marked as not current,
// while the one process holding the lease (`refreshingUntil`) recomputes them; the page refreshes
// itself until they are. The first view of a quiz ever has nothing stored to show meanwhile: past
// the wait it says the analysis is being computed, and refreshes itself the same way. (With no row
// yet to hold a lease, two processes' first views may each compute it once.)
// The fingerprint is read before the data, so a change that lands in between leaves a result newer
// than its fingerprint: recomputed on the next view, never a stale result under a current one.

/** How long a view waits for a changed analysis before showing the stored one as not current. */
export const FRESH_WAIT_MS = 50
/** A process that took the lease and died frees it after this: someone else then recomputes. */
const LEASE_MS = 60_000

export interface Snapshot<T> {
  value: T
  computedAt: Date
  /** False while a change is being added: the page says so and refreshes itself. */
  isCurrent: boolean
}

/** Nothing stored yet, and the first computation not done within the wait: the page says so and refreshes itself. */
export const BEING_COMPUTED = { value: null, computedAt: null, isCurrent: false } as const

export type SnapshotView<T> = Snapshot<T> | typeof BEING_COMPUTED

interface Request<T> {
  /** Everything the computation is given: equal asks share one snapshot. */
  asked: unknown
  classId: string
  fingerprint: () => Promise<string>
  compute: () => Promise<T>
  /** Default FRESH_WAIT_MS; 0 answers at once with what is stored (or BEING_COMPUTED) while the new figures are computed. */
  waitMs?: number
}

// Computations under way in this process, with the fingerprint each started from, so simultaneous
// views of the same data share one.
const underWay = new Map<string, { fingerprint: string; job: Promise<Snapshot<unknown>> }>()

export async function latestSnapshot<T>(request: Request<T>): Promise<SnapshotView<T>> {
  const key = crypto.createHash('sha256').update(JSON.stringify(request.asked)).digest('base64url')
  const fingerprint = await request.fingerprint()
  const stored = await db.analysisSnapshot.findUnique({ where: { key } })
  if (stored?.fingerprint === fingerprint) return { value: stored.result as T, computedAt: stored.computedAt, isCurrent: true }

  const previous: Snapshot<T> | null = stored && { value: stored.result as T, computedAt: stored.computedAt, isCurrent: false }
  const shown = previous ?? BEING_COMPUTED
  const running = underWay.get(key)
  // Started before the latest change, its result is not this view's current one: the page asks again once it is stored.
  if (running && running.fingerprint !== fingerprint) return shown
  if (previous && !running && !(await takeLease(key, fingerprint))) return previous // another process is on it
  // A failed recomputation leaves the stored figures on show; a failed first one is the view's error.
  const fresh = previous
    ? recompute(key, fingerprint, request).catch((error) => (logFailure(error), previous))
    : recompute(key, fingerprint, request)
  const waitMs = request.waitMs ?? FRESH_WAIT_MS
  const outcome = waitMs > 0 && (await Promise.race([fresh, new Promise<null>((resolve) => setTimeout(resolve, waitMs, null).unref())]))
  if (outcome) return outcome
  // Past the wait, a failure can only be logged: the next view tries again.
  fresh.catch(logFailure)
  return shown
}

const logFailure = (error: unknown) => console.error('computing an analysis failed; the next view tries again', error)

/** Resolves once every computation under way in this process has finished: for tests and the benchmark. */
export async function snapshotsSettled(): Promise<void> {
  while (underWay.size) await Promise.allSettled([...underWay.values()].map((r) => r.job))
}

function recompute<T>(key: string, fingerprint: string, request: Request<T>): Promise<Snapshot<T>> {
  const running = underWay.get(key)
  if (running) return running.job as Promise<Snapshot<T>> // same fingerprint: latestSnapshot checked
  const job = (async () => {
    try {
      const value = await request.compute()
      const computedAt = new Date()
      const row = { fingerprint, result: value as Prisma.InputJsonValue, computedAt, refreshingUntil: null }
      await db.analysisSnapshot.upsert({ where: { key }, create: { key, classId: request.classId, ...row }, update: row })
      return { value, computedAt, isCurrent: true }
    } catch (error) {
      await db.analysisSnapshot.updateMany({ where: { key }, data: { refreshingUntil: null } }).catch(() => {})
      throw error
    } finally {
      underWay.delete(key)
    }
  })()
  underWay.set(key, { fingerprint, job })
  return job
}

/** One process at a time recomputes a changed snapshot: true if this one may. */
async function takeLease(key: string, fingerprint: string): Promise<boolean> {
  // The app's clock, as for every stored time (the columns hold UTC without a zone), not the database's now().
  const now = new Date()
  const taken = await db.$executeRaw`
    UPDATE "AnalysisSnapshot" SET "refreshingUntil" = ${new Date(now.getTime() + LEASE_MS)}
     WHERE key = ${key} AND fingerprint <> ${fingerprint} AND ("refreshingUntil" IS NULL OR "refreshingUntil" < ${now})`
  return taken === 1
}
