import { lineOf, lineOfEntry, lineOfKey } from './json-lines'
import type { LessonFiles } from './lesson-files'
import { parseLesson, type ContentIssue, type Lesson } from './parse-lesson'
import { findEditorialMarks, wordOccurrences } from './record-marks'
import { describeDifference, extractSourceRecord } from './source-text'
import { ESSAY_COMPONENTS } from './essay-analysis'
import { unknownBorders } from './map-shapes'
import type { TLessonMap } from './schemas'
import { checkQuestionSets, checkSentences } from '../quiz/validate-question-files'

// Everything `npm run content:check` enforces beyond the files' shapes: that every reference
// resolves, that the record is the source word for word, and the lesson's minimum sizes.

/** The house's minimum sizes for a lesson; lesson.json's `checks` may set its own. */
export const LIMITS = {
  essayWords: { min: 900, max: 1600 },
  minAnnotations: 40,
  minGlossary: 30,
  minTimeline: 30,
}

const limitsOf = (lesson: Lesson) => ({ ...LIMITS, ...lesson.info.checks })

type Report = (file: string, line: number, message: string, severity?: ContentIssue['severity']) => void

function checkRecord(lesson: Lesson, files: Record<string, string>, report: Report) {
  const text = files['record.json']
  const { record, info } = lesson
  record.paragraphs.forEach((p, i) => {
    if (p.id !== `p${i + 1}`) report('record.json', lineOfEntry(text, p.id), `paragraph ${i + 1} has id ${p.id}; ids run p1, p2, … in order`)
    if (!info.speakers[p.speaker]) report('record.json', lineOfEntry(text, p.id, '"speaker"'), `${p.id}: speaker “${p.speaker}” is not one of lesson.json’s speakers`)
  })
  const source = extractSourceRecord(lesson.sourceText, info.source)
  if (!source) {
    report(info.source.file, 1, `cannot find the record in the source: no line starts with “${info.source.firstLine}” followed by one ending with “${info.source.lastLine}”`)
    return
  }
  if (record.heading !== source.heading) {
    report('record.json', lineOf(text, '"heading"'), `heading ${describeDifference(record.heading, source.heading)}`)
  }
  if (record.paragraphs.length !== source.paragraphs.length) {
    report('record.json', lineOf(text, '"paragraphs"'), `has ${record.paragraphs.length} paragraphs; the source has ${source.paragraphs.length}`)
  }
  record.paragraphs.forEach((p, i) => {
    const expected = source.paragraphs[i]
    if (expected !== undefined && p.text !== expected) {
      report('record.json', lineOfEntry(text, p.id, '"text"'), `${p.id} ${describeDifference(p.text, expected)}`)
    }
  })
  for (const field of ['title', 'archiveCitation', 'rights', 'support'] as const) {
    if (!lesson.sourceText.includes(info[field])) {
      report('lesson.json', lineOfKey(files['lesson.json'], field), `${field} does not appear word for word in ${info.source.file}`)
    }
  }
}

function checkAnnotations(lesson: Lesson, files: Record<string, string>, refs: References, report: Report) {
  const text = files['annotations.json']
  const paragraphs = new Map(lesson.record.paragraphs.map((p) => [p.id, p.text]))
  const ranges = new Map<string, { id: string; start: number; end: number }[]>()
  const { minAnnotations } = limitsOf(lesson)
  if (lesson.annotations.length < minAnnotations) {
    report('annotations.json', 1, `has ${lesson.annotations.length} notes; the lesson needs at least ${minAnnotations}`)
  }
  refs.unique('annotations.json', lesson.annotations.map((n) => n.id))
  for (const note of lesson.annotations) {
    const at = (field: string) => lineOfEntry(text, note.id, `"${field}"`)
    refs.sources('annotations.json', note.id, note.sources)
    if (note.glossary && !refs.glossaryIds.has(note.glossary)) report('annotations.json', at('glossary'), `${note.id}: glossary id “${note.glossary}” does not exist`)
    const paragraph = paragraphs.get(note.paragraph)
    if (paragraph === undefined) {
      report('annotations.json', at('paragraph'), `${note.id}: paragraph ${note.paragraph} does not exist`)
      continue
    }
    const count = paragraph.split(note.anchor).length - 1
    if (count !== 1) {
      report('annotations.json', at('anchor'), `${note.id}: anchor “${note.anchor}” occurs ${count} times in ${note.paragraph}; it must occur exactly once`)
      continue
    }
    const start = paragraph.indexOf(note.anchor)
    const range = { id: note.id, start, end: start + note.anchor.length }
    const clash = [...(ranges.get(note.paragraph) ?? []), ...findEditorialMarks(paragraph).map((m) => ({ ...m, id: `the ${m.kind} at character ${m.start + 1}` }))].find(
      (other) => other.start < range.end && range.start < other.end && !(other.start <= range.start && range.end <= other.end) && !(range.start <= other.start && other.end <= range.end),
    )
    if (clash) report('annotations.json', at('anchor'), `${note.id}: anchor partly overlaps ${clash.id}; anchors may nest but not cross`)
    ranges.set(note.paragraph, [...(ranges.get(note.paragraph) ?? []), range])
  }
}

