import 'server-only'
import { getCurrentUser } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import { attachmentHeaders } from '@/lib/review/export-filename'

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * The shared shape of the two CSV routes: a signed-in user, one export function, and 404 for
 * anyone who does not teach the class — the same answer as for a class that does not exist.
 */
export async function csvResponse(params: Promise<{ classId: string }>, produce: (opts: { userId: string; classId: string }) => Promise<{ filename: string; body: BodyInit }>) {
  const user = await getCurrentUser()
  if (!user) return notFound()
  const { classId } = await params
  try {
    const { filename, body } = await produce({ userId: user.id, classId: classId.slice(0, 64) })
    return new Response(body, { headers: attachmentHeaders(filename) })
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return notFound()
    throw error
  }
}
