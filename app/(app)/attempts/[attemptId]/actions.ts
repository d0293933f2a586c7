'use server'
import { revalidatePath } from 'next/cache'
import { requireUser } from '@/lib/auth/session'
import { toActionState, type ActionState } from '@/lib/errors'
import { requestRegrade } from '@/lib/review/grading/regrade-requests'
import { formToObject } from '@/lib/validation'

export async function requestRegradeAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser()
  const input = formToObject(form)
  try {
    await requestRegrade({ userId: user.id, input })
  } catch (error) {
    return toActionState(error)
  }
  revalidatePath(`/attempts/${input.attemptId}`)
  return { ok: true, message: 'Sent. Your instructor will reply here.' }
}
