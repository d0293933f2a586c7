import { questionDownload } from '@/lib/exports/question-download'
import { taughtSetExport } from '@/lib/exports/taught-export'
import { classDownloadRoute } from '@/lib/http/class-download'

// A question set in one export format (QTI 3, Canvas, Moodle XML, GIFT, Aiken): teachers of the class only.
export const GET = classDownloadRoute<{ classId: string; lessonSlug: string; setId: string; format: string }>(
  async ({ userId, classId, params }) =>
    questionDownload(await taughtSetExport({ userId, classId, lessonSlug: params.lessonSlug, setId: params.setId }), params.format),
)
