'use server'
import { headers } from 'next/headers'
import { createAccount } from '@/lib/accounts/create-account'
import { clientIp } from '@/lib/auth/client-ip'
import type { ActionState } from '@/lib/errors'
import { action } from '@/lib/http/action'
import { zFields } from '@/lib/validation'

export const signUpAction = action({ access: 'anyone', schema: zFields }, async ({ input }): Promise<ActionState> => {
  if (!input.joinCode) delete input.joinCode
  await createAccount(input, clientIp(await headers()))
  return { ok: true }
})
