'use server'
import { headers } from 'next/headers'
import { createAccount } from '@/lib/accounts/create-account'
import { clientIp } from '@/lib/auth/client-ip'
import { toActionState, type ActionState } from '@/lib/errors'
import { formToObject } from '@/lib/validation'

export async function signUpAction(form: FormData): Promise<ActionState> {
  const input = formToObject(form)
  if (!input.joinCode) delete input.joinCode
  try {
    await createAccount(input, clientIp(await headers()))
  } catch (error) {
    return toActionState(error)
  }
  return { ok: true }
}
