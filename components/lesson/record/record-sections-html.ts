import type { Lesson } from '@/lib/content/parse-lesson'
import type { RecordView } from '@/lib/content/record-view'
import { classAttr } from '../html-string'
import { recordParagraphHtml } from './record-paragraph'
import { sectionGuideHtml } from './section-guide'
import styles from './record.module.css'

/** The record's parts as HTML, each part opened by its reading guide (see html-string.ts). */
export function recordSectionsHtml(lesson: Lesson, view: RecordView): string {
  const glossaryTerms = new Map(lesson.glossary.map((entry) => [entry.id, entry.term]))
  return view.sections
    .map((section) => {
      const id = `part-${section.section.id}`
      const guide = sectionGuideHtml({ view: section, total: view.sections.length, slug: lesson.slug })
      const paragraphs = section.paragraphs
        .map((paragraph) => recordParagraphHtml({ paragraph, slug: lesson.slug, glossaryTerms }))
        .join('')
      return `<section id="${id}" aria-labelledby="${id}-title" ${classAttr(styles, 'section')}>${guide}${paragraphs}</section>`
    })
    .join('')
}
