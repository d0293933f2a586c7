'use server'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import type { ActionState } from '@/lib/errors'
import { action } from '@/lib/http/action'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { zId } from '@/lib/validation'

const ZStart = z.strictObject({ assignmentId: zId, questionSetId: z.string().min(1).max(60) })

export const startAttemptAction = action({ access: 'signed-in', schema: ZStart }, async ({ user, input }): Promise<ActionState> => {
  const { attemptId } = await startAttempt({ userId: user.id, ...input })
  redirect(`/attempts/${attemptId}`)
})
