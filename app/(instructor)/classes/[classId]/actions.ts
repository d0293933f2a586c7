'use server'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { createAssignment } from '@/lib/assignments/create-assignment'
import { assignmentFormToInput } from '@/lib/assignments/form-to-input'
import { setAccommodation } from '@/lib/assignments/set-accommodation'
import { updateAssignment } from '@/lib/assignments/update-assignment'
import { requireRole } from '@/lib/auth/session'
import { addStudents, type RowResult } from '@/lib/classes/add-students'
import { createCoInstructorInvite } from '@/lib/classes/create-co-instructor-invite'
import { removeStudent } from '@/lib/classes/remove-student'
import { updateClass } from '@/lib/classes/update-class'
import { toActionState, type ActionState } from '@/lib/errors'
import { publicUrl } from '@/lib/http/public-url'
import { fieldErrorsOf, formToObject } from '@/lib/validation'
import type { LinkState } from '../actions'

// Thin actions: each signs the user in, reads its form, calls one domain function (which checks
// that the user teaches the class, in its own query) and maps expected errors to messages.

const zId = z.string().min(1).max(64)
const instructor = () => requireRole('INSTRUCTOR', 'ADMIN')

const ZSettings = z.discriminatedUnion('intent', [
  z.strictObject({ intent: z.literal('rename'), classId: zId, name: z.string(), term: z.string() }),
  z.strictObject({ intent: z.enum(['archive', 'unarchive', 'regenerate-join-code', 'enable-joining', 'disable-joining']), classId: zId }),
])

export async function updateClassAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await instructor()
  const parsed = ZSettings.safeParse(formToObject(form))
  if (!parsed.success) return fieldErrorsOf(parsed.error)
  const data = parsed.data
  const change =
    data.intent === 'rename'
      ? { kind: 'rename' as const, input: { name: data.name, term: data.term } }
      : data.intent === 'enable-joining' || data.intent === 'disable-joining'
        ? { kind: 'set-joining' as const, isEnabled: data.intent === 'enable-joining' }
        : { kind: data.intent }
  try {
    await updateClass({ userId: user.id, classId: data.classId, change })
  } catch (error) {
    return toActionState(error)
  }
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
}

const ZRemove = z.strictObject({ classId: zId, studentId: zId })

export async function removeStudentAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await instructor()
  const parsed = ZRemove.safeParse(formToObject(form))
  if (!parsed.success) return fieldErrorsOf(parsed.error)
  try {
    await removeStudent({ userId: user.id, ...parsed.data })
  } catch (error) {
    return toActionState(error)
  }
  revalidatePath(`/classes/${parsed.data.classId}/roster`)
  return { ok: true, message: 'Removed. Their submitted work stays in the gradebook.' }
}

// An invited row carries its absolute link, to hand over.
type ShownRow = Exclude<RowResult, { outcome: 'invited' }> | (Extract<RowResult, { outcome: 'invited' }> & { url: string })

export interface AddStudentsState extends ActionState {
  results?: ShownRow[]
}

export async function addStudentsAction(_: AddStudentsState, form: FormData): Promise<AddStudentsState> {
  const user = await instructor()
  const classId = zId.safeParse(form.get('classId'))
  if (!classId.success) return { message: 'Class not found.' }
  const pasted = String(form.get('students') ?? '')
  const file = form.get('file')
  let text = pasted
  if (file instanceof File && file.size > 0) {
    if (file.size > 1_000_000) return { message: 'That file is over 1 MB; a roster CSV is much smaller. Check the file.' }
    text = `${pasted}\n${await file.text()}`
  }
  if (text.length > 1_100_000) return { message: 'That list is too long; add at most 1,000 students at a time.' }
  try {
    const results = await addStudents({ userId: user.id, classId: classId.data, text })
    revalidatePath(`/classes/${classId.data}/roster`)
    const requestHeaders = await headers()
    return { ok: true, results: results.map((r) => (r.outcome === 'invited' ? { ...r, url: publicUrl(r.path, requestHeaders) } : r)) }
  } catch (error) {
    return toActionState(error)
  }
}

export async function createCoInstructorInviteAction(_: LinkState, form: FormData): Promise<LinkState> {
  const user = await instructor()
  const classId = zId.safeParse(form.get('classId'))
  if (!classId.success) return { message: 'Class not found.' }
  try {
    const { path, expiresAt } = await createCoInstructorInvite({ userId: user.id, classId: classId.data })
    return { ok: true, url: publicUrl(path, await headers()), expiresAt: expiresAt.toISOString() }
  } catch (error) {
    return toActionState(error)
  }
}

export interface AssignmentState extends ActionState {
  notices?: string[]
}

export async function createAssignmentAction(_: AssignmentState, form: FormData): Promise<AssignmentState> {
  const user = await instructor()
  const classId = zId.safeParse(form.get('classId'))
  if (!classId.success) return { message: 'Class not found.' }
  form.delete('classId')
  let id: string
  try {
    ;({ id } = await createAssignment({ userId: user.id, classId: classId.data, input: assignmentFormToInput(form) }))
  } catch (error) {
    return toActionState(error)
  }
  revalidatePath(`/classes/${classId.data}`)
  redirect(`/classes/${classId.data}/assignments/${id}?created=1`)
}

export async function updateAssignmentAction(_: AssignmentState, form: FormData): Promise<AssignmentState> {
  const user = await instructor()
  const assignmentId = zId.safeParse(form.get('assignmentId'))
  if (!assignmentId.success) return { message: 'Assignment not found.' }
  form.delete('assignmentId')
  form.delete('classId')
  try {
    const { notices } = await updateAssignment({ userId: user.id, assignmentId: assignmentId.data, input: assignmentFormToInput(form) })
    revalidatePath('/classes', 'layout')
    return { ok: true, message: 'Assignment saved.', notices }
  } catch (error) {
    return toActionState(error)
  }
}

export async function setAccommodationAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await instructor()
  const assignmentId = zId.safeParse(form.get('assignmentId'))
  if (!assignmentId.success) return { message: 'Assignment not found.' }
  form.delete('assignmentId')
  try {
    await setAccommodation({ userId: user.id, assignmentId: assignmentId.data, input: assignmentFormToInput(form) })
  } catch (error) {
    return toActionState(error)
  }
  revalidatePath('/classes', 'layout')
  return { ok: true, message: 'Accommodation saved.' }
}
