'use server'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import type { AssignmentState } from '@/app/(instructor)/classes/[classId]/actions'
import { createAssignment } from '@/lib/assignments/create-assignment'
import { assignmentFormToInput } from '@/lib/assignments/form-to-input'
import { action, STAFF } from '@/lib/http/action'
import { requireForm } from '@/lib/http/require-form'
import { fulfilDeepLinkRequest } from '@/lib/lti/deep-linking/deep-link-request'
import { zId } from '@/lib/validation'

/** Creates the assignment the instructor chose in their course site, then sends the answer back to it. */
export const addToCourseAction = action(
  { access: STAFF, schema: z.looseObject({ requestId: zId }) },
  async ({ user, input, form }): Promise<AssignmentState> => {
    const fields = requireForm(form)
    fields.delete('requestId')
    const { id } = await fulfilDeepLinkRequest({ userId: user.id, requestId: input.requestId }, (classId) =>
      createAssignment({ userId: user.id, classId, input: assignmentFormToInput(fields) }),
    )
    // The signed answer is posted to the platform by a page of its own: it needs a form-action for
    // the platform's origin, which Lectern's pages never allow (app/api/lti/deep-link/[requestId]).
    redirect(`/api/lti/deep-link/${input.requestId}?assignment=${id}`)
  },
)
