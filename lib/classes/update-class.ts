import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'
import { assertTeaches } from './class-access'
import { ZClassDetails } from './schemas'
import { uniqueJoinCode } from './unique-join-code'

type Change =
  | { kind: 'rename'; input: unknown }
  | { kind: 'archive' }
  | { kind: 'unarchive' }
  | { kind: 'regenerate-join-code' }
  | { kind: 'set-joining'; isEnabled: boolean }

/** Every change an instructor makes to a class's settings; only its instructors may make them. */
export async function updateClass(opts: { userId: string; classId: string; change: Change }): Promise<void> {
  const { change } = opts
  let details: { name: string; term: string } | undefined
  if (change.kind === 'rename') {
    const parsed = ZClassDetails.safeParse(change.input)
    if (!parsed.success) {
      const { message, fieldErrors } = fieldErrorsOf(parsed.error)
      throw new AppError('BAD_INPUT', message, fieldErrors)
    }
    details = parsed.data
  }
  await db.$transaction(async (tx) => {
    await assertTeaches(tx, opts)
    const data =
      change.kind === 'rename'
        ? details!
        : change.kind === 'archive'
          ? { archivedAt: new Date() }
          : change.kind === 'unarchive'
            ? { archivedAt: null }
            : change.kind === 'regenerate-join-code'
              ? { joinCode: await uniqueJoinCode(tx) } // the old code stops working at once
              : { joinEnabled: change.isEnabled }
    await tx.class.update({ where: { id: opts.classId }, data })
  })
}
