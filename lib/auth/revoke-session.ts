import 'server-only'
import { db } from '@/lib/db'
import { SESSION_MAX_AGE_SECONDS } from './session-lifetime'

/**
 * Ends one session on every copy of its cookie, by remembering its id until no token carrying it
 * can still be valid (its latest possible expiry is a full session lifetime after now, because
 * next-auth slides the expiry on every use). Ids whose time has passed are pruned on the way.
 */
export async function revokeSession(opts: { sid: string; now?: Date }): Promise<void> {
  const now = opts.now ?? new Date()
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000)
  await db.$transaction([
    // Signing out twice (two tabs) is not an error.
    db.revokedSession.upsert({ where: { sid: opts.sid }, create: { sid: opts.sid, expiresAt, revokedAt: now }, update: {} }),
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
  ])
}
