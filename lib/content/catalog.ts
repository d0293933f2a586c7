import 'server-only'
import { loadLesson, lessonSlugs } from './load-lesson'
import type { Lesson } from './parse-lesson'
import { countOf } from '@/lib/text/count-of'

// What an instructor can assign from a lesson: its parts (the record, each essay) and its question
// sets. A selector over the one lesson loader: titles come from lesson.json and the essays' meta.

export interface LessonPart {
  id: string // "record" | "essay:<slug>"
  title: string
}
export interface QuestionSetSummary {
  id: string
  title: string
  questionCount: number
  points: number
}
export interface LessonCatalog {
  slug: string
  title: string
  parts: LessonPart[]
  questionSets: QuestionSetSummary[]
}

export function catalogOf(lesson: Lesson): LessonCatalog {
  const paragraphs = lesson.record.paragraphs.length
  return {
    slug: lesson.slug,
    title: lesson.info.title,
    parts: [
      { id: 'record', title: `The record (all ${countOf(paragraphs, 'paragraph')})` },
      ...[...lesson.essays].sort((a, b) => a.fileName.localeCompare(b.fileName)).map((e) => ({ id: `essay:${e.slug}`, title: e.meta.title })),
    ],
    questionSets: lesson.questionSets.map(({ set }) => ({
      id: set.id,
      title: set.title,
      questionCount: set.questions.length,
      points: set.questions.reduce((sum, q) => sum + q.points, 0),
    })),
  }
}

/** The catalog of one lesson, or null when there is no such lesson. */
export async function lessonCatalog(slug: string): Promise<LessonCatalog | null> {
  const lesson = await loadLesson(slug)
  return lesson ? catalogOf(lesson) : null
}

/** Every lesson's catalog, in slug order. */
export async function listLessons(): Promise<LessonCatalog[]> {
  return Promise.all(lessonSlugs().map(async (slug) => catalogOf((await loadLesson(slug))!)))
}