function checkGlossary(lesson: Lesson, files: Record<string, string>, refs: References, report: Report) {
  const text = files['glossary.json']
  const { minGlossary } = limitsOf(lesson)
  if (lesson.glossary.length < minGlossary) report('glossary.json', 1, `has ${lesson.glossary.length} entries; the lesson needs at least ${minGlossary}`)
  refs.unique('glossary.json', lesson.glossary.map((g) => g.id))
  const aliasOwner = new Map<string, string>()
  const used = new Set([
    ...lesson.annotations.flatMap((n) => n.glossary ?? []),
    ...lesson.essays.flatMap((e) => e.analysis.components.filter((c) => c.name === 'Term').map((c) => c.id ?? '')),
  ])
  for (const entry of lesson.glossary) {
    refs.paragraphs('glossary.json', entry.id, entry.paragraphs)
    refs.sources('glossary.json', entry.id, entry.sources)
    for (const alias of entry.aliases) {
      const owner = aliasOwner.get(alias)
      if (owner) report('glossary.json', lineOfEntry(text, entry.id, JSON.stringify(alias)), `${entry.id}: alias “${alias}” also belongs to ${owner}`)
      aliasOwner.set(alias, entry.id)
      if (lesson.record.paragraphs.some((p) => wordOccurrences(p.text, alias).length)) used.add(entry.id)
    }
    if (!used.has(entry.id)) {
      report('glossary.json', lineOfEntry(text, entry.id), `${entry.id} is linked from nowhere: none of its aliases occurs in the record, and no essay or note links it`, 'warning')
    }
  }
}

function checkTimeline(lesson: Lesson, files: Record<string, string>, refs: References, report: Report) {
  const text = files['timeline.json']
  if (text === undefined) return // a lesson may have no timeline
  const { minTimeline } = limitsOf(lesson)
  if (lesson.timeline.length < minTimeline) report('timeline.json', 1, `has ${lesson.timeline.length} events; the lesson needs at least ${minTimeline}`)
  refs.unique('timeline.json', lesson.timeline.map((e) => e.id))
  const span = lesson.info.timeline
  if (!span) {
    report('lesson.json', 1, 'the lesson has a timeline.json, so lesson.json needs "timeline": { from, to, eras }')
    return
  }
  const { from, to } = span
  for (const event of lesson.timeline) {
    const [year, month, day] = event.date.split('-').map(Number)
    const validDay = day === undefined || day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
    if (year < from || year > to || (month !== undefined && (month < 1 || month > 12)) || !validDay) {
      report('timeline.json', lineOfEntry(text, event.id, '"date"'), `${event.id}: date ${event.date} is not a real date between ${from} and ${to}`)
    } else if (!span.eras.some((era) => era.from <= year && year <= era.to)) {
      report('timeline.json', lineOfEntry(text, event.id, '"date"'), `${event.id}: ${year} is in none of lesson.json’s timeline eras, so the timeline page would not show it`)
    }
    if (!event.paragraphs.length && !event.essays.length) report('timeline.json', lineOfEntry(text, event.id), `${event.id} is tied to no paragraph or essay`)
    // “Verified” is a claim about the sources, so it needs one; an unsourced event is “approximate”.
    if (event.certainty === 'verified' && !event.sources.length) {
      report('timeline.json', lineOfEntry(text, event.id, '"certainty"'), `${event.id} is marked verified but cites no source; cite one or mark it approximate`)
    }
    refs.paragraphs('timeline.json', event.id, event.paragraphs)
    refs.sources('timeline.json', event.id, event.sources)
    for (const slug of event.essays) {
      if (!refs.essaySlugs.has(slug)) report('timeline.json', lineOfEntry(text, event.id, JSON.stringify(slug)), `${event.id}: essay “${slug}” does not exist`)
    }
  }
}

