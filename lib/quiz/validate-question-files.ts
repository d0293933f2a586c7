import type { ContentIssue } from '@/lib/content/parse-lesson'
import { lineOf, lineOfEntry, lineOfJsonError } from '@/lib/content/json-lines'
import { ZQuestionSet, type TQuestionSet } from './question-schema'
import { questionProblems } from './validate-question-set'

// The content check for a lesson's question sets and the record's sentence list: every problem
// names the file, the line and the field.

type Sentences = Record<string, { id: string; text: string }[]>
const issue = (file: string, line: number, message: string): ContentIssue => ({ file, line, message, severity: 'error' })

function parseJson(file: string, text: string, issues: ContentIssue[]): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    issues.push(issue(file, lineOfJsonError(text, error), `not valid JSON: ${(error as Error).message}`))
    return undefined
  }
}

/** sentences.json must split each record paragraph into sentences that join back to it exactly. */
function checkSentences(files: Record<string, string>, issues: ContentIssue[]): Set<string> {
  const file = 'sentences.json'
  const ids = new Set<string>()
  if (!files[file]) {
    issues.push(issue(file, 1, 'missing: evidence questions need the record’s sentences'))
    return ids
  }
  const sentences = parseJson(file, files[file], issues) as Sentences | undefined
  const record = JSON.parse(files['record.json'] ?? '{"paragraphs":[]}') as { paragraphs: { id: string; text: string }[] }
  if (!sentences) return ids
  for (const p of record.paragraphs) {
    const list = sentences[p.id] ?? []
    list.forEach((s, i) => {
      if (s.id !== `${p.id}.s${i + 1}`)
        issues.push(
          issue(
            file,
            lineOf(files[file], JSON.stringify(s.id)),
            `sentence ids of ${p.id} must run ${p.id}.s1, ${p.id}.s2, …; found “${s.id}”`,
          ),
        )
      ids.add(s.id)
    })
    if (list.map((s) => s.text).join(' ') !== p.text)
      issues.push(
        issue(file, lineOf(files[file], `"${p.id}"`), `the sentences of ${p.id} do not join back to the paragraph’s text in record.json`),
      )
  }
  return ids
}

export function validateQuestionFiles(files: Record<string, string>): ContentIssue[] {
  const issues: ContentIssue[] = []
  const sentenceIds = checkSentences(files, issues)
  // The record's paragraphs are what a question's `paragraphs` may name.
  const record = JSON.parse(files['record.json'] ?? '{"paragraphs":[]}') as { paragraphs: { id: string }[] }
  const lesson = { sentenceIds, paragraphIds: new Set(record.paragraphs.map((p) => p.id)) }
  const seenQuestions = new Map<string, string>()
  const seenSets = new Map<string, string>()
  for (const file of Object.keys(files)
    .filter((f) => /^questions\/[^/]+\.json$/.test(f))
    .sort()) {
    const text = files[file]
    const raw = parseJson(file, text, issues)
    if (raw === undefined) continue
    const parsed = ZQuestionSet.safeParse(raw)
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const [, index, ...rest] = zi.path
        const questionId = typeof index === 'number' ? (raw as { questions?: { id?: string }[] }).questions?.[index]?.id : undefined
        const field = zi.path.join('.')
        const line = questionId ? lineOfEntry(text, questionId, rest.length ? `"${String(rest[0])}"` : undefined) : 1
        issues.push(issue(file, line, `${questionId ? `question “${questionId}”, ` : ''}field ${field || '(root)'}: ${zi.message}`))
      }
      continue
    }
    const set: TQuestionSet = parsed.data
    if (seenSets.has(set.id))
      issues.push(issue(file, lineOfEntry(text, set.id), `set id “${set.id}” is also used by ${seenSets.get(set.id)}`))
    seenSets.set(set.id, file)
    if (!file.endsWith(`${set.id}.json`))
      issues.push(issue(file, lineOfEntry(text, set.id), `the file name must end in “${set.id}.json”, the set’s id`))
    for (const q of set.questions) {
      if (seenQuestions.has(q.id))
        issues.push(issue(file, lineOfEntry(text, q.id), `question id “${q.id}” is also used in ${seenQuestions.get(q.id)}`))
      seenQuestions.set(q.id, file)
      for (const message of questionProblems(q, lesson)) issues.push(issue(file, lineOfEntry(text, q.id), `question “${q.id}”: ${message}`))
    }
  }
  return issues
}
