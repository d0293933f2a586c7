'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { changePassword } from '@/lib/accounts/change-password'
import { setResetConsent } from '@/lib/accounts/reset-consent'
import { dismissResetNotice } from '@/lib/accounts/reset-notice'
import { signOutEverywhere } from '@/lib/accounts/sign-out-everywhere'
import type { ActionState } from '@/lib/errors'
import { action } from '@/lib/http/action'
import { zFields } from '@/lib/validation'

// Each acts on the signed-in account only: there is no id to name another.

export const changePasswordAction = action({ access: 'signed-in', schema: zFields }, async ({ user, input }): Promise<ActionState> => {
  await changePassword({ userId: user.id, input })
  return { ok: true }
})

const zNothing = z.strictObject({})

export const signOutEverywhereAction = action({ access: 'signed-in', schema: zNothing }, async ({ user }): Promise<void> => {
  await signOutEverywhere({ userId: user.id })
  redirect('/signin?everywhere=1')
})

export const dismissResetNoticeAction = action({ access: 'signed-in', schema: zNothing }, async ({ user }): Promise<void> => {
  await dismissResetNotice({ userId: user.id })
  revalidatePath('/', 'layout')
})

const ZConsent = z.strictObject({ allow: z.literal('on').optional() })

export const setResetConsentAction = action({ access: 'signed-in', schema: ZConsent }, async ({ user, input }): Promise<ActionState> => {
  const isAllowed = input.allow === 'on'
  await setResetConsent({ userId: user.id, isAllowed })
  revalidatePath('/account')
  return {
    ok: true,
    message: isAllowed
      ? 'Your instructors can now issue you a reset link.'
      : 'Only an administrator, or an instructor who teaches all your classes, can now reset your password.',
  }
})
