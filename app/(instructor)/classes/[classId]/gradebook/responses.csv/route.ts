import { exportResponses } from '@/lib/review/export-responses'
import { csvResponse } from '@/lib/http/csv-response'

// Streamed: a large class's file is written batch by batch, never held whole in memory.
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  return csvResponse(params, async (opts) => {
    const { filename, stream } = await exportResponses(opts)
    return { filename, body: stream }
  })
}
