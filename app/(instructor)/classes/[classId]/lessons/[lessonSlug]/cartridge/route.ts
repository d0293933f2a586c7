import { headers } from 'next/headers'
import { classCartridge } from '@/lib/exports/class-cartridge'
import { classDownloadRoute } from '@/lib/http/class-download'
import { publicOrigin } from '@/lib/http/public-url'

// A lesson as a Common Cartridge for the class (its reading and an LTI link per assignment): teachers of the class only.
export const GET = classDownloadRoute<{ classId: string; lessonSlug: string }>(async ({ userId, classId, params }) => {
  const { filename, zip } = await classCartridge({ userId, classId, lessonSlug: params.lessonSlug, origin: publicOrigin(await headers()) })
  return { filename, body: new Blob([zip as BlobPart]), contentType: 'application/zip' }
})
