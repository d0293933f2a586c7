import 'server-only'
import { db } from '@/lib/db'
import { isStaff, type Actor } from '@/lib/authz'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'
import { ZClassDetails } from './schemas'
import { uniqueJoinCode } from './unique-join-code'

export async function createClass(opts: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  if (!isStaff(opts.actor)) throw new AppError('NOT_FOUND', 'Not found.')
  const parsed = ZClassDetails.safeParse(opts.input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  return db.$transaction(async (tx) =>
    tx.class.create({
      data: {
        ...parsed.data,
        joinCode: await uniqueJoinCode(tx),
        createdById: opts.actor.id,
        memberships: { create: { userId: opts.actor.id, role: 'INSTRUCTOR' } },
      },
      select: { id: true },
    }),
  )
}
