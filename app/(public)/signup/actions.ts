'use server'
import { createAccount } from '@/lib/accounts/create-account'
import { toActionState, type ActionState } from '@/lib/errors'
import { formToObject } from '@/lib/validation'

export async function signUpAction(form: FormData): Promise<ActionState> {
  const input = formToObject(form)
  if (!input.joinCode) delete input.joinCode
  try {
    await createAccount(input)
  } catch (error) {
    return toActionState(error)
  }
  return { ok: true }
}
