'use server'
import { redirect } from 'next/navigation'
import { resetPassword } from '@/lib/accounts/reset-password'
import type { ActionState } from '@/lib/errors'
import { action } from '@/lib/http/action'
import { zFields } from '@/lib/validation'

// Anyone holding the one-time link may use it: the link is the proof.
export const resetPasswordAction = action({ access: 'anyone', schema: zFields }, async ({ input }): Promise<ActionState> => {
  await resetPassword(input)
  redirect('/signin?passwordReset=1')
})
