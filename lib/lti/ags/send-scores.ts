import 'server-only'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { SCOPE } from '../claims'
import { serviceFetch, ServiceError } from '../service-token'
import { failureText } from './failure-text'
import { lineItemUrlFor, NoLineItemError, scoresUrl } from './line-items'

// The sender of the grade-passback queue (queue-score-sync.ts). Rows are claimed with
// FOR UPDATE SKIP LOCKED and a lease, so two app processes never post the same row, and a process
// that dies mid-post leaves a row another picks up once its lease runs out. A row is marked POSTED
// only if it did not change while in flight; a change made meanwhile stays PENDING and goes next.
// Failures back off (30 s doubling, at most an hour, or longer if the platform says Retry-After)
// and after MAX_TRIES the row is FAILED until an instructor posts it again.

export const MAX_TRIES = 8
const LEASE_MS = 2 * 60_000
const FIRST_BACKOFF_MS = 30_000
const MAX_BACKOFF_MS = 60 * 60_000
const SCORE = 'application/vnd.ims.lis.v1.score+json'
/** Answers no retry will change: the request itself is wrong, or the line item is gone. */
const PERMANENT = new Set([400, 403, 404, 405, 410, 422])

export function backoffMs(tries: number, retryAfterSeconds?: number): number {
  const doubling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, tries - 1))
  return Math.max(doubling, (retryAfterSeconds ?? 0) * 1000)
}

export interface SendSummary {
  posted: number
  retrying: number
  failed: number
}

/** Posts the rows that are due (or only `ids`, when an instructor asks for them now). */
export async function sendDueScores(opts: { ids?: string[]; limit?: number; now?: Date } = {}): Promise<SendSummary> {
  const now = opts.now ?? new Date()
  const claimed = await claim(now, opts.limit ?? 50, opts.ids)
  const summary: SendSummary = { posted: 0, retrying: 0, failed: 0 }
  if (claimed.length === 0) return summary
  const rows = await db.ltiScoreSync.findMany({
    where: { id: { in: claimed.map((c) => c.id) } },
    include: {
      resourceLink: {
        include: {
          platform: true,
          assignment: {
            select: { id: true, title: true, lessonSlug: true, questionSetIds: true, class: { select: { ltiContext: true } } },
          },
        },
      },
    },
  })
  // A link's line item is looked up (or made) once per batch, however many of its rows are in it.
  const lineItems = new Map<string, Promise<string>>()
  for (const row of rows) {
    const { platform, assignment } = row.resourceLink
    const inFlight = { id: row.id, status: 'SENDING' as const, changedAt: row.changedAt }
    try {
      const link = row.resourceLink
      if (!lineItems.has(link.id)) lineItems.set(link.id, lineItemUrlFor(platform, link, assignment.class.ltiContext?.lineItemsUrl ?? null))
      const lineItem = await lineItems.get(link.id)!
      await serviceFetch(platform, [SCOPE.score], scoresUrl(lineItem), {
        method: 'POST',
        headers: { 'content-type': SCORE },
        body: JSON.stringify({
          userId: row.platformUserId,
          ...(row.scoreGiven === null ? {} : { scoreGiven: row.scoreGiven, scoreMaximum: row.scoreMaximum }),
          activityProgress: row.activityProgress,
          gradingProgress: row.gradingProgress,
          // The time the score changed in Lectern: a platform keeps the newest, so a late retry of
          // an older score can never overwrite a newer one.
          timestamp: row.changedAt.toISOString(),
        }),
      })
      await db.ltiScoreSync.updateMany({
        where: inFlight,
        data: { status: 'POSTED', postedAt: new Date(), postedScore: row.scoreGiven, tries: 0, lastError: null, leaseUntil: null },
      })
      summary.posted++
    } catch (thrown) {
      // A refused request says why; a network failure or timeout is worth another try.
      const error = thrown instanceof ServiceError ? thrown : new ServiceError(String((thrown as Error).message ?? thrown))
      const tries = row.tries + 1
      const isFinal = error instanceof NoLineItemError || PERMANENT.has(error.status ?? 0) || tries >= MAX_TRIES
      await db.ltiScoreSync.updateMany({
        where: inFlight,
        data: {
          status: isFinal ? 'FAILED' : 'PENDING',
          tries,
          lastError: error instanceof NoLineItemError ? error.message : failureText(platform.name, error),
          nextTryAt: new Date(Date.now() + backoffMs(tries, error.retryAfterSeconds)),
          leaseUntil: null,
        },
      })
      console.warn(
        JSON.stringify({
          at: new Date().toISOString(),
          event: 'lti_score_post_failed',
          syncId: row.id,
          tries,
          isFinal,
          error: error.message,
        }),
      )
      if (isFinal) summary.failed++
      else summary.retrying++
    }
  }
  return summary
}

async function claim(now: Date, limit: number, ids?: string[]): Promise<{ id: string }[]> {
  if (ids?.length === 0) return []
  const onlyIds = ids ? Prisma.sql`AND id IN (${Prisma.join(ids)})` : Prisma.empty
  return db.$queryRaw<{ id: string }[]>`
    UPDATE "LtiScoreSync"
       SET status = 'SENDING', "leaseUntil" = ${new Date(now.getTime() + LEASE_MS)}, "updatedAt" = ${now}
     WHERE id IN (
       SELECT id FROM "LtiScoreSync"
        WHERE ((status = 'PENDING' AND "nextTryAt" <= ${now}) OR (status = 'SENDING' AND "leaseUntil" < ${now})) ${onlyIds}
        ORDER BY "nextTryAt"
        LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
    RETURNING id`
}
