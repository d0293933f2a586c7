import 'server-only'
import { recordParagraphs } from './record-paragraphs'

/** The record's text for the given paragraphs: public (the document itself), shown beside questions. */
export function publicRecordParagraphs(lessonSlug: string, ids: string[]): Record<string, string> {
  const all = recordParagraphs(lessonSlug)
  return Object.fromEntries([...new Set(ids)].filter((id) => all.has(id)).map((id) => [id, all.get(id)!]))
}
