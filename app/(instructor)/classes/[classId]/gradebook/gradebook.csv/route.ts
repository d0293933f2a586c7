import { exportGradebook } from '@/lib/review/export-gradebook'
import { csvResponse } from '@/lib/http/csv-response'

export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  return csvResponse(params, async (opts) => {
    const { filename, csv } = await exportGradebook(opts)
    return { filename, body: csv }
  })
}
