import { route } from '@/lib/http/route'
import { submitByStudent } from '@/lib/quiz/submit-attempt'

// Submit is idempotent: a second call (double click, other tab, retry) finds it done and says so.
// Rate-limited per attempt, with the attempt's autosaves.
export const POST = route<{ attemptId: string }>({ access: 'signed-in' }, async ({ user, params }) =>
  Response.json(await submitByStudent({ userId: user.id, attemptId: params.attemptId.slice(0, 64) })),
)
