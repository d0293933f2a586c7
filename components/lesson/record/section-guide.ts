import type { SectionView } from '@/lib/content/record-view'
import type { TGuideSection } from '@/lib/content/schemas'
import { classAttr, escapeHtml, proseHtml } from '../html-string'
import styles from './record.module.css'

export const SKILL_LABEL: Record<TGuideSection['questions'][number]['skill'], string> = {
  sourcing: 'Sourcing',
  contextualisation: 'Context',
  corroboration: 'Corroboration',
  'close-reading': 'Close reading',
}

/** The reading guide for one part of the record, set just before its paragraphs, as HTML (see html-string.ts). */
export function sectionGuideHtml({ view, total, slug }: { view: SectionView; total: number; slug: string }): string {
  const { section, number } = view
  const first = section.paragraphs[0].slice(1)
  const last = section.paragraphs.at(-1)!.slice(1)
  const cls = (name: string) => classAttr(styles, name)
  const questions = section.questions.map(
    (question) => `<li><span ${cls('skill')}>${SKILL_LABEL[question.skill]}</span> ${proseHtml(question.text, slug, true)}</li>`,
  )
  return (
    `<div ${cls('guide')}>` +
    `<p ${cls('guideKicker')}>Reading guide · part ${number} of ${total} · ${first === last ? `¶${first}` : `¶${first}–¶${last}`}</p>` +
    `<h3 ${cls('guideTitle')} id="part-${escapeHtml(section.id)}-title">${escapeHtml(section.title)}</h3>` +
    `<p ${cls('guideSummary')}>${proseHtml(section.summary, slug, true)}</p>` +
    `<p ${cls('questionsLabel')}>Questions to read with</p>` +
    `<ul ${cls('questions')}>${questions.join('')}</ul>` +
    `</div>`
  )
}
