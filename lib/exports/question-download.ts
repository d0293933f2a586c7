import 'server-only'
import type { Download } from '@/lib/http/class-download'
import { AppError } from '@/lib/errors'
import { exportFilename } from '@/lib/review/export-filename'
import { DOWNLOAD_FORMATS, isDownloadFormat } from './download-formats'
import type { TaughtExport } from './taught-export'

/** The file of a question export in a named format; an unknown format is NOT_FOUND, like an unknown page. */
export async function questionDownload(taught: TaughtExport, format: string, now = new Date()): Promise<Download> {
  if (!isDownloadFormat(format)) throw new AppError('NOT_FOUND', 'No such export format.')
  const f = DOWNLOAD_FORMATS[format]
  const { body } = await f.build(taught.input)
  return {
    filename: exportFilename(taught.className, taught.input.identifier, now, f.extension),
    body: typeof body === 'string' ? body : new Blob([body as BlobPart]),
    contentType: f.contentType,
  }
}
