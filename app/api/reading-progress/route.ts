import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { recordReadingProgress } from '@/lib/reading/record-reading-progress'
import { ZReadingBeat } from '@/lib/reading/schemas'

// Reading beats from the lesson reader (components/lesson/reading-browser.ts). Cheap on purpose:
// one session lookup and one upsert, no body for the browser to wait on. route() refuses beats
// from another site, so no other page can pad a student's reading time.
export const POST = route({ access: 'signed-in', body: { maxBytes: 1024 } }, async ({ user, body }) => {
  const parsed = ZReadingBeat.safeParse(body)
  if (!parsed.success) throw new AppError('BAD_INPUT', 'That is not a reading beat.')
  // Only students' reading is kept: it is for the instructors' views, and staff previewing a
  // lesson would only blur them.
  if (user.role === 'STUDENT') await recordReadingProgress({ userId: user.id, ...parsed.data })
  return new Response(null, { status: 204 })
})
