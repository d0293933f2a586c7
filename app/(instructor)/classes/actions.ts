'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { createInstructorInvite } from '@/lib/accounts/create-instructor-invite'
import { issuePasswordReset } from '@/lib/accounts/issue-password-reset'
import { requireRole } from '@/lib/auth/session'
import { createClass } from '@/lib/classes/create-class'
import { toActionState, type ActionState } from '@/lib/errors'
import { publicUrl } from '@/lib/http/public-url'
import { fieldErrorsOf, formToObject, zEmail } from '@/lib/validation'

export interface LinkState extends ActionState {
  /** The absolute one-time link, to hand over. */
  url?: string
  expiresAt?: string
}

const ZInvite = z.strictObject({ email: z.union([z.literal(''), zEmail]).optional() })

export async function createInstructorInviteAction(_: LinkState, form: FormData): Promise<LinkState> {
  const actor = await requireRole('INSTRUCTOR', 'ADMIN')
  const parsed = ZInvite.safeParse(formToObject(form))
  if (!parsed.success) return fieldErrorsOf(parsed.error)
  try {
    const { path, expiresAt } = await createInstructorInvite({ actor, email: parsed.data.email || null })
    return { ok: true, url: publicUrl(path, await headers()), expiresAt: expiresAt.toISOString() }
  } catch (error) {
    return toActionState(error)
  }
}

const ZReset = z.strictObject({ studentId: z.string().min(1).max(64) })

export async function issuePasswordResetAction(_: LinkState, form: FormData): Promise<LinkState> {
  const actor = await requireRole('INSTRUCTOR', 'ADMIN')
  const parsed = ZReset.safeParse(formToObject(form))
  if (!parsed.success) return fieldErrorsOf(parsed.error)
  try {
    const { path, expiresAt } = await issuePasswordReset({ actorId: actor.id, studentId: parsed.data.studentId })
    return { ok: true, url: publicUrl(path, await headers()), expiresAt: expiresAt.toISOString() }
  } catch (error) {
    return toActionState(error)
  }
}

export async function createClassAction(_: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireRole('INSTRUCTOR', 'ADMIN')
  let id: string
  try {
    ;({ id } = await createClass({ actor, input: formToObject(form) }))
  } catch (error) {
    return toActionState(error)
  }
  redirect(`/classes/${id}`)
}
