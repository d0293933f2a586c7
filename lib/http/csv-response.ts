import 'server-only'
import { attachmentHeaders } from '@/lib/review/export-filename'
import { route } from './route'

/**
 * The shared shape of the CSV routes: an instructor, one export function, and 404 for anyone who
 * does not teach the class — the same answer as for a class that does not exist.
 */
export function csvRoute(produce: (opts: { userId: string; classId: string }) => Promise<{ filename: string; body: BodyInit }>) {
  return route<{ classId: string }>({ access: ['INSTRUCTOR', 'ADMIN'] }, async ({ user, params }) => {
    const { filename, body } = await produce({ userId: user.id, classId: params.classId.slice(0, 64) })
    return new Response(body, { headers: attachmentHeaders(filename) })
  })
}
