import type { ContentIssue } from '../content/parse-lesson'
import { lineOf, lineOfEntry, lineOfJsonError } from '../content/json-lines'
import { ZQuestionSet, type TQuestionSet } from './question-schema'
import type { LessonContext } from './types/module'
import { questionProblems } from './validate-question-set'

// The content check for a lesson's question sets and the record's sentence list: every problem
// names the file, the line and the field. The lesson loader reads the sets through parseQuestionSets
// too, so what the check accepts is exactly what the quiz serves.

export type Sentences = Record<string, { id: string; text: string }[]>
export interface QuestionSetFile {
  file: string
  set: TQuestionSet
}

/** What a question may point at outside its own file: the lesson's record, as ids (each type's checks use it). */
export type QuestionContext = LessonContext

const QUESTION_FILE = /^questions\/[^/]+\.json$/
const issue = (file: string, line: number, message: string): ContentIssue => ({ file, line, message, severity: 'error' })

function parseJson(file: string, text: string, issues: ContentIssue[]): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    issues.push(issue(file, lineOfJsonError(text, error), `not valid JSON: ${(error as Error).message}`))
    return undefined
  }
}

function recordParagraphsOf(files: Record<string, string>): { id: string; text: string }[] {
  try {
    const record = JSON.parse(files['record.json'] ?? '{}') as { paragraphs?: { id: string; text: string }[] }
    return Array.isArray(record.paragraphs) ? record.paragraphs : []
  } catch {
    return [] // record.json's own check reports it
  }
}

/** sentences.json read as a map of paragraph id → sentences (whether they match the record is checkSentences'). */
export function parseSentences(files: Record<string, string>): { sentences?: Sentences; issues: ContentIssue[] } {
  const file = 'sentences.json'
  const issues: ContentIssue[] = []
  if (!files[file]) return { issues: [issue(file, 1, 'missing: evidence questions need the record’s sentences')] }
  const sentences = parseJson(file, files[file], issues) as Sentences | undefined
  if (sentences !== undefined && (typeof sentences !== 'object' || sentences === null || Array.isArray(sentences)))
    return { issues: [issue(file, 1, 'must be an object of paragraph id → sentences')] }
  return { sentences, issues }
}

/** sentences.json must split each record paragraph into sentences that join back to it exactly. */
export function checkSentences(
  files: Record<string, string>,
  sentences: Sentences,
  paragraphs: { id: string; text: string }[],
): ContentIssue[] {
  const file = 'sentences.json'
  const issues: ContentIssue[] = []
  for (const p of paragraphs) {
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
    })
    if (list.map((s) => s.text).join(' ') !== p.text)
      issues.push(
        issue(file, lineOf(files[file], `"${p.id}"`), `the sentences of ${p.id} do not join back to the paragraph’s text in record.json`),
      )
  }
  const known = new Set(paragraphs.map((p) => p.id))
  for (const id of Object.keys(sentences))
    if (!known.has(id)) issues.push(issue(file, lineOf(files[file], `"${id}"`), `${id} is not a paragraph of record.json`))
  return issues
}

/** Every questions/*.json file, in file-name order, checked against the schema. */
export function parseQuestionSets(files: Record<string, string>): { sets: QuestionSetFile[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = []
  const sets: QuestionSetFile[] = []
  for (const file of Object.keys(files)
    .filter((f) => QUESTION_FILE.test(f))
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
    sets.push({ file, set: parsed.data })
  }
  return { sets, issues }
}

/** The cross-file rules: unique ids across sets, file names, and every key pointing at something real. */
export function checkQuestionSets(files: Record<string, string>, sets: QuestionSetFile[], context: QuestionContext): ContentIssue[] {
  const issues: ContentIssue[] = []
  const seenQuestions = new Map<string, string>()
  const seenSets = new Map<string, string>()
  for (const { file, set } of sets) {
    const text = files[file]
    if (seenSets.has(set.id))
      issues.push(issue(file, lineOfEntry(text, set.id), `set id “${set.id}” is also used by ${seenSets.get(set.id)}`))
    seenSets.set(set.id, file)
    if (!file.endsWith(`${set.id}.json`))
      issues.push(issue(file, lineOfEntry(text, set.id), `the file name must end in “${set.id}.json”, the set’s id`))
    for (const q of set.questions) {
      if (seenQuestions.has(q.id))
        issues.push(issue(file, lineOfEntry(text, q.id), `question id “${q.id}” is also used in ${seenQuestions.get(q.id)}`))
      seenQuestions.set(q.id, file)
      for (const message of questionProblems(q, context))
        issues.push(issue(file, lineOfEntry(text, q.id), `question “${q.id}”: ${message}`))
    }
  }
  return issues
}

/** Every problem in the sentences and question sets of one lesson's files. */
export function validateQuestionFiles(files: Record<string, string>): ContentIssue[] {
  const sentences = parseSentences(files)
  const parsed = parseQuestionSets(files)
  const paragraphs = recordParagraphsOf(files)
  const context: QuestionContext = {
    paragraphIds: new Set(paragraphs.map((p) => p.id)),
    sentenceIds: new Set(Object.values(sentences.sentences ?? {}).flatMap((list) => list.map((s) => s.id))),
  }
  const joined = sentences.sentences ? checkSentences(files, sentences.sentences, paragraphs) : []
  return [...sentences.issues, ...joined, ...parsed.issues, ...checkQuestionSets(files, parsed.sets, context)]
}
