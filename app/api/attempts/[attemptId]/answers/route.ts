import { getCurrentUser } from '@/lib/auth/session'
import { jsonError, readJson, unauthorized } from '@/lib/http/json-error'
import { saveAnswer } from '@/lib/quiz/save-answer'

// Autosave: one answer per request. Cheap by design — one locked read and one conditional upsert.
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  const user = await getCurrentUser()
  if (!user) return unauthorized()
  const { attemptId } = await params
  const body = await readJson(request, 200_000).catch(() => null)
  if (body === null) return Response.json({ error: 'BAD_INPUT', message: 'That answer is too long to save.' }, { status: 413 })
  try {
    return Response.json(await saveAnswer({ userId: user.id, attemptId: attemptId.slice(0, 64), input: body }))
  } catch (error) {
    return jsonError(error)
  }
}
