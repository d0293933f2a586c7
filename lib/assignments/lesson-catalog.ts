import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import { ZQuestionSet } from '@/lib/quiz/question-schema'

// What an instructor can assign from a lesson: its parts (the record, each essay) and its question
// sets. Read from content/ once per process; content changes ship with a new build.

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

const LESSON_TITLES: Record<string, string> = {
  'batmunkh-kim-1986': 'Record of Conversation between J. Batmunkh and Kim Il Sung, November 1986',
}

const cache = new Map<string, LessonCatalog>()

function readCatalog(slug: string): LessonCatalog | null {
  const dir = path.join(process.cwd(), 'content', 'lessons', slug)
  if (!LESSON_TITLES[slug] || !fs.existsSync(dir)) return null
  const essaysDir = path.join(dir, 'essays')
  const essays = fs
    .readdirSync(essaysDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      // The essay's meta is validated by the content check; here only its title is needed.
      const title = /^\s*title:\s*'((?:[^'\\]|\\.)*)'/m.exec(fs.readFileSync(path.join(essaysDir, file), 'utf8'))?.[1]
      return { id: `essay:${file.replace(/\.mdx$/, '').replace(/^\d+-/, '')}`, title: (title ?? file).replace(/\\'/g, "'") }
    })
  const questionsDir = path.join(dir, 'questions')
  const questionSets = fs.existsSync(questionsDir)
    ? fs
        .readdirSync(questionsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((file) => ZQuestionSet.parse(JSON.parse(fs.readFileSync(path.join(questionsDir, file), 'utf8'))))
        .map((set) => ({
          id: set.id,
          title: set.title,
          questionCount: set.questions.length,
          points: set.questions.reduce((sum, q) => sum + q.points, 0),
        }))
    : []
  return { slug, title: LESSON_TITLES[slug], parts: [{ id: 'record', title: 'The record (all 28 paragraphs)' }, ...essays], questionSets }
}

export function lessonCatalog(slug: string): LessonCatalog | null {
  if (!cache.has(slug)) {
    const catalog = readCatalog(slug)
    if (!catalog) return null
    cache.set(slug, catalog)
  }
  return cache.get(slug)!
}

export function listLessons(): LessonCatalog[] {
  return Object.keys(LESSON_TITLES)
    .map(lessonCatalog)
    .filter((c): c is LessonCatalog => c !== null)
}
