import type { PublicLesson } from './parse-lesson'
import { markParagraph, type RecordNode, type TermAlias } from './record-marks'
import type { TAnnotation, TGuideSection } from './schemas'

// What the reader shows for the record, worked out once from the content: each paragraph's marked
// text, its notes (numbered through the whole record, in reading order), the essays that explain
// it, and the reading-guide section it belongs to. Pure, so tests can check it without rendering.

export interface NoteView extends TAnnotation {
  number: number
}

export interface ParagraphView {
  id: string
  number: number
  speaker: string
  speakerLabel: string
  /** True where a new speaker starts (p1, p3, p4, p14 here). */
  isTurnStart: boolean
  /** True where the text itself names the speaker ("Kim Il Sung: …"), so no label is added. */
  namesSpeaker: boolean
  text: string
  nodes: RecordNode[]
  notes: NoteView[]
  essays: { slug: string; title: string; order: number }[]
}

export interface SectionView {
  section: TGuideSection
  number: number
  paragraphs: ParagraphView[]
}

export interface RecordView {
  sections: SectionView[]
  paragraphs: ParagraphView[]
  /** Glossary ids linked from the record: each needs its popover on the page. */
  termIds: string[]
}

export const paragraphNumber = (id: string) => Number(id.slice(1))

export function glossaryAliases(lesson: Pick<PublicLesson, 'glossary'>): TermAlias[] {
  return lesson.glossary.flatMap((entry) => entry.aliases.map((alias) => ({ alias, termId: entry.id })))
}

function containsKind(nodes: RecordNode[], kind: RecordNode['kind']): boolean {
  return nodes.some((node) => node.kind === kind || (node.kind !== 'text' && containsKind(node.children, kind)))
}

function collectTerms(nodes: RecordNode[], into: Set<string>) {
  for (const node of nodes) {
    if (node.kind === 'text') continue
    if (node.kind === 'term' && node.ref) into.add(node.ref)
    collectTerms(node.children, into)
  }
}

export function buildRecordView(lesson: PublicLesson): RecordView {
  const aliases = glossaryAliases(lesson)
  const essaysByParagraph = new Map<string, ParagraphView['essays']>()
  for (const essay of lesson.essays) {
    for (const id of essay.meta.paragraphs) {
      essaysByParagraph.set(id, [...(essaysByParagraph.get(id) ?? []), { slug: essay.slug, title: essay.meta.title, order: essay.meta.order }])
    }
  }
  let noteNumber = 0
  const termIds = new Set<string>()
  const paragraphs = lesson.record.paragraphs.map((p, i): ParagraphView => {
    const isTurnStart = i === 0 || lesson.record.paragraphs[i - 1].speaker !== p.speaker
    const notes = lesson.annotations
      .filter((note) => note.paragraph === p.id)
      .sort((a, b) => p.text.indexOf(a.anchor) - p.text.indexOf(b.anchor) || a.anchor.length - b.anchor.length)
      .map((note) => ({ ...note, number: ++noteNumber }))
    const nodes = markParagraph({ text: p.text, isTurnStart: isTurnStart && p.speaker !== 'record', notes, aliases })
    collectTerms(nodes, termIds)
    return {
      id: p.id,
      number: paragraphNumber(p.id),
      speaker: p.speaker,
      speakerLabel: lesson.info.speakers[p.speaker] ?? p.speaker,
      isTurnStart,
      namesSpeaker: containsKind(nodes, 'speaker'),
      text: p.text,
      nodes,
      notes,
      essays: (essaysByParagraph.get(p.id) ?? []).sort((a, b) => a.order - b.order),
    }
  })
  const byId = new Map(paragraphs.map((p) => [p.id, p]))
  const sections = lesson.guide.sections.map((section, i) => ({
    section,
    number: i + 1,
    paragraphs: section.paragraphs.map((id) => byId.get(id)!),
  }))
  return { sections, paragraphs, termIds: [...termIds] }
}
