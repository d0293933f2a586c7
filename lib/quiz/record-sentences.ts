import 'server-only'
import fs from 'node:fs'
import path from 'node:path'

// The record's sentences with their stable ids ("p7.s2"), for evidence questions.
type Sentences = Record<string, { id: string; text: string }[]>
const cache = new Map<string, Sentences>()

export function recordSentences(lessonSlug: string): Sentences {
  if (!cache.has(lessonSlug)) {
    const file = path.join(process.cwd(), 'content', 'lessons', lessonSlug, 'sentences.json')
    cache.set(lessonSlug, JSON.parse(fs.readFileSync(file, 'utf8')) as Sentences)
  }
  return cache.get(lessonSlug)!
}
