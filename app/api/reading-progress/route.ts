import { getCurrentUser } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import { recordReadingProgress } from '@/lib/reading/record-reading-progress'
import { ZReadingBeat } from '@/lib/reading/schemas'

// Reading beats from the lesson reader (components/lesson/reading-beacon.tsx). Cheap on purpose:
// one session lookup and one upsert, no body for the browser to wait on.

const MAX_BODY_BYTES = 1024

export async function POST(request: Request) {
  // Beats come from our own pages; another site must not be able to pad a student's reading time.
  const origin = request.headers.get('origin')
  if (origin && new URL(origin).host !== request.headers.get('host')) return new Response(null, { status: 403 })
  const user = await getCurrentUser()
  if (!user) return new Response(null, { status: 401 })
  const text = await request.text()
  if (text.length > MAX_BODY_BYTES) return new Response(null, { status: 413 })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return Response.json({ error: 'The body must be JSON.' }, { status: 400 })
  }
  const parsed = ZReadingBeat.safeParse(body)
  if (!parsed.success) return Response.json({ error: 'That is not a reading beat.' }, { status: 400 })
  // Only students' reading is kept: it is for the instructors' views, and staff previewing a
  // lesson would only blur them.
  if (user.role !== 'STUDENT') return new Response(null, { status: 204 })
  try {
    await recordReadingProgress({ userId: user.id, ...parsed.data })
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.code === 'NOT_FOUND' ? 404 : 400 })
    throw error
  }
  return new Response(null, { status: 204 })
}
