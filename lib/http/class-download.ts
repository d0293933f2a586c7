import 'server-only'
import { attachmentHeaders } from '@/lib/review/export-filename'
import { route } from './route'

/** A file to download: a CSV unless `contentType` says otherwise. */
export interface Download {
  filename: string
  body: BodyInit
  contentType?: string
}

/**
 * The shared shape of every class download (CSV, question packages, cartridges): an instructor,
 * one export function, and 404 for anyone who does not teach the class — the same answer as for a
 * class that does not exist. The export function checks that (assertTeaches or a query scoped to
 * the teacher); the route's params come along, each cut to a content id's length.
 */
export function classDownloadRoute<P extends { classId: string }>(
  produce: (opts: { userId: string; classId: string; params: P }) => Promise<Download>,
) {
  return route<P>({ access: ['INSTRUCTOR', 'ADMIN'] }, async ({ user, params }) => {
    const short = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v).slice(0, 64)])) as P
    const { filename, body, contentType } = await produce({ userId: user.id, classId: short.classId, params: short })
    return new Response(body, { headers: attachmentHeaders(filename, contentType) })
  })
}

/** The CSV routes of a class (gradebook, responses): a class download with no further params. */
export const csvRoute = (produce: (opts: { userId: string; classId: string }) => Promise<Download>) =>
  classDownloadRoute<{ classId: string }>(({ userId, classId }) => produce({ userId, classId }))
