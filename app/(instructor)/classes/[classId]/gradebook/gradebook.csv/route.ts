import { csvRoute } from '@/lib/http/csv-response'
import { exportGradebook } from '@/lib/review/export-gradebook'

export const GET = csvRoute(async (opts) => {
  const { filename, csv } = await exportGradebook(opts)
  return { filename, body: csv }
})
