'use server'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { createInstructorInvite } from '@/lib/accounts/create-instructor-invite'
import { issuePasswordReset } from '@/lib/accounts/issue-password-reset'
import { createClass } from '@/lib/classes/create-class'
import type { ActionState } from '@/lib/errors'
import { action, STAFF } from '@/lib/http/action'
import { publicUrl } from '@/lib/http/public-url'
import { zEmail, zFields, zId } from '@/lib/validation'

export interface LinkState extends ActionState {
  /** The absolute one-time link, to hand over. */
  url?: string
  expiresAt?: string
}

// The union needs its own message: zod's for a failed union is a bare "Invalid input".
const ZInvite = z.strictObject({
  email: z.union([z.literal(''), zEmail], { error: 'Enter a valid email address, like name@example.edu.' }).optional(),
})

export const createInstructorInviteAction = action({ access: STAFF, schema: ZInvite }, async ({ user, input }): Promise<LinkState> => {
  const { path, expiresAt } = await createInstructorInvite({ actor: user, email: input.email || null })
  return { ok: true, url: publicUrl(path, await headers()), expiresAt: expiresAt.toISOString() }
})

const ZReset = z.strictObject({ studentId: zId })

export const issuePasswordResetAction = action({ access: STAFF, schema: ZReset }, async ({ user, input }): Promise<LinkState> => {
  const { path, expiresAt } = await issuePasswordReset({ actorId: user.id, studentId: input.studentId })
  // The link joins the issuer's list of links waiting to be used (roster, admin account page).
  revalidatePath('/classes', 'layout')
  revalidatePath('/admin', 'layout')
  return { ok: true, url: publicUrl(path, await headers()), expiresAt: expiresAt.toISOString() }
})

export const createClassAction = action({ access: STAFF, schema: zFields }, async ({ user, input }): Promise<ActionState> => {
  const { id } = await createClass({ actor: user, input })
  redirect(`/classes/${id}`)
})
