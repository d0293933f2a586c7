import type { Lesson } from './parse-lesson'

/** Where the time spent on one part of the record (a guide section, a ¶ range) is kept. */
export const recordPartSectionId = (partId: string) => `record:${partId}`

/**
 * The parts of a lesson whose reading is recorded (ReadingProgress.sectionId): "record", "guide",
 * "glossary", "timeline", "map" and "essay:<slug>" for each essay. Assignments name the same ids.
 * Within "record", each part's own time is kept too, as "record:<guide section id>" (recordPartSectionId).
 */
export function lessonSectionIds(lesson: Pick<Lesson, 'essays'>): string[] {
  return ['record', 'guide', 'glossary', 'timeline', 'map', ...lesson.essays.map((essay) => `essay:${essay.slug}`)]
}

export interface ReadingPart {
  /** Its ReadingProgress.sectionId. */
  id: string
  kind: 'record' | 'record-part' | 'essay'
  title: string
  /** Where it is: "¶4–11" for a part of the record, "Essay 2" for an essay. */
  place: string
}

/** "¶4–11": a guide section's paragraphs as ranges of their numbers (p4 … p11). */
export function paragraphRange(ids: string[]): string {
  const numbers = ids.map((id) => Number(id.slice(1))).sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i < numbers.length; i++) {
    let j = i
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++
    ranges.push(i === j ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`)
    i = j
  }
  return `¶${ranges.join(', ')}`
}

/** The parts of a lesson an instructor follows reading by: the record, each of its guide sections, each essay. */
export function readingParts(lesson: Pick<Lesson, 'guide' | 'essays'>): ReadingPart[] {
  return [
    { id: 'record', kind: 'record', title: 'The record (whole page)', place: 'Record' },
    ...lesson.guide.sections.map((s) => ({
      id: recordPartSectionId(s.id),
      kind: 'record-part' as const,
      title: s.title,
      place: paragraphRange(s.paragraphs),
    })),
    ...lesson.essays.map((e) => ({ id: `essay:${e.slug}`, kind: 'essay' as const, title: e.meta.title, place: `Essay ${e.meta.order}` })),
  ]
}
