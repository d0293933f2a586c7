import { csvRoute } from '@/lib/http/class-download'
import { exportResponses } from '@/lib/review/export-responses'

// Streamed: a large class's file is written batch by batch, never held whole in memory.
export const GET = csvRoute(async (opts) => {
  const { filename, stream } = await exportResponses(opts)
  return { filename, body: stream }
})
