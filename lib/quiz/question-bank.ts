import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '@/lib/errors'
import { ZQuestionSet, type TQuestion, type TQuestionSet } from './question-schema'
import { questionVersion } from './question-version'

// The question sets of a lesson, read from content/ once per process and validated by the same
// schema as `npm run content:check`. Each question carries its version (content hash).

export interface VersionedQuestion {
  question: TQuestion
  version: string
}
export interface LoadedSet {
  set: TQuestionSet
  questions: VersionedQuestion[]
}

const cache = new Map<string, LoadedSet>()

export function loadQuestionSet(lessonSlug: string, setId: string): LoadedSet {
  const key = `${lessonSlug}/${setId}`
  const hit = cache.get(key)
  if (hit) return hit
  const dir = path.join(process.cwd(), 'content', 'lessons', lessonSlug, 'questions')
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.replace(/^\d+-/, '') === `${setId}.json`) : undefined
  if (!file) throw new AppError('NOT_FOUND', `Unknown question set “${setId}”.`)
  const set = ZQuestionSet.parse(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')))
  const loaded = { set, questions: set.questions.map((question) => ({ question, version: questionVersion(question) })) }
  cache.set(key, loaded)
  return loaded
}
