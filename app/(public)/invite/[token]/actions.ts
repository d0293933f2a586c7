'use server'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { acceptInstructorInvite } from '@/lib/accounts/accept-instructor-invite'
import { acceptStudentInvite } from '@/lib/accounts/accept-student-invite'
import { acceptCoInstructorInvite } from '@/lib/classes/accept-co-instructor-invite'
import { joinByInvite } from '@/lib/classes/join-by-invite'
import type { ActionState } from '@/lib/errors'
import { action } from '@/lib/http/action'
import { zFields } from '@/lib/validation'

// Invite links: creating an account from one needs only the link (it is the proof); accepting
// one with an existing account needs that account signed in.

export const acceptInviteAction = action({ access: 'anyone', schema: zFields }, async ({ input }): Promise<ActionState> => {
  await acceptInstructorInvite(input)
  redirect('/signin?welcome=1')
})

export const acceptStudentInviteAction = action({ access: 'anyone', schema: zFields }, async ({ input }): Promise<ActionState> => {
  await acceptStudentInvite(input)
  redirect('/signin?welcome=1')
})

const ZToken = z.strictObject({ token: z.string().min(1).max(200) })

export const acceptCoInstructorInviteAction = action(
  { access: 'signed-in', schema: ZToken },
  async ({ user, input }): Promise<ActionState> => {
    const { classId } = await acceptCoInstructorInvite({ userId: user.id, token: input.token })
    redirect(`/classes/${classId}`)
  },
)

export const joinByInviteAction = action({ access: 'signed-in', schema: ZToken }, async ({ user, input }): Promise<ActionState> => {
  const { name } = await joinByInvite({ userId: user.id, token: input.token })
  redirect(`/dashboard?joined=${encodeURIComponent(name)}`)
})
