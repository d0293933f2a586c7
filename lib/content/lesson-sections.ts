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
