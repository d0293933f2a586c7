'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { changePassword } from '@/lib/accounts/change-password'
import { dismissResetNotice } from '@/lib/accounts/reset-notice'
import { setResetConsent } from '@/lib/accounts/reset-consent'
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

export async function dismissResetNoticeAction(): Promise<void> {
  const user = await requireUser()
  await dismissResetNotice({ userId: user.id })
  revalidatePath('/', 'layout')
}

export async function setResetConsentAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser()
  const isAllowed = form.get('allow') === 'on'
  await setResetConsent({ userId: user.id, isAllowed })
  revalidatePath('/account')
  return { ok: true, message: isAllowed ? 'Your instructors can now issue you a reset link.' : 'Only an administrator can now reset your password.' }
}
