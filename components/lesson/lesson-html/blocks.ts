import type { Lesson } from '@/lib/content/parse-lesson'
import { buildRecordView } from '@/lib/content/record-view'
import { glossaryPopoverHtml } from '../glossary-term'
import { PROVENANCE_TERMS } from '../provenance-card'
import { recordSectionsHtml } from '../record/record-sections-html'

/** The lesson page's long static blocks that reach the browser as HTML only (see LessonHtml). */
export type LessonHtmlBlock = 'record' | 'glossary-popovers'

/** A block's HTML: the record's parts, or the popovers of every glossary term the page shows. */
export function lessonBlockHtml(lesson: Lesson, block: LessonHtmlBlock): string {
  const view = buildRecordView(lesson)
  if (block === 'record') return recordSectionsHtml(lesson, view)
  const shown = new Set([...view.termIds, ...PROVENANCE_TERMS])
  return lesson.glossary
    .filter((entry) => shown.has(entry.id))
    .map((entry) => glossaryPopoverHtml(entry, lesson.slug))
    .join('')
}
