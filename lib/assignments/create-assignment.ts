import 'server-only'
import { db } from '@/lib/db'
import { assertTeaches } from '@/lib/classes/class-access'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'
import { ZAssignmentInput } from './schemas'
import { validateAgainstCatalog } from './validate-against-catalog'

export async function createAssignment(opts: { userId: string; classId: string; input: unknown }): Promise<{ id: string }> {
  await assertTeaches(db, opts)
  const parsed = ZAssignmentInput.safeParse(opts.input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  await validateAgainstCatalog(parsed.data)
  return db.assignment.create({
    data: { ...parsed.data, classId: opts.classId, createdById: opts.userId },
    select: { id: true },
  })
}
