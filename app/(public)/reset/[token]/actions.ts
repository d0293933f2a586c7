'use server'
import { redirect } from 'next/navigation'
import { resetPassword } from '@/lib/accounts/reset-password'
import { toActionState, type ActionState } from '@/lib/errors'
import { formToObject } from '@/lib/validation'

export async function resetPasswordAction(_: ActionState, form: FormData): Promise<ActionState> {
  try {
    await resetPassword(formToObject(form))
  } catch (error) {
    return toActionState(error)
  }
  redirect('/signin?passwordReset=1')
}
