import { csvRoute } from '@/lib/http/class-download'
import { exportCanvasGradebook } from '@/lib/review/export-canvas-gradebook'

export const GET = csvRoute(async (opts) => {
  const { filename, csv } = await exportCanvasGradebook(opts)
  return { filename, body: csv }
})
