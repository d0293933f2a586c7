'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { clientIp } from '@/lib/auth/client-ip'
import { joinClass } from '@/lib/classes/join-class'
import { toActionState, type ActionState } from '@/lib/errors'

export async function joinClassAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser()
  let name: string
  try {
    ;({ name } = await joinClass({ userId: user.id, code: String(form.get('code') ?? '').slice(0, 64), ip: clientIp(await headers()) }))
  } catch (error) {
    return toActionState(error)
  }
  redirect(`/dashboard?joined=${encodeURIComponent(name)}`)
}
