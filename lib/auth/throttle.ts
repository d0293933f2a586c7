import 'server-only'
import { db } from '@/lib/db'

// Failures are counted in the database, so the limits hold across app processes.
// Keys: "account:<email>" (counted whether or not the account exists, so a lock reveals nothing),
// "ip:<address>", and for class join codes "join-user:<id>" and "join-ip:<address>".
export const ACCOUNT_LIMIT = { failures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }
export const IP_LIMIT = { failures: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }
/** Wrong class join codes, per user and per IP: guessing a code by brute force is hopeless. */
export const JOIN_LIMIT = { failures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }

type Limit = typeof ACCOUNT_LIMIT

export function accountKey(email: string) {
  return `account:${email.trim().toLowerCase()}`
}
export function ipKey(ip: string) {
  return `ip:${ip}`
}

/** The time until which any of the keys is locked, or null. */
export async function lockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  })
  const times = rows.map((r) => r.lockedUntil!.getTime())
  return times.length ? new Date(Math.max(...times)) : null
}

/**
 * Counts one failure atomically (one upsert statement, safe under concurrent requests) and locks
 * the key when the count reaches the limit within the window.
 */
export async function recordFailure(key: string, limit: Limit, now = new Date()): Promise<void> {
  const windowFloor = new Date(now.getTime() - limit.windowMs)
  const lockUntil = new Date(now.getTime() + limit.lockMs)
  await db.$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart")
    VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures"    = CASE WHEN "LoginThrottle"."windowStart" < ${windowFloor} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowFloor} THEN ${now} ELSE "LoginThrottle"."windowStart" END`
  await db.loginThrottle.updateMany({
    where: { key, failures: { gte: limit.failures }, windowStart: { gte: windowFloor } },
    data: { lockedUntil: lockUntil },
  })
}

export async function clearFailures(key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } })
}
