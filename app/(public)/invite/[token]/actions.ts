'use server'
import { redirect } from 'next/navigation'
import { acceptInstructorInvite } from '@/lib/accounts/accept-instructor-invite'
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
