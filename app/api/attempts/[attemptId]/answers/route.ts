import { route } from '@/lib/http/route'
import { saveAnswer } from '@/lib/quiz/save-answer'

// Autosave: one answer per request. Cheap by design — one locked read and one conditional upsert.
export const POST = route<{ attemptId: string }>(
  { access: 'signed-in', body: { maxBytes: 200_000, tooLarge: 'That answer is too long to save.' } },
  async ({ user, params, body }) =>
    Response.json(await saveAnswer({ userId: user.id, attemptId: params.attemptId.slice(0, 64), input: body })),
)
