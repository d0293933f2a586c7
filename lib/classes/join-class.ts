import 'server-only'
import { db } from '@/lib/db'
import { JOIN_ADDRESS_LIMIT, JOIN_USER_LIMIT, recordEvent, refuseWhileFull, throttleKey, type Throttled } from '@/lib/auth/throttle'
import { AppError } from '@/lib/errors'
import { zJoinCode } from '@/lib/validation'

export const WRONG_CODE = 'That join code does not match an open class. Check it with your instructor.'

/**
 * A signed-in student joins a class by its code (typed, or from a join link). Wrong codes count
 * against the student and the client address; a removed student cannot re-join on their own.
 */
export async function joinClass(opts: { userId: string; code: unknown; ip: string }): Promise<{ classId: string; name: string }> {
  const buckets: Throttled[] = [
    { key: throttleKey.joinUser(opts.userId), limit: JOIN_USER_LIMIT },
    { key: throttleKey.joinAddress(opts.ip), limit: JOIN_ADDRESS_LIMIT },
  ]
  await refuseWhileFull(buckets, (wait) => `Too many wrong join codes. Wait ${wait}, then try again with the code from your instructor.`)
  const parsed = zJoinCode.safeParse(opts.code)
  const code = parsed.success ? parsed.data : ''
  const klass = code
    ? await db.class.findFirst({ where: { joinCode: code, joinEnabled: true, archivedAt: null }, select: { id: true, name: true } })
    : null
  if (!klass) {
    await Promise.all(buckets.map((bucket) => recordEvent(bucket)))
    throw new AppError('BAD_INPUT', WRONG_CODE, { code: [WRONG_CODE] })
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: opts.userId }, select: { role: true } })
  if (user.role !== 'STUDENT')
    throw new AppError('BAD_INPUT', 'Join codes are for students. Instructors join a class through a co-instructor invite.')
  const existing = await db.membership.findUnique({ where: { userId_classId: { userId: opts.userId, classId: klass.id } } })
  if (existing?.removedAt) throw new AppError('FORBIDDEN', 'Your instructor removed you from this class. Ask them to add you back.')
  if (!existing) {
    // Two clicks at once: the unique (user, class) index lets one insert win; the other finds it.
    await db.membership.createMany({ data: [{ userId: opts.userId, classId: klass.id, role: 'STUDENT' }], skipDuplicates: true })
  }
  return { classId: klass.id, name: klass.name }
}
