import 'server-only'
import crypto from 'node:crypto'
import { audit } from '@/lib/audit'
import type { Tx } from '@/lib/db'
import type { User } from '@/lib/generated/prisma/client'
import type { LaunchRole } from './roles'

// The one rule for turning a course-site person, keyed by (issuer, sub), into a Lectern account —
// used by a launch and by a roster sync, so both link, name and upgrade people the same way.

/** Accounts made from a course site cannot sign in with a password: they have none (no hash matches this). */
export const NO_PASSWORD = '!lti-launch-only'

export interface LtiPerson {
  issuer: string
  sub: string
  name?: string | null
  given_name?: string | null
  family_name?: string | null
  email?: string | null
  role: LaunchRole
}

/** The client omits password hashes from reads (lib/db.ts), so neither side carries one. */
type Account = Omit<User, 'passwordHash'>

export type LtiAccount = { kind: 'active'; user: Account } | { kind: 'deactivated'; user: Account }

/**
 * Finds or makes the account for this person and links it to (issuer, sub). A deactivated account
 * is returned as such, untouched and unlinked: the caller refuses (a launch) or skips (a sync).
 * `by` names the source in the audit of a STUDENT→INSTRUCTOR upgrade; `launched` stamps lastLaunchAt.
 */
export async function ltiAccountFor(
  tx: Tx,
  person: LtiPerson,
  opts: { by: string; launched: boolean; ip?: string | null },
): Promise<LtiAccount> {
  const { issuer, sub, role } = person
  const linked = await tx.ltiUser.findUnique({ where: { issuer_sub: { issuer, sub } }, include: { user: true } })
  let user: Account | null = linked?.user ?? null
  let emailTaken = false
  const email = person.email?.trim().toLowerCase() || null
  if (!user && email) {
    // The administrator who registered the platform trusts its email addresses; an administrator's
    // own account is never taken over this way — it is linked by hand, if ever.
    const existing = await tx.user.findUnique({ where: { email } })
    if (existing && existing.role !== 'ADMIN') user = existing
    else if (existing) emailTaken = true
  }
  if (!user) {
    user = await tx.user.create({
      data: {
        name: displayName(person),
        // An address of its own when the platform sent none, or sent one an unlinkable account has.
        email:
          email && !emailTaken
            ? email
            : `lti-${crypto.createHash('sha256').update(`${issuer} ${sub}`).digest('hex').slice(0, 24)}@users.lti.invalid`,
        role,
        passwordHash: NO_PASSWORD,
      },
    })
  }
  if (user.deactivatedAt) return { kind: 'deactivated', user }
  if (role === 'INSTRUCTOR' && user.role === 'STUDENT') {
    user = await tx.user.update({ where: { id: user.id }, data: { role: 'INSTRUCTOR' } })
    await audit(
      {
        action: 'USER_ROLE_CHANGED',
        subjectUserId: user.id,
        ip: opts.ip ?? null,
        details: { from: 'STUDENT', to: 'INSTRUCTOR', by: opts.by },
      },
      tx,
    )
  }
  await tx.ltiUser.upsert({
    where: { issuer_sub: { issuer, sub } },
    create: { issuer, sub, userId: user.id },
    update: opts.launched ? { lastLaunchAt: new Date() } : {},
  })
  return { kind: 'active', user }
}

function displayName(person: LtiPerson): string {
  const name = person.name?.trim() || [person.given_name, person.family_name].filter(Boolean).join(' ').trim()
  return (name || 'Course site user').slice(0, 100)
}
