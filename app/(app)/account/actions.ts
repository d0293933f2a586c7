'use server'
import { redirect } from 'next/navigation'
import { changePassword } from '@/lib/accounts/change-password'
import { signOutEverywhere } from '@/lib/accounts/sign-out-everywhere'
import { requireUser } from '@/lib/auth/session'
import { toActionState, type ActionState } from '@/lib/errors'
import { formToObject } from '@/lib/validation'

export async function changePasswordAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser()
  try {
    await changePassword({ userId: user.id, input: formToObject(form) })
  } catch (error) {
    return toActionState(error)
  }
  return { ok: true }
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser()
  await signOutEverywhere({ userId: user.id })
  redirect('/signin?everywhere=1')
}
