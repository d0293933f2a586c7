import { exportJoinSheet } from '@/lib/classes/join-sheet'
import { publicUrl } from '@/lib/http/public-url'
import { attachmentHeaders } from '@/lib/review/export-filename'
import { route } from '@/lib/http/route'

// The join sheet as CSV: like csvRoute, but the links in it are absolute, so it needs the request.
export const GET = route<{ classId: string }>({ access: ['INSTRUCTOR', 'ADMIN'] }, async ({ request, user, params }) => {
  const { filename, csv } = await exportJoinSheet({
    userId: user.id,
    classId: params.classId.slice(0, 64),
    toUrl: (path) => publicUrl(path, request.headers),
  })
  return new Response(csv, { headers: attachmentHeaders(filename) })
})
