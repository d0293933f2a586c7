'use server'
import { redirect } from 'next/navigation'
import { acceptInstructorInvite } from '@/lib/accounts/accept-instructor-invite'
import { acceptStudentInvite } from '@/lib/accounts/accept-student-invite'
import { requireUser } from '@/lib/auth/session'
import { acceptCoInstructorInvite } from '@/lib/classes/accept-co-instructor-invite'
import { joinByInvite } from '@/lib/classes/join-by-invite'
import { toActionState, type ActionState } from '@/lib/errors'
import { formToObject } from '@/lib/validation'

export async function acceptInviteAction(_: ActionState, form: FormData): Promise<ActionState> {
  try {
    await acceptInstructorInvite(formToObject(form))
  } catch (error) {
    return toActionState(error)
  }
  redirect('/signin?welcome=1')
}

export async function acceptStudentInviteAction(_: ActionState, form: FormData): Promise<ActionState> {
  try {
    await acceptStudentInvite(formToObject(form))
  } catch (error) {
    return toActionState(error)
  }
  redirect('/signin?welcome=1')
}

export async function acceptCoInstructorInviteAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser()
  let classId: string
  try {
    ;({ classId } = await acceptCoInstructorInvite({ userId: user.id, token: String(form.get('token') ?? '').slice(0, 200) }))
  } catch (error) {
    return toActionState(error)
  }
  redirect(`/classes/${classId}`)
}

export async function joinByInviteAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser()
  let name: string
  try {
    ;({ name } = await joinByInvite({ userId: user.id, token: String(form.get('token') ?? '').slice(0, 200) }))
  } catch (error) {
    return toActionState(error)
  }
  redirect(`/dashboard?joined=${encodeURIComponent(name)}`)
}
