import { getCurrentUser } from '@/lib/auth/session'
import { jsonError, unauthorized } from '@/lib/http/json-error'
import { submitAttempt } from '@/lib/quiz/submit-attempt'

// Submit is idempotent: a second call (double click, other tab, retry) finds it done and says so.
export async function POST(_: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  const user = await getCurrentUser()
  if (!user) return unauthorized()
  const { attemptId } = await params
  try {
    return Response.json(await submitAttempt({ userId: user.id, attemptId: attemptId.slice(0, 64) }))
  } catch (error) {
    return jsonError(error)
  }
}
