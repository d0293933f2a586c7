import 'server-only'
import crypto from 'node:crypto'
import { db } from '@/lib/db'
import { LaunchError } from './launch-error'

// A verified launch hands the browser a one-time ticket rather than a session: the session cookie
// must be set where the browser will keep it — in the platform's frame (a partitioned cookie) or
// in a window of Lectern's own (docs/decisions/023-lti.md). Only the ticket's hash is stored; it
// works once, within ten minutes (long enough to press "Open Lectern").

export const TICKET_LIFETIME_MS = 10 * 60 * 1000

const hash = (ticket: string) => crypto.createHash('sha256').update(ticket).digest('base64url')

export async function issueTicket(opts: { userId: string; platformId: string; targetPath: string }, now = new Date()): Promise<string> {
  const ticket = crypto.randomBytes(32).toString('base64url')
  await db.ltiLaunchTicket.create({ data: { id: hash(ticket), ...opts, expiresAt: new Date(now.getTime() + TICKET_LIFETIME_MS) } })
  return ticket
}

export async function redeemTicket(ticket: string, now = new Date()): Promise<{ userId: string; platformId: string; targetPath: string }> {
  const id = hash(ticket.slice(0, 200))
  const claimed = await db.ltiLaunchTicket.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } })
  if (claimed.count !== 1) {
    throw new LaunchError(
      'BAD_TICKET',
      'This link to Lectern has already been used or has expired. Open Lectern again from the course.',
      'ticket used, expired or unknown',
    )
  }
  return db.ltiLaunchTicket.findUniqueOrThrow({ where: { id }, select: { userId: true, platformId: true, targetPath: true } })
}
