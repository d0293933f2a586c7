import type { TQuestion } from '@/lib/quiz/types'
import type { FormatOutcome } from '@/lib/quiz/types/formats'

// Pure: what an export carried, carried with losses, and left out — the report every download
// includes and the export panel shows, so nothing is ever dropped without a word.

export interface ExportReport {
  format: string
  carried: number
  /** Written, but without something Lectern has (each line says what). */
  withLosses: { questionId: string; position: number; title: string; lost: string[] }[]
  /** Not in the file at all, and why. */
  leftOut: { questionId: string; position: number; title: string; reason: string }[]
}

export interface Collected {
  texts: { question: TQuestion; text: string }[]
  report: ExportReport
}

/** Writes each question in a format, keeping the text of those it carries and the report of the rest. */
export function collect(format: string, questions: TQuestion[], write: (q: TQuestion) => FormatOutcome): Collected {
  const report: ExportReport = { format, carried: 0, withLosses: [], leftOut: [] }
  const texts: Collected['texts'] = []
  for (const [i, question] of questions.entries()) {
    // Its place among the exported questions: prompts repeat ("Decide whether the statement is true…").
    const position = i + 1
    const outcome = write(question)
    if ('leftOut' in outcome) {
      report.leftOut.push({ questionId: question.id, position, title: question.prompt, reason: outcome.leftOut })
      continue
    }
    report.carried++
    texts.push({ question, text: outcome.text })
    if (outcome.lost.length) report.withLosses.push({ questionId: question.id, position, title: question.prompt, lost: outcome.lost })
  }
  return { texts, report }
}

/** The report as plain text (inside packages; as a comment at the top of text formats). */
export function reportText(report: ExportReport, total: number): string[] {
  const lines = [`${report.format}: ${report.carried} of ${total} questions carried.`]
  if (report.leftOut.length) {
    lines.push('Left out:')
    for (const q of report.leftOut) lines.push(`  ${q.questionId}: ${q.reason}.`)
  }
  if (report.withLosses.length) {
    lines.push('Carried without:')
    for (const q of report.withLosses) for (const lost of q.lost) lines.push(`  ${q.questionId}: ${lost}.`)
  }
  if (!report.leftOut.length && !report.withLosses.length) lines.push('Nothing was left out.')
  return lines
}
