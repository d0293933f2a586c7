'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { requireRole } from '@/lib/auth/session'
import { toActionState, type ActionState } from '@/lib/errors'
import { addComment } from '@/lib/review/grading/add-comment'
import { saveToCommentBank, searchCommentBank } from '@/lib/review/grading/comment-bank'
import { editRubric } from '@/lib/review/grading/edit-rubric'
import { gradeResponses } from '@/lib/review/grading/grade-responses'
import { regradeQuestion } from '@/lib/review/grading/regrade-question'
import { releaseFeedback } from '@/lib/review/grading/release-feedback'
import { resolveRegrade } from '@/lib/review/grading/regrade-requests'
import { setGradingMode } from '@/lib/review/grading/set-grading-mode'
import { formToObject } from '@/lib/validation'

// Thin actions for grading. Each checks the role, then the domain function checks that the user
// teaches this assignment's class inside its own query. Grading screens call them directly with
// structured input (they are keyboard-driven client components).

const instructor = () => requireRole('INSTRUCTOR', 'ADMIN')
const refresh = () => revalidatePath('/classes', 'layout')

export async function gradeAction(input: unknown): Promise<ActionState> {
  const user = await instructor()
  try {
    const { graded } = await gradeResponses({ userId: user.id, input })
    refresh()
    return { ok: true, message: graded === 1 ? 'Graded.' : `Graded ${graded} answers.` }
  } catch (error) {
    return toActionState(error)
  }
}

export async function commentAction(input: unknown): Promise<ActionState> {
  const user = await instructor()
  try {
    await addComment({ userId: user.id, input })
    refresh()
    return { ok: true, message: 'Comment added.' }
  } catch (error) {
    return toActionState(error)
  }
}

export async function saveToBankAction(input: unknown): Promise<ActionState> {
  const user = await instructor()
  try {
    await saveToCommentBank({ userId: user.id, input })
    return { ok: true, message: 'Saved to the comment bank.' }
  } catch (error) {
    return toActionState(error)
  }
}

const ZSearch = z.strictObject({ assignmentId: z.string().max(64), questionSetId: z.string().max(60), query: z.string().max(100) })

export async function searchBankAction(input: unknown): Promise<{ id: string; body: string }[]> {
  const user = await instructor()
  const parsed = ZSearch.safeParse(input)
  if (!parsed.success) return []
  return searchCommentBank({ userId: user.id, ...parsed.data }).catch(() => [])
}

const ZRelease = z.strictObject({ assignmentId: z.string().min(1).max(64), studentId: z.string().max(64).optional() })

export async function releaseAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await instructor()
  const parsed = ZRelease.safeParse(formToObject(form))
  if (!parsed.success) return { message: 'Nothing to release.' }
  try {
    const { released } = await releaseFeedback({ userId: user.id, assignmentId: parsed.data.assignmentId, studentId: parsed.data.studentId || undefined })
    refresh()
    return { ok: true, message: parsed.data.studentId ? 'Released to this student.' : `Feedback released: ${released} submitted attempt${released === 1 ? '' : 's'} can now see it.` }
  } catch (error) {
    return toActionState(error)
  }
}

const ZMode = z.strictObject({ assignmentId: z.string().min(1).max(64), change: z.enum(['anonymous-on', 'anonymous-off', 'finished', 'reopen']) })

export async function gradingModeAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await instructor()
  const parsed = ZMode.safeParse(formToObject(form))
  if (!parsed.success) return { message: 'Unknown change.' }
  try {
    await setGradingMode({ userId: user.id, ...parsed.data })
    refresh()
    return { ok: true }
  } catch (error) {
    return toActionState(error)
  }
}

export async function resolveRegradeAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await instructor()
  try {
    await resolveRegrade({ userId: user.id, input: formToObject(form) })
    refresh()
    return { ok: true, message: 'Reply sent to the student.' }
  } catch (error) {
    return toActionState(error)
  }
}

type Summary = { moved: number; up: number; down: number; totalDelta: number; outdated?: number; keptOverrides?: number }
export interface RescoreState extends ActionState {
  summary?: Summary
}

const ZRescore = z.strictObject({
  assignmentId: z.string().min(1).max(64),
  questionId: z.string().min(1).max(60),
  dryRun: z.boolean(),
  reason: z.string().max(500).optional(),
  rubric: z.unknown().optional(),
})

export async function editRubricAction(input: unknown): Promise<RescoreState> {
  const user = await instructor()
  const parsed = ZRescore.safeParse(input)
  if (!parsed.success) return { message: 'That edit was not understood.' }
  try {
    const summary = await editRubric({ userId: user.id, ...parsed.data, rubric: parsed.data.rubric })
    if (!parsed.data.dryRun) refresh()
    return { ok: true, summary }
  } catch (error) {
    return toActionState(error)
  }
}

export async function regradeQuestionAction(input: unknown): Promise<RescoreState> {
  const user = await instructor()
  const parsed = ZRescore.safeParse(input)
  if (!parsed.success) return { message: 'That regrade was not understood.' }
  try {
    const summary = await regradeQuestion({ userId: user.id, ...parsed.data })
    if (!parsed.data.dryRun) refresh()
    return { ok: true, summary }
  } catch (error) {
    return toActionState(error)
  }
}
