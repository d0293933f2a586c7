import type { z } from 'zod'
import type { TQuestion, TQuestionSet } from '../quiz/question-schema'
import { questionVersion } from '../quiz/question-version'
import { parseQuestionSets, parseSentences, type Sentences } from '../quiz/validate-question-files'
import { analyzeEssay, type EssayAnalysis } from './essay-analysis'
import { lineOf, lineOfEntry, lineOfJsonError, lineOfKey } from './json-lines'
import { essayFileNames, essaySlugOf, type LessonFiles } from './lesson-files'
import {
  ZAnnotations,
  ZEssayMeta,
  ZGlossary,
  ZGuide,
  ZLessonInfo,
  ZRecord,
  ZSources,
  ZTimeline,
  ZLessonMap,
  type TAnnotation,
  type TEssayMeta,
  type TGlossaryEntry,
  type TGuide,
  type TLessonInfo,
  type TRecord,
  type TSources,
  type TTimelineEvent,
  type TLessonMap,
} from './schemas'
import { mapView, type MapView } from './map-shapes'

// Content files → typed values, with every problem reported as file + line. The reader's loader
// and the content check share this, so the reader never sees data the check would reject in shape.

export interface ContentIssue {
  file: string
  line: number
  message: string
  severity: 'error' | 'warning'
}

export interface Essay {
  slug: string
  fileName: string
  meta: TEssayMeta
  source: string
  analysis: EssayAnalysis
}

/** A question with its version (a content hash), which attempts record so a later edit is visible. */
export interface VersionedQuestion {
  question: TQuestion
  version: string
}
export interface LoadedSet {
  /** Its path in the lesson folder, "questions/NN-id.json". */
  file: string
  set: TQuestionSet
  questions: VersionedQuestion[]
}

export interface Lesson {
  slug: string
  info: TLessonInfo
  record: TRecord
  /** The record's sentences by paragraph id, with stable ids ("p7.s2") for evidence questions. */
  sentences: Sentences
  /** In file-name order (the lesson's suggested order). */
  questionSets: LoadedSet[]
  glossary: TGlossaryEntry[]
  /** Empty when the lesson has no timeline.json. */
  timeline: TTimelineEvent[]
  /** The map ready to draw (shared borders joined), or null when the lesson has no map.json. */
  map: MapView | null
  annotations: TAnnotation[]
  sources: TSources
  guide: TGuide
  essays: Essay[]
  sourceText: string
}

/** What a static lesson page may show and carry in its props: no question sets (answer keys), no sentence index. */
export type PublicLesson = Omit<Lesson, 'questionSets' | 'sentences'>

const JSON_FILES = {
  'lesson.json': ZLessonInfo,
  'record.json': ZRecord,
  'glossary.json': ZGlossary,
  'timeline.json': ZTimeline,
  'annotations.json': ZAnnotations,
  'sources.json': ZSources,
  'guide.json': ZGuide,
  'map.json': ZLessonMap,
} as const

/** Parts a lesson may leave out: its pages then answer 404 and the checks skip them. */
const OPTIONAL_FILES = new Set(['timeline.json', 'map.json'])

/** The line a zod issue points at: the entry (by its id) or key on the issue's path. */
function lineOfIssuePath(text: string, raw: unknown, path: PropertyKey[]): number {
  let value = raw
  let entryId: string | undefined
  let field: string | undefined
  for (const key of path) {
    value = (value as Record<PropertyKey, unknown> | undefined)?.[key]
    const id = (value as { id?: unknown } | undefined)?.id
    if (typeof id === 'string') {
      entryId = id
      field = undefined
    } else if (typeof key === 'string' && field === undefined) field = key
  }
  if (entryId) return lineOfEntry(text, entryId, field ? `"${field}"` : undefined)
  const firstKey = path.find((key): key is string => typeof key === 'string')
  return firstKey ? lineOfKey(text, firstKey) : 1
}

