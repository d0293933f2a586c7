import { questionDownload } from '@/lib/exports/question-download'
import { taughtAssignmentExport } from '@/lib/exports/taught-export'
import { classDownloadRoute } from '@/lib/http/class-download'

// An assignment's quizzes in one export format, a section per quiz: teachers of the class only.
export const GET = classDownloadRoute<{ classId: string; assignmentId: string; format: string }>(async ({ userId, classId, params }) =>
  questionDownload(await taughtAssignmentExport({ userId, classId, assignmentId: params.assignmentId }), params.format),
)
