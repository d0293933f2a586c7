'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { clientIp } from '@/lib/auth/client-ip'
import { joinClass } from '@/lib/classes/join-class'
import type { ActionState } from '@/lib/errors'
import { action } from '@/lib/http/action'

// The code is checked (and wrong codes counted) by joinClass, so any text up to a sane length passes here.
const ZJoin = z.strictObject({ code: z.string().max(64) })

export const joinClassAction = action({ access: 'signed-in', schema: ZJoin }, async ({ user, input }): Promise<ActionState> => {
  const { name } = await joinClass({ userId: user.id, code: input.code, ip: clientIp(await headers()) })
  redirect(`/dashboard?joined=${encodeURIComponent(name)}`)
})
