'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { changeAccount } from '@/lib/admin/change-account'
import { joinClassAsInstructor } from '@/lib/admin/join-class-as-instructor'
import type { ActionState } from '@/lib/errors'
import { action } from '@/lib/http/action'
import { zId } from '@/lib/validation'

// Thin actions for administrators: the domain functions check, in their own transaction, that the
// caller is an active administrator and apply the guard rails of lib/authz.ts; each act is audited.

const ADMIN = ['ADMIN' as const]
const ROLE_WORD = { STUDENT: 'student', INSTRUCTOR: 'instructor', ADMIN: 'administrator' } as const

const ZRole = z.strictObject({ userId: zId, role: z.enum(['STUDENT', 'INSTRUCTOR', 'ADMIN']) })

export const setRoleAction = action({ access: ADMIN, schema: ZRole }, async ({ user, input }): Promise<ActionState> => {
  const { name } = await changeAccount({ actorId: user.id, userId: input.userId, change: { kind: 'role', role: input.role } })
  revalidatePath('/admin', 'layout')
  const word = ROLE_WORD[input.role]
  return { ok: true, message: `${name} is now ${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}. Their sessions have ended.` }
})

const ZActive = z.strictObject({ userId: zId, intent: z.enum(['deactivate', 'reactivate']) })

export const setAccountActiveAction = action({ access: ADMIN, schema: ZActive }, async ({ user, input }): Promise<ActionState> => {
  const { name } = await changeAccount({ actorId: user.id, userId: input.userId, change: { kind: input.intent } })
  revalidatePath('/admin', 'layout')
  return {
    ok: true,
    message: input.intent === 'deactivate' ? `${name} is deactivated and signed out everywhere.` : `${name} can sign in again.`,
  }
})

export const joinClassAsInstructorAction = action(
  { access: ADMIN, schema: z.strictObject({ classId: zId }) },
  async ({ user, input }): Promise<ActionState> => {
    await joinClassAsInstructor({ actorId: user.id, classId: input.classId })
    revalidatePath('/admin', 'layout')
    redirect(`/classes/${input.classId}`)
  },
)
