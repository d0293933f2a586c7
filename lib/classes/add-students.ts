import 'server-only'
import { z } from 'zod'
import { db } from '@/lib/db'
import { newListedTokenSecret } from '@/lib/accounts/one-time-token'
import { AppError } from '@/lib/errors'
import { zEmail, zName } from '@/lib/validation'
import { assertTeaches } from './class-access'
import { MAX_ROSTER_ROWS, parseRoster } from './parse-roster'

export const STUDENT_INVITE_DAYS = 14

export type RowResult =
  | { line: number; name: string; email: string; outcome: 'invited'; path: string }
  | { line: number; name: string; email: string; outcome: 'already-member' }
  | { line: number; name: string; email: string; outcome: 'error'; message: string }

const ZRow = z.object({ name: zName, email: zEmail })

/**
 * Invites students in bulk from pasted or uploaded text. Each row is judged on its own: bad rows are
 * reported with their line and reason and change nothing; every good row gets a one-time invite
 * link, whether or not its email has an account. Nobody is enrolled by this: joining takes the
 * student's own act (accepting the link, or a join code), and the result never says whether an
 * email has an account (docs/decisions/008-enrolment-and-resets.md). The one thing it does say —
 * "already in the class" — is on the roster page anyway.
 */
export async function addStudents(opts: { userId: string; classId: string; text: string }): Promise<RowResult[]> {
  await assertTeaches(db, opts)
  const rows = parseRoster(opts.text)
  if (rows.length === 0) throw new AppError('BAD_INPUT', 'No students found. Paste one student per line: name, email.')
  if (rows.length > MAX_ROSTER_ROWS) throw new AppError('BAD_INPUT', `At most ${MAX_ROSTER_ROWS} students at a time; split the list.`)

  const seen = new Set<string>()
  const results: RowResult[] = []
  for (const row of rows) {
    const parsed = ZRow.safeParse(row)
    if (!parsed.success) {
      results.push({ ...row, outcome: 'error', message: parsed.error.issues[0].message })
      continue
    }
    const { name, email } = parsed.data
    if (seen.has(email)) {
      results.push({ ...row, email, outcome: 'error', message: 'This email appears earlier in the list.' })
      continue
    }
    seen.add(email)
    results.push(await addOne({ ...opts, line: row.line, name, email }))
  }
  return results
}

async function addOne(opts: { userId: string; classId: string; line: number; name: string; email: string }): Promise<RowResult> {
  const { line, name, email } = opts
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { classId: opts.classId, removedAt: null, user: { email } },
      select: { id: true },
    })
    if (member) return { line, name, email, outcome: 'already-member' as const }
    // A fresh link replaces any unused one for the same email and class.
    await tx.oneTimeToken.deleteMany({ where: { purpose: 'STUDENT_INVITE', classId: opts.classId, email, usedAt: null } })
    const { token, tokenHash, tokenSealed } = newListedTokenSecret()
    await tx.oneTimeToken.create({
      data: {
        tokenHash,
        tokenSealed,
        purpose: 'STUDENT_INVITE',
        classId: opts.classId,
        email,
        name,
        createdById: opts.userId,
        expiresAt: new Date(Date.now() + STUDENT_INVITE_DAYS * 86_400_000),
      },
    })
    return { line, name, email, outcome: 'invited' as const, path: `/invite/${token}` }
  })
}
