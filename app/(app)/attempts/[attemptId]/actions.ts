'use server'
import { revalidatePath } from 'next/cache'
import type { ActionState } from '@/lib/errors'
import { action } from '@/lib/http/action'
import { requestRegrade } from '@/lib/review/grading/regrade-requests'
import { zFields } from '@/lib/validation'

export const requestRegradeAction = action({ access: 'signed-in', schema: zFields }, async ({ user, input }): Promise<ActionState> => {
  await requestRegrade({ userId: user.id, input })
  revalidatePath(`/attempts/${String(input.attemptId).slice(0, 64)}`)
  return { ok: true, message: 'Sent. Your instructor will reply here.' }
})
