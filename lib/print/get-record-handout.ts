import 'server-only'
import type { TGlossaryEntry, TLessonInfo } from '@/lib/content/schemas'
import { buildRecordView, type NoteView, type ParagraphView } from '@/lib/content/record-view'
import { getTaughtLesson } from './taught-lesson'

// The record as a printed handout: the same paragraphs and note numbers the reader shows (one
// record view, lib/content/record-view.ts), the notes gathered as footnotes, the glossary entries
// the record's text links to, and the sources the notes cite.

export interface HandoutNote extends NoteView {
  paragraphNumber: number
}

export interface RecordHandout {
  className: string
  slug: string
  info: TLessonInfo
  heading: string
  paragraphs: ParagraphView[]
  notes: HandoutNote[]
  glossary: TGlossaryEntry[]
  sources: { key: string; citation: string }[]
}

export async function getRecordHandout(opts: { userId: string; classId: string; lessonSlug: string }): Promise<RecordHandout> {
  const { className, lesson } = await getTaughtLesson(opts)
  const view = buildRecordView(lesson)
  const notes = view.paragraphs.flatMap((p) => p.notes.map((note) => ({ ...note, paragraphNumber: p.number })))
  const termIds = new Set(view.termIds)
  const cited = new Set(notes.flatMap((note) => note.sources))
  return {
    className,
    slug: lesson.slug,
    info: lesson.info,
    heading: lesson.record.heading,
    paragraphs: view.paragraphs,
    notes,
    // In the glossary's own order, which groups people, places and terms as its authors chose.
    glossary: lesson.glossary.filter((entry) => termIds.has(entry.id)),
    sources: Object.entries(lesson.sources)
      .filter(([key]) => cited.has(key))
      .map(([key, source]) => ({ key, citation: source.citation })),
  }
}
