'use server'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { createAssignment } from '@/lib/assignments/create-assignment'
import { assignmentFormToInput } from '@/lib/assignments/form-to-input'
import { setAccommodation } from '@/lib/assignments/set-accommodation'
import { updateAssignment } from '@/lib/assignments/update-assignment'
import { addStudents, type RowResult } from '@/lib/classes/add-students'
import { createCoInstructorInvite } from '@/lib/classes/create-co-instructor-invite'
import { removeStudent } from '@/lib/classes/remove-student'
import { updateClass } from '@/lib/classes/update-class'
import { AppError, type ActionState } from '@/lib/errors'
import { action, STAFF } from '@/lib/http/action'
import { publicUrl } from '@/lib/http/public-url'
import { requireForm } from '@/lib/http/require-form'
import { retryScoreSync } from '@/lib/lti/ags/retry-score-sync'
import { syncRoster } from '@/lib/lti/nrps/sync-roster'
import { rosterSummaryText } from '@/lib/lti/nrps/summary-text'
import { zId } from '@/lib/validation'
import type { LinkState } from '../actions'

// Thin actions for instructors: each reads its form, calls one domain function (which checks that
// the user teaches the class, in its own query) and says what happened.

const ZSettings = z.discriminatedUnion('intent', [
  z.strictObject({ intent: z.literal('rename'), classId: zId, name: z.string(), term: z.string() }),
  z.strictObject({ intent: z.enum(['archive', 'unarchive', 'regenerate-join-code', 'enable-joining', 'disable-joining']), classId: zId }),
])

export const updateClassAction = action({ access: STAFF, schema: ZSettings }, async ({ user, input: data }): Promise<ActionState> => {
  const change =
    data.intent === 'rename'
      ? { kind: 'rename' as const, input: { name: data.name, term: data.term } }
      : data.intent === 'enable-joining' || data.intent === 'disable-joining'
        ? { kind: 'set-joining' as const, isEnabled: data.intent === 'enable-joining' }
        : { kind: data.intent }
  await updateClass({ userId: user.id, classId: data.classId, change })
  revalidatePath(`/classes/${data.classId}`, 'layout')
  const done: Record<string, string> = {
    rename: 'Saved.',
    archive: 'Class archived. Students no longer see it; its work is kept.',
    unarchive: 'Class restored.',
    'regenerate-join-code': 'New join code made. The old code no longer works.',
    'enable-joining': 'Joining is on.',
    'disable-joining': 'Joining is off: the code and link stop working until you turn it back on.',
  }
  return { ok: true, message: done[data.intent] }
})

const ZRemove = z.strictObject({ classId: zId, studentId: zId })

export const removeStudentAction = action({ access: STAFF, schema: ZRemove }, async ({ user, input }): Promise<ActionState> => {
  await removeStudent({ userId: user.id, ...input })
  revalidatePath(`/classes/${input.classId}/roster`)
  return { ok: true, message: 'Removed. Their submitted work stays in the gradebook.' }
})

// An invited row carries its absolute link, to hand over.
type ShownRow = Exclude<RowResult, { outcome: 'invited' }> | (Extract<RowResult, { outcome: 'invited' }> & { url: string })

export interface AddStudentsState extends ActionState {
  results?: ShownRow[]
}

// The roster text, and for the forms below the assignment fields (read from the form itself by
// assignmentFormToInput, since some of them repeat): the schema checks the ids that name the target.
const ZRoster = z.strictObject({ classId: zId, students: z.string().max(1_100_000).optional() })
const ZInClass = z.looseObject({ classId: zId })
const ZOnAssignment = z.looseObject({ assignmentId: zId })

export const addStudentsAction = action({ access: STAFF, schema: ZRoster }, async ({ user, input, form }): Promise<AddStudentsState> => {
  const file = form?.get('file')
  let text = input.students ?? ''
  if (file instanceof File && file.size > 0) {
    if (file.size > 1_000_000) throw new AppError('BAD_INPUT', 'That file is over 1 MB; a roster CSV is much smaller. Check the file.')
    text = `${text}\n${await file.text()}`
  }
  if (text.length > 1_100_000) throw new AppError('BAD_INPUT', 'That list is too long; add at most 1,000 students at a time.')
  const results = await addStudents({ userId: user.id, classId: input.classId, text })
  revalidatePath(`/classes/${input.classId}/roster`)
  const requestHeaders = await headers()
  return { ok: true, results: results.map((r) => (r.outcome === 'invited' ? { ...r, url: publicUrl(r.path, requestHeaders) } : r)) }
})

export const createCoInstructorInviteAction = action(
  { access: STAFF, schema: z.strictObject({ classId: zId }) },
  async ({ user, input }): Promise<LinkState> => {
    const { path, expiresAt } = await createCoInstructorInvite({ userId: user.id, classId: input.classId })
    return { ok: true, url: publicUrl(path, await headers()), expiresAt: expiresAt.toISOString() }
  },
)

export interface AssignmentState extends ActionState {
  notices?: string[]
}

export const createAssignmentAction = action(
  { access: STAFF, schema: ZInClass },
  async ({ user, input, form }): Promise<AssignmentState> => {
    const fields = requireForm(form)
    fields.delete('classId')
    const { id } = await createAssignment({ userId: user.id, classId: input.classId, input: assignmentFormToInput(fields) })
    revalidatePath(`/classes/${input.classId}`)
    redirect(`/classes/${input.classId}/assignments/${id}?created=1`)
  },
)

export const updateAssignmentAction = action(
  { access: STAFF, schema: ZOnAssignment },
  async ({ user, input, form }): Promise<AssignmentState> => {
    const fields = requireForm(form)
    fields.delete('assignmentId')
    fields.delete('classId')
    const { notices } = await updateAssignment({ userId: user.id, assignmentId: input.assignmentId, input: assignmentFormToInput(fields) })
    revalidatePath('/classes', 'layout')
    return { ok: true, message: 'Assignment saved.', notices }
  },
)

export const setAccommodationAction = action(
  { access: STAFF, schema: ZOnAssignment },
  async ({ user, input, form }): Promise<ActionState> => {
    const fields = requireForm(form)
    fields.delete('assignmentId')
    await setAccommodation({ userId: user.id, assignmentId: input.assignmentId, input: assignmentFormToInput(fields) })
    revalidatePath('/classes', 'layout')
    return { ok: true, message: 'Accommodation saved.' }
  },
)

const ZSyncRoster = z.strictObject({ classId: zId })

export const syncRosterAction = action({ access: STAFF, schema: ZSyncRoster }, async ({ user, input }): Promise<ActionState> => {
  const s = await syncRoster({ userId: user.id, classId: input.classId })
  revalidatePath(`/classes/${input.classId}/roster`)
  return { ok: true, message: `Roster synced: ${rosterSummaryText(s)}.` }
})

const ZRetryScores = z.strictObject({ assignmentId: zId, syncId: zId.optional() })

export const retryScoreSyncAction = action({ access: STAFF, schema: ZRetryScores }, async ({ user, input }): Promise<ActionState> => {
  const s = await retryScoreSync({ userId: user.id, assignmentId: input.assignmentId, syncId: input.syncId })
  revalidatePath('/classes', 'layout')
  if (s.posted + s.retrying + s.failed === 0) return { ok: true, message: 'No failed scores to post.' }
  const failed = s.retrying + s.failed
  return {
    ok: failed === 0,
    message:
      failed === 0
        ? `Posted ${s.posted} ${s.posted === 1 ? 'score' : 'scores'} to the course site.`
        : `Posted ${s.posted}; ${failed} still failed — see the reason beside each.`,
  }
})
