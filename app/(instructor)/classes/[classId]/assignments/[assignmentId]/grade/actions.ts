'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { action, STAFF } from '@/lib/http/action'
import { addComment } from '@/lib/review/grading/add-comment'
import { saveToCommentBank, searchCommentBank } from '@/lib/review/grading/comment-bank'
import { editRubric } from '@/lib/review/grading/edit-rubric'
import { gradeResponses } from '@/lib/review/grading/grade-responses'
import { regradeQuestion } from '@/lib/review/grading/regrade-question'
import { releaseFeedback } from '@/lib/review/grading/release-feedback'
import { withdrawFeedback } from '@/lib/review/grading/withdraw-feedback'
import { resolveRegrade } from '@/lib/review/grading/regrade-requests'
import { addAnnotation, deleteAnnotation, editAnnotation } from '@/lib/review/grading/response-annotations'
import { setGradingMode } from '@/lib/review/grading/set-grading-mode'
import type { ActionState } from '@/lib/errors'
import type { RescoreState } from '@/lib/review/grading/rescore-summary'
import { zFields, zId } from '@/lib/validation'
import { countOf } from '@/lib/text/count-of'

// Thin actions for grading. Each is for instructors; the domain function checks that the user
// teaches this assignment's class inside its own query. Grading screens call them directly with
// structured input (they are keyboard-driven client components).

const refresh = () => revalidatePath('/classes', 'layout')

export const gradeAction = action({ access: STAFF, schema: zFields }, async ({ user, input }): Promise<ActionState> => {
  const { graded } = await gradeResponses({ userId: user.id, input })
  refresh()
  return { ok: true, message: graded === 1 ? 'Graded.' : `Graded ${graded} answers.` }
})

export const commentAction = action({ access: STAFF, schema: zFields }, async ({ user, input }): Promise<ActionState> => {
  await addComment({ userId: user.id, input })
  refresh()
  return { ok: true, message: 'Comment added.' }
})

// Comments on a passage of a written answer; the domain functions check the range against the stored text.
export const annotateAction = action({ access: STAFF, schema: zFields }, async ({ user, input }): Promise<ActionState> => {
  await addAnnotation({ userId: user.id, input })
  refresh()
  return { ok: true, message: 'Comment on the passage added.' }
})

export const editAnnotationAction = action({ access: STAFF, schema: zFields }, async ({ user, input }): Promise<ActionState> => {
  await editAnnotation({ userId: user.id, input })
  refresh()
  return { ok: true, message: 'Comment saved.' }
})

export const deleteAnnotationAction = action({ access: STAFF, schema: zFields }, async ({ user, input }): Promise<ActionState> => {
  await deleteAnnotation({ userId: user.id, input })
  refresh()
  return { ok: true, message: 'Comment deleted.' }
})

export const saveToBankAction = action({ access: STAFF, schema: zFields }, async ({ user, input }): Promise<ActionState> => {
  await saveToCommentBank({ userId: user.id, input })
  return { ok: true, message: 'Saved to the comment bank.' }
})

const ZSearch = z.strictObject({ assignmentId: zId, questionSetId: z.string().max(60), query: z.string().max(100) })

export const searchBankAction = action(
  { access: STAFF, schema: ZSearch, refuse: (): { id: string; body: string }[] => [] },
  async ({ user, input }) => searchCommentBank({ userId: user.id, ...input }),
)

const ZRelease = z.strictObject({ assignmentId: zId, studentId: z.string().max(64).optional() })

export const releaseAction = action({ access: STAFF, schema: ZRelease }, async ({ user, input }): Promise<ActionState> => {
  const { students } = await releaseFeedback({ userId: user.id, assignmentId: input.assignmentId, studentId: input.studentId || undefined })
  refresh()
  return {
    ok: true,
    message: input.studentId ? 'Released to this student.' : `Feedback released: ${countOf(students, 'student')} can now see it.`,
  }
})

const ZWithdraw = z.strictObject({ assignmentId: zId })

export const withdrawReleaseAction = action({ access: STAFF, schema: ZWithdraw }, async ({ user, input }): Promise<ActionState> => {
  const { students } = await withdrawFeedback({ userId: user.id, assignmentId: input.assignmentId })
  refresh()
  return { ok: true, message: `Feedback withdrawn from ${countOf(students, 'student')}. Grades are kept.` }
})

const ZMode = z.strictObject({ assignmentId: zId, change: z.enum(['anonymous-on', 'anonymous-off', 'finished', 'reopen']) })

export const gradingModeAction = action({ access: STAFF, schema: ZMode }, async ({ user, input }): Promise<ActionState> => {
  await setGradingMode({ userId: user.id, ...input })
  refresh()
  return { ok: true }
})

export const resolveRegradeAction = action({ access: STAFF, schema: zFields }, async ({ user, input }): Promise<ActionState> => {
  await resolveRegrade({ userId: user.id, input })
  refresh()
  return { ok: true, message: 'Reply sent to the student.' }
})

const ZRescore = z.strictObject({
  assignmentId: zId,
  questionId: z.string().min(1).max(60),
  dryRun: z.boolean(),
  reason: z.string().max(500).optional(),
  rubric: z.unknown().optional(),
})

export const editRubricAction = action({ access: STAFF, schema: ZRescore }, async ({ user, input }): Promise<RescoreState> => {
  const summary = await editRubric({ userId: user.id, ...input, rubric: input.rubric })
  if (!input.dryRun) refresh()
  return { ok: true, summary }
})

export const regradeQuestionAction = action({ access: STAFF, schema: ZRescore }, async ({ user, input }): Promise<RescoreState> => {
  const summary = await regradeQuestion({ userId: user.id, ...input })
  if (!input.dryRun) refresh()
  return { ok: true, summary }
})
