import 'server-only'
import crypto from 'node:crypto'
import { z } from 'zod'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { hashPassword } from '@/lib/auth/password'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf, zEmail, zName, zNewPassword } from '@/lib/validation'
import { EMAIL_TAKEN } from './create-account'

const ZCreateUser = z.strictObject({
  role: z.enum(['student', 'instructor', 'admin'], { error: 'Role must be student, instructor or admin.' }),
  email: zEmail,
  name: zName,
  password: zNewPassword.optional(),
})

/**
 * For operators at the command line (npm run user:create): creates any kind of account.
 * Without a password, one is generated and returned so it can be printed once.
 */
export async function createUserDirectly(input: unknown): Promise<{ id: string; email: string; password: string }> {
  const parsed = ZCreateUser.safeParse(input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const { role, email, name } = parsed.data
  const password = parsed.data.password ?? crypto.randomBytes(12).toString('base64url')
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw new AppError('CONFLICT', EMAIL_TAKEN)
  const user = await db.user.create({
    data: { email, name, role: role.toUpperCase() as 'STUDENT' | 'INSTRUCTOR' | 'ADMIN', passwordHash: await hashPassword(password) },
    select: { id: true, email: true },
  })
  await audit({ action: 'SIGN_UP', actorId: null, subjectUserId: user.id, details: { via: 'user:create', role } })
  return { ...user, password }
}