function checkGuide(lesson: Lesson, files: Record<string, string>, refs: References, report: Report) {
  const text = files['guide.json']
  refs.unique('guide.json', lesson.guide.sections.map((s) => s.id))
  // The reader weaves each section's questions in before its paragraphs, so the sections must
  // cover the record once, in order.
  const covered = lesson.guide.sections.flatMap((s) => s.paragraphs)
  const expected = lesson.record.paragraphs.map((p) => p.id)
  for (const section of lesson.guide.sections) refs.paragraphs('guide.json', section.id, section.paragraphs)
  if (covered.join() !== expected.join()) {
    report('guide.json', lineOf(text, '"sections"'), `sections must cover ${expected[0]}…${expected.at(-1)} once each, in order; they cover ${covered.join(', ')}`)
  }
}

function checkEssays(lesson: Lesson, refs: References, report: Report) {
  refs.unique('essays', lesson.essays.map((e) => e.slug))
  const { min, max } = limitsOf(lesson).essayWords
  for (const essay of lesson.essays) {
    const { fileName, source, analysis, meta } = essay
    const order = Number(fileName.slice('essays/'.length, 'essays/'.length + 2))
    if (order !== meta.order) report(fileName, lineOf(source, 'order:'), `meta.order is ${meta.order} but the file name says ${order}`)
    for (const id of meta.paragraphs) if (!refs.paragraphIds.has(id)) report(fileName, lineOf(source, `'${id}'`), `meta.paragraphs: ${id} does not exist`)
    for (const key of meta.bibliography) if (!refs.sourceKeys.has(key)) report(fileName, lineOf(source, `'${key}'`), `meta.bibliography: source key ${key} is not in sources.json`)
    if (analysis.wordCount < min || analysis.wordCount > max) {
      report(fileName, analysis.metaLine, `the body has ${analysis.wordCount} words; essays have ${min}–${max}`)
    }
    let whyCount = 0
    for (const use of analysis.components) {
      if (!(ESSAY_COMPONENTS as readonly string[]).includes(use.name)) report(fileName, use.line, `<${use.name}> is not an essay component (use ${ESSAY_COMPONENTS.join(', ')})`)
      if (use.name === 'WhyItMatters') whyCount++
      if (use.name === 'ParaLink' && !refs.paragraphIds.has(use.id ?? '')) report(fileName, use.line, `<ParaLink id="${use.id ?? ''}"> points at no paragraph of the record`)
      if (use.name === 'Term' && !refs.glossaryIds.has(use.id ?? '')) report(fileName, use.line, `<Term id="${use.id ?? ''}"> is not in glossary.json`)
    }
    if (whyCount !== 1) report(fileName, 1, `has ${whyCount} <WhyItMatters> boxes; each essay has exactly one`)
    if (!analysis.lastBlockText.startsWith('Back to the record')) report(fileName, analysis.lastBlockLine, 'the essay must end with a “Back to the record: ¶…” line')
  }
}

/** The map's shared borders and glossary links must resolve. */
function checkMap(lesson: Lesson, files: Record<string, string>, refs: References, report: Report) {
  const text = files['map.json']
  if (text === undefined || !lesson.map) return
  const raw = JSON.parse(text) as TLessonMap
  for (const id of unknownBorders(raw)) report('map.json', lineOf(text, `"border": ${JSON.stringify(id)}`), `border “${id}” is not one of the map’s borders`)
  refs.unique('map.json', raw.places.map((p) => p.id))
  for (const place of raw.places) {
    if (place.glossary && !refs.glossaryIds.has(place.glossary))
      report('map.json', lineOfEntry(text, place.id, '"glossary"'), `${place.id}: glossary id “${place.glossary}” does not exist`)
  }
}

