'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { registerPlatformAsAdmin, rotateToolKeyAsAdmin, updatePlatformAsAdmin } from '@/lib/admin/lti-registration'
import type { ActionState } from '@/lib/errors'
import { action } from '@/lib/http/action'
import { zId } from '@/lib/validation'

// Thin actions for the LTI admin page: lib/admin/lti-registration.ts checks the administrator again,
// validates (lib/lti/platforms.ts, whose field errors come back to the form) and audits.

const ADMIN = ['ADMIN' as const]
// The form's fields, passed on as they are: ZPlatformInput is the one validation.
const ZFields = z.looseObject({})

export const registerPlatformAction = action({ access: ADMIN, schema: ZFields }, async ({ user, input }): Promise<ActionState> => {
  await registerPlatformAsAdmin({ actorId: user.id, input })
  revalidatePath('/admin/lti')
  return { ok: true, message: 'Registered. Launches from this platform are now accepted.' }
})

const ZUpdate = z.looseObject({ platformId: zId })

export const updatePlatformAction = action({ access: ADMIN, schema: ZUpdate }, async ({ user, input }): Promise<ActionState> => {
  const { platformId, ...fields } = input
  await updatePlatformAsAdmin({ actorId: user.id, platformId, input: fields })
  revalidatePath('/admin/lti', 'layout')
  return { ok: true, message: 'Saved.' }
})

export const rotateToolKeyAction = action({ access: ADMIN, schema: z.strictObject({}) }, async ({ user }): Promise<ActionState> => {
  const { kid } = await rotateToolKeyAsAdmin({ actorId: user.id })
  revalidatePath('/admin/lti')
  return {
    ok: true,
    message: `A new key (${kid.slice(0, 8)}…) signs from now on; the old one stays published about an hour, for what it already signed.`,
  }
})
