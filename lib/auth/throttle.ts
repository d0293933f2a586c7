import 'server-only'
import { db, type Db, type Tx } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { AppError } from '@/lib/errors'
import { cleanText } from '@/lib/text/clean-text'
import { countOf } from '@/lib/text/count-of'

/**
 * Leaky-bucket throttles, counted in the database so they hold across app processes. Each counted
 * event (a failed sign-in, a wrong join code, a sign-up) adds 1 to its key's bucket, which drains
 * steadily at the limit's rate. While a bucket is full, the key is refused for only as long as it
 * takes to drain room for one more try: an attacker is slowed to the drain rate, and nobody is shut
 * out for a fixed quarter of an hour. Why these sizes: docs/decisions/009-client-addresses-and-throttles.md.
 */
export interface Limit {
  /** How many events the bucket holds before the key is refused. */
  capacity: number
  /** How long the bucket takes to drain one event. */
  drainMs: number
}

/** Failed sign-ins to one account, from anywhere: protects the account against guessing. */
export const ACCOUNT_LIMIT: Limit = { capacity: 10, drainMs: 90_000 }
/**
 * Failed sign-ins from one client address. A school is one address behind its NAT, so this is sized
 * for 120 students of whom many mistype once or twice; past it an address gets one try every 2 s.
 */
export const ADDRESS_LIMIT: Limit = { capacity: 300, drainMs: 2_000 }
/** Wrong class join codes by one signed-in user. */
export const JOIN_USER_LIMIT: Limit = { capacity: 10, drainMs: 90_000 }
/** Wrong class join codes from one client address (sign-up forms and the join page together). */
export const JOIN_ADDRESS_LIMIT: Limit = { capacity: 100, drainMs: 5_000 }
/** Sign-up attempts from one client address, successful or not: two classes of 120 fit at once. */
export const SIGN_UP_ADDRESS_LIMIT: Limit = { capacity: 300, drainMs: 2_000 }
/**
 * Autosaves and submits of one attempt. A student's browser sends at most one save per question
 * every 0.7 s, one at a time; reconnecting after a minute offline sends one per question changed
 * (a quiz has at most a few dozen). 20 a second sustained, 120 at once, is far above that and
 * stops a script hammering the database through one attempt.
 */
export const ATTEMPT_LIMIT: Limit = { capacity: 120, drainMs: 50 }

// Keys are built from what a client typed (an email), so they are cleaned as the database client
// would store them: the key compared in retryAfterMs is then the key stored.
export const throttleKey = {
  account: (email: string) => cleanText(`account:${email.trim().toLowerCase()}`),
  address: (ip: string) => cleanText(`ip:${ip}`),
  joinUser: (userId: string) => `join-user:${userId}`,
  joinAddress: (ip: string) => cleanText(`join-ip:${ip}`),
  signUpAddress: (ip: string) => cleanText(`signup-ip:${ip}`),
  // With the user's id: requests naming someone else's attempt fill only the sender's own bucket.
  attempt: (userId: string, attemptId: string) => cleanText(`attempt:${userId}:${attemptId}`),
}

export interface Throttled {
  key: string
  limit: Limit
}

/** Milliseconds until every one of the buckets has room for one more event; 0 when all have. */
export async function retryAfterMs(buckets: Throttled[], now = new Date(), client: Tx | Db = db): Promise<number> {
  const rows = await client.loginThrottle.findMany({
    where: { key: { in: buckets.map((b) => b.key) } },
    select: { key: true, level: true, updatedAt: true },
  })
  let wait = 0
  for (const row of rows) {
    const { limit } = buckets.find((b) => b.key === row.key)!
    const level = Math.max(0, row.level - (now.getTime() - row.updatedAt.getTime()) / limit.drainMs)
    // Room for one more means level ≤ capacity − 1 after draining.
    wait = Math.max(wait, (level - (limit.capacity - 1)) * limit.drainMs)
  }
  return Math.ceil(wait)
}

/**
 * Adds one event to a bucket in one statement: drain since the last event, then add 1. Atomic, so
 * concurrent failures are all counted.
 */
export async function recordEvent(bucket: Throttled, now = new Date()): Promise<void> {
  await db.$executeRaw(countEventSql(bucket, now))
}

/**
 * The statement that counts one event, returning the bucket's level after it ("level"). Exported
 * for a caller that must count within a larger statement (autosave counts and saves in one), so
 * that the bucket's arithmetic is written only here. Room for the event means level ≤ capacity.
 */
export function countEventSql({ key, limit }: Throttled, now: Date): Prisma.Sql {
  const at = now.toISOString()
  return Prisma.sql`
    INSERT INTO "LoginThrottle" ("key", "level", "updatedAt")
    VALUES (${key}, 1, CAST(${at} AS timestamp(3)))
    ON CONFLICT ("key") DO UPDATE SET
      "level" = GREATEST(0, "LoginThrottle"."level"
                  - GREATEST(0, EXTRACT(EPOCH FROM (CAST(${at} AS timestamp(3)) - "LoginThrottle"."updatedAt"))) * 1000 / ${limit.drainMs}) + 1,
      "updatedAt" = GREATEST("LoginThrottle"."updatedAt", CAST(${at} AS timestamp(3)))
    RETURNING "level"`
}

/** Refuses with RATE_LIMITED, saying how long to wait, while any of the buckets is full. */
export async function refuseWhileFull(buckets: Throttled[], message: (wait: string) => string, now = new Date()): Promise<void> {
  const wait = await retryAfterMs(buckets, now)
  if (wait > 0) throw new AppError('RATE_LIMITED', message(waitInWords(wait)), undefined, Math.ceil(wait / 1000))
}

export async function clearEvents(key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } })
}

/** "a few seconds", "2 minutes": how long to wait, in words for the person refused. */
export function waitInWords(ms: number): string {
  if (ms < 60_000) return 'a few seconds'
  const minutes = Math.ceil(ms / 60_000)
  return countOf(minutes, 'minute')
}