/** "¶29" in prose anywhere must name a paragraph that exists. */
function checkProseParagraphMentions(lesson: Lesson, files: Record<string, string>, refs: References, report: Report) {
  const prose = ['annotations.json', 'glossary.json', 'timeline.json', 'guide.json', 'lesson.json', 'map.json', ...lesson.essays.map((e) => e.fileName)].filter(
    (file) => file in files,
  )
  for (const file of [...prose, ...lesson.questionSets.map((s) => s.file)]) {
    for (const m of files[file].matchAll(/¶(\d+)/g)) {
      if (!refs.paragraphIds.has(`p${m[1]}`)) report(file, lineOf(files[file], m[0], m.index), `mentions ¶${m[1]}, which does not exist`)
    }
  }
}

interface References {
  paragraphIds: Set<string>
  glossaryIds: Set<string>
  sourceKeys: Set<string>
  essaySlugs: Set<string>
  paragraphs(file: string, entryId: string, ids: string[]): void
  sources(file: string, entryId: string, keys: string[]): void
  unique(file: string, ids: string[]): void
}

function references(lesson: Lesson, files: Record<string, string>, report: Report): References {
  const refs = {
    paragraphIds: new Set(lesson.record.paragraphs.map((p) => p.id)),
    glossaryIds: new Set(lesson.glossary.map((g) => g.id)),
    sourceKeys: new Set(Object.keys(lesson.sources)),
    essaySlugs: new Set(lesson.essays.map((e) => e.slug)),
    paragraphs(file: string, entryId: string, ids: string[]) {
      for (const id of ids) if (!refs.paragraphIds.has(id)) report(file, lineOfEntry(files[file], entryId, `"${id}"`), `${entryId}: paragraph ${id} does not exist`)
    },
    sources(file: string, entryId: string, keys: string[]) {
      for (const key of keys) if (!refs.sourceKeys.has(key)) report(file, lineOfEntry(files[file], entryId, `"${key}"`), `${entryId}: source key ${key} is not in sources.json`)
    },
    unique(file: string, ids: string[]) {
      const seen = new Set<string>()
      for (const id of ids) {
        if (seen.has(id)) report(file, file in files ? lineOf(files[file], `"${id}"`, files[file].indexOf(`"${id}"`) + 1) : 1, `id ${id} is used twice`)
        seen.add(id)
      }
    },
  }
  return refs
}

function sentenceIdsOf(lesson: Lesson): Set<string> {
  return new Set(Object.values(lesson.sentences).flatMap((list) => list.map((s) => s.id)))
}

/** Every problem in one lesson's content, errors and warnings, each naming its file and line. */
export async function validateLesson(lessonFiles: LessonFiles): Promise<ContentIssue[]> {
  const { lesson, issues } = await parseLesson(lessonFiles)
  return lesson ? [...issues, ...validateParsedLesson(lesson, lessonFiles.files)] : issues
}

/** The cross-file checks, for a lesson whose files all parsed. */
export function validateParsedLesson(lesson: Lesson, files: Record<string, string>): ContentIssue[] {
  const issues: ContentIssue[] = []
  const report: Report = (file, line, message, severity = 'error') => issues.push({ file, line, message, severity })
  const refs = references(lesson, files, report)
  checkRecord(lesson, files, report)
  checkAnnotations(lesson, files, refs, report)
  checkGlossary(lesson, files, refs, report)
  checkTimeline(lesson, files, refs, report)
  checkGuide(lesson, files, refs, report)
  checkEssays(lesson, refs, report)
  checkMap(lesson, files, refs, report)
  checkProseParagraphMentions(lesson, files, refs, report)
  issues.push(...checkSentences(files, lesson.sentences, lesson.record.paragraphs))
  issues.push(...checkQuestionSets(files, lesson.questionSets, { paragraphIds: refs.paragraphIds, sentenceIds: sentenceIdsOf(lesson) }))
  return issues
}
