import { csvRoute } from '@/lib/http/class-download'
import { exportMoodleGradebook } from '@/lib/review/export-moodle-gradebook'

export const GET = csvRoute(async (opts) => {
  const { filename, csv } = await exportMoodleGradebook(opts)
  return { filename, body: csv }
})
