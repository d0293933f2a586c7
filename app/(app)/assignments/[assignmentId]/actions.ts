'use server'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { requireUser } from '@/lib/auth/session'
import { toActionState, type ActionState } from '@/lib/errors'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { formToObject } from '@/lib/validation'

const ZStart = z.strictObject({ assignmentId: z.string().min(1).max(64), questionSetId: z.string().min(1).max(60) })

export async function startAttemptAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser()
  const parsed = ZStart.safeParse(formToObject(form))
  if (!parsed.success) return { message: 'That quiz could not be started.' }
  let attemptId: string
  try {
    ;({ attemptId } = await startAttempt({ userId: user.id, ...parsed.data }))
  } catch (error) {
    return toActionState(error)
  }
  redirect(`/attempts/${attemptId}`)
}
