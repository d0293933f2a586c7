import { csvRoute } from '@/lib/http/class-download'
import { exportGradebook } from '@/lib/review/export-gradebook'

export const GET = csvRoute(async (opts) => {
  const { filename, csv } = await exportGradebook(opts)
  return { filename, body: csv }
})