export function parseJsonFile<S extends z.ZodType>(file: string, text: string | undefined, schema: S): { value?: z.infer<S>; issues: ContentIssue[] } {
  if (text === undefined) return { issues: [{ file, line: 1, message: 'file is missing', severity: 'error' }] }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { issues: [{ file, line: lineOfJsonError(text, error), message: `not valid JSON: ${(error as Error).message}`, severity: 'error' }] }
  }
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { value: parsed.data, issues: [] }
  return {
    issues: parsed.error.issues.map((issue) => ({
      file,
      line: lineOfIssuePath(text, raw, issue.path),
      message: `${issue.path.join('.') || '(file)'}: ${issue.message}`,
      severity: 'error' as const,
    })),
  }
}

export async function parseEssay(fileName: string, source: string): Promise<{ essay?: Essay; issues: ContentIssue[] }> {
  const analysis = await analyzeEssay(source)
  const issues: ContentIssue[] = analysis.problems.map((p) => ({ file: fileName, line: p.line, message: p.message, severity: 'error' }))
  if (!/^essays\/\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/.test(fileName)) {
    issues.push({ file: fileName, line: 1, message: 'essay files are named NN-kebab-slug.mdx', severity: 'error' })
  }
  if (analysis.meta === undefined) {
    if (!analysis.problems.length) issues.push({ file: fileName, line: 1, message: 'missing `export const meta = { … }`', severity: 'error' })
    return { issues }
  }
  const meta = ZEssayMeta.safeParse(analysis.meta)
  if (!meta.success) {
    for (const issue of meta.error.issues) {
      const field = issue.path.find((key): key is string => typeof key === 'string')
      issues.push({ file: fileName, line: field ? lineOf(source, `${field}:`) : analysis.metaLine, message: `meta.${issue.path.join('.')}: ${issue.message}`, severity: 'error' })
    }
    return { issues }
  }
  return { essay: { slug: essaySlugOf(fileName), fileName, meta: meta.data, source, analysis }, issues }
}

/** Every file parsed; `lesson` is null when any file is missing or malformed. */
export async function parseLesson({ slug, files }: LessonFiles): Promise<{ lesson: Lesson | null; issues: ContentIssue[] }> {
  const issues: ContentIssue[] = []
  const values: Record<string, unknown> = {}
  for (const [file, schema] of Object.entries(JSON_FILES)) {
    if (OPTIONAL_FILES.has(file) && files[file] === undefined) continue
    const result = parseJsonFile(file, files[file], schema)
    issues.push(...result.issues)
    values[file] = result.value
  }
  const essays: Essay[] = []
  for (const fileName of essayFileNames(files)) {
    const result = await parseEssay(fileName, files[fileName])
    issues.push(...result.issues)
    if (result.essay) essays.push(result.essay)
  }
  essays.sort((a, b) => a.meta.order - b.meta.order)
  const sentences = parseSentences(files)
  const questions = parseQuestionSets(files)
  issues.push(...sentences.issues, ...questions.issues)
  const info = values['lesson.json'] as TLessonInfo | undefined
  const sourceText = info ? files[info.source.file] : undefined
  if (info && sourceText === undefined) {
    issues.push({ file: 'lesson.json', line: lineOfKey(files['lesson.json'], 'file'), message: `source file ${info.source.file} does not exist`, severity: 'error' })
  }
  if (issues.some((issue) => issue.severity === 'error') || !info || sourceText === undefined || !sentences.sentences) return { lesson: null, issues }
  return {
    lesson: {
      slug,
      info,
      record: values['record.json'] as TRecord,
      sentences: sentences.sentences,
      questionSets: questions.sets.map(({ file, set }) => ({
        file,
        set,
        questions: set.questions.map((question) => ({ question, version: questionVersion(question) })),
      })),
      glossary: values['glossary.json'] as TGlossaryEntry[],
      timeline: (values['timeline.json'] as TTimelineEvent[] | undefined) ?? [],
      map: values['map.json'] ? mapView(values['map.json'] as TLessonMap) : null,
      annotations: values['annotations.json'] as TAnnotation[],
      sources: values['sources.json'] as TSources,
      guide: values['guide.json'] as TGuide,
      essays,
      sourceText,
    },
    issues,
  }
}
