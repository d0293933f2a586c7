import { canvasPackage } from './canvas-package'
import type { ExportInput } from './export-input'
import type { ExportReport } from './export-report'
import { qti3Package } from './qti3-package'
import { aikenFile, giftFile, moodleXmlFile } from './text-formats'

// Pure: the question downloads, by the name their URL carries — the one list the export routes,
// the export panel and the tests read, so a new format is added here once.

export interface BuiltExport {
  body: Uint8Array | string
  report: ExportReport
}

export interface DownloadFormat {
  label: string
  /** Where it goes, in the instructor's words. */
  purpose: string
  extension: string
  contentType: string
  build(input: ExportInput): Promise<BuiltExport>
}

const text = (file: { text: string; report: ExportReport }): BuiltExport => ({ body: file.text, report: file.report })
const zip = (p: { zip: Uint8Array; report: ExportReport }): BuiltExport => ({ body: p.zip, report: p.report })

export const DOWNLOAD_FORMATS = {
  qti3: {
    label: 'QTI 3.0 package',
    purpose: 'for item banks and assessment platforms that read QTI 3',
    extension: 'qti3.zip',
    contentType: 'application/zip',
    build: async (input) => zip(await qti3Package(input)),
  },
  canvas: {
    label: 'Canvas quiz (QTI 1.2)',
    purpose: 'Canvas: Settings → Import course content → QTI .zip file',
    extension: 'canvas-qti.zip',
    contentType: 'application/zip',
    build: async (input) => zip(await canvasPackage(input)),
  },
  moodle: {
    label: 'Moodle XML',
    purpose: 'Moodle: Question bank → Import → Moodle XML format (every type, ordering from Moodle 4.4)',
    extension: 'moodle.xml',
    contentType: 'application/xml; charset=utf-8',
    build: async (input) => text(moodleXmlFile(input)),
  },
  gift: {
    label: 'GIFT',
    purpose: 'Moodle and other tools: Question bank → Import → GIFT format',
    extension: 'gift.txt',
    contentType: 'text/plain; charset=utf-8',
    build: async (input) => text(giftFile(input)),
  },
  aiken: {
    label: 'Aiken',
    purpose: 'Moodle: Question bank → Import → Aiken format (one-answer questions only)',
    extension: 'aiken.txt',
    contentType: 'text/plain; charset=utf-8',
    build: async (input) => text(aikenFile(input)),
  },
} satisfies Record<string, DownloadFormat>

export type DownloadFormatName = keyof typeof DOWNLOAD_FORMATS
export const DOWNLOAD_FORMAT_NAMES = Object.keys(DOWNLOAD_FORMATS) as DownloadFormatName[]
export const isDownloadFormat = (name: string): name is DownloadFormatName => Object.hasOwn(DOWNLOAD_FORMATS, name)

export interface FormatReport {
  name: DownloadFormatName
  label: string
  purpose: string
  total: number
  report: ExportReport
}

/** What each format would carry of these questions, for the export panel (built, not guessed). */
export async function formatReports(input: ExportInput): Promise<FormatReport[]> {
  const total = input.sections.reduce((n, s) => n + s.questions.length, 0)
  return Promise.all(
    DOWNLOAD_FORMAT_NAMES.map(async (name) => {
      const f: DownloadFormat = DOWNLOAD_FORMATS[name]
      return { name, label: f.label, purpose: f.purpose, total, report: (await f.build(input)).report }
    }),
  )
}
