import { writeQuestion, type TextFormat } from '@/lib/quiz/types/formats'
import { allQuestions, formatContext, type ExportInput } from './export-input'
import { collect, reportText, type ExportReport } from './export-report'
import { comment, esc } from './xml'

// Pure: the three single-file formats Moodle imports — Moodle XML (every type), GIFT and Aiken —
// each with its report at the top where the format has comments (Moodle XML, GIFT); Aiken has
// none, so its report is only in the download panel and the response header.

export interface TextExport {
  text: string
  report: ExportReport
}

const FORMAT_NAMES: Record<Exclude<TextFormat, 'canvasQti'>, string> = { moodleXml: 'Moodle XML', gift: 'GIFT', aiken: 'Aiken' }

function written(format: Exclude<TextFormat, 'canvasQti'>, input: ExportInput) {
  const ctx = formatContext(input)
  const questions = allQuestions(input)
  const collected = collect(FORMAT_NAMES[format], questions, (q) => writeQuestion(format, q, ctx))
  return { ...collected, lines: reportText(collected.report, questions.length) }
}

/** Moodle's category path: the questions land in a category named after the set, under "Lectern". */
const category = (title: string) => `$course$/top/Lectern/${title.replace(/\//g, '-')}`

export function moodleXmlFile(input: ExportInput): TextExport {
  const { texts, report, lines } = written('moodleXml', input)
  const bySection = input.sections.map((s) => {
    const own = texts.filter((t) => s.questions.includes(t.question)).map((t) => t.text)
    return `<question type="category"><category><text>${esc(category(s.title))}</text></category></question>\n${own.join('\n')}`
  })
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${comment(lines.join('\n'))}\n<quiz>\n${bySection.join('\n')}\n</quiz>\n`,
    report,
  }
}

export function giftFile(input: ExportInput): TextExport {
  const { texts, report, lines } = written('gift', input)
  const bySection = input.sections.map((s) => {
    const own = texts.filter((t) => s.questions.includes(t.question)).map((t) => t.text)
    return [`$CATEGORY: ${category(s.title)}`, ...own].join('\n\n')
  })
  return { text: `${lines.map((l) => `// ${l}`).join('\n')}\n\n${bySection.join('\n\n')}\n`, report }
}

export function aikenFile(input: ExportInput): TextExport {
  const { texts, report } = written('aiken', input)
  return { text: texts.map((t) => t.text).join('\n\n') + '\n', report }
}
