// The lesson's question sets as the browser tests read them: straight from the content files, so a
// spec needs no database or build to know what a quiz holds.
import fs from 'node:fs'
import path from 'node:path'
import type { TQuestionSet } from '@/lib/quiz/question-schema'

const questionsDir = path.join(process.cwd(), 'content/lessons/batmunkh-kim-1986/questions')

export function loadSet(id: string): TQuestionSet {
  const file = fs.readdirSync(questionsDir).find((f) => f.endsWith(`${id}.json`))!
  return JSON.parse(fs.readFileSync(path.join(questionsDir, file), 'utf8')) as TQuestionSet
}
