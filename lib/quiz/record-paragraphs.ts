import 'server-only'
import fs from 'node:fs'
import path from 'node:path'

// The record's paragraphs by id, to show the passage beside a question and its result.
interface RecordFile {
  paragraphs: { id: string; speaker: string; text: string }[]
}
const cache = new Map<string, Map<string, string>>()

export function recordParagraphs(lessonSlug: string): Map<string, string> {
  if (!cache.has(lessonSlug)) {
    const file = path.join(process.cwd(), 'content', 'lessons', lessonSlug, 'record.json')
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as RecordFile
    cache.set(lessonSlug, new Map(record.paragraphs.map((p) => [p.id, p.text])))
  }
  return cache.get(lessonSlug)!
}
