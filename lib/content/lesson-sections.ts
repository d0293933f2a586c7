import type { Lesson } from './parse-lesson'

/**
 * The parts of a lesson whose reading is recorded (ReadingProgress.sectionId): "record", "guide",
 * "glossary", "timeline", "map" and "essay:<slug>" for each essay. Assignments name the same ids.
 */
export function lessonSectionIds(lesson: Pick<Lesson, 'essays'>): string[] {
  return ['record', 'guide', 'glossary', 'timeline', 'map', ...lesson.essays.map((essay) => `essay:${essay.slug}`)]
}
