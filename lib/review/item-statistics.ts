import { choicePartsOf, summaryOf, type QuestionType, type TQuestion } from '@/lib/quiz/types'
import { SKILL_LABELS, type Skill } from '@/lib/quiz/types/shared'
import type { ChoiceRow, QuestionRow } from './item-analysis-queries'
import { toNumber } from './sql-values'
import { questionNumbers } from '@/lib/quiz/question-number'

// Pure: turns the database's per-question sums into the numbers an instructor reads.
//   facility       = points scored / points possible, over graded answers (unanswered count 0)
//   discrimination = facility in the top 27% of attempts (by total on the quiz) minus facility in
//                    the bottom 27% (Kelley's upper–lower index, from −1 to 1; the question's own
//                    score is part of the total). Chosen over the point-biserial because it reads
//                    plainly: "the strongest quarter got it 40 points more often than the weakest".
// Skill and paragraph figures pool their questions' points, so a 4-point question weighs more
// than a 1-point one — as it does in the students' totals.

export interface ChoiceStat {
  id: string
  label: string
  picks: number
  /** Picks over the students who took the quiz. */
  share: number
  isCorrect: boolean
}
export interface ChoicePart {
  part: 'choice' | 'verdict' | 'because'
  title: string
  options: ChoiceStat[]
}
export interface QuestionStat {
  id: string
  number: number
  type: QuestionType
  skill: string
  paragraphs: string[]
  prompt: string
  points: number
  attempts: number
  answered: number
  unanswered: number
  /** Answers still awaiting a grader: left out of facility until graded. */
  pending: number
  facility: number | null
  discrimination: number | null
  choiceParts: ChoicePart[]
}
export interface AreaStat {
  key: string
  label: string
  questions: number
  facility: number | null
}
export interface ReadingGroup {
  label: string
  /** For chart rows, where space is short. */
  shortLabel: string
  students: number
  bySkill: Record<string, number | null>
  overall: number | null
}
export interface ReadingSplit {
  title: string
  groups: ReadingGroup[]
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null)

interface Totals {
  attempts: number
  answered: number
  pending: number
  scored: number
  scoreSum: number
  upperScored: number
  upperSum: number
  lowerScored: number
  lowerSum: number
}

/** The database answers per question *and reading group*; most figures want the question alone. */
function totalsByQuestion(rows: QuestionRow[]): Map<string, Totals> {
  const out = new Map<string, Totals>()
  for (const r of rows) {
    const t = out.get(r.question_id) ?? {
      attempts: 0,
      answered: 0,
      pending: 0,
      scored: 0,
      scoreSum: 0,
      upperScored: 0,
      upperSum: 0,
      lowerScored: 0,
      lowerSum: 0,
    }
    t.attempts += toNumber(r.attempts)
    t.answered += toNumber(r.answered)
    t.pending += toNumber(r.pending)
    t.scored += toNumber(r.scored)
    t.scoreSum += toNumber(r.score_sum)
    t.upperScored += toNumber(r.upper_scored)
    t.upperSum += toNumber(r.upper_sum)
    t.lowerScored += toNumber(r.lower_scored)
    t.lowerSum += toNumber(r.lower_sum)
    out.set(r.question_id, t)
  }
  return out
}

export function questionStats(questions: TQuestion[], rows: QuestionRow[], choices: ChoiceRow[], students: number): QuestionStat[] {
  const totals = totalsByQuestion(rows)
  const numbers = questionNumbers(questions)
  return questions.map((q) => {
    const t = totals.get(q.id)
    const attempts = t?.attempts ?? 0
    const upper = ratio(t?.upperSum ?? 0, (t?.upperScored ?? 0) * q.points)
    const lower = ratio(t?.lowerSum ?? 0, (t?.lowerScored ?? 0) * q.points)
    return {
      id: q.id,
      number: numbers[q.id],
      type: q.type,
      skill: q.skill,
      paragraphs: q.paragraphs,
      prompt: summaryOf(q),
      points: q.points,
      attempts,
      answered: t?.answered ?? 0,
      unanswered: attempts - (t?.answered ?? 0),
      pending: t?.pending ?? 0,
      facility: ratio(t?.scoreSum ?? 0, (t?.scored ?? 0) * q.points),
      discrimination: attempts >= 2 && upper !== null && lower !== null ? upper - lower : null,
      choiceParts: choiceStatsOf(
        q,
        choices.filter((c) => c.question_id === q.id),
        students,
      ),
    }
  })
}

function choiceStatsOf(q: TQuestion, rows: ChoiceRow[], students: number): ChoicePart[] {
  return choicePartsOf(q).map(({ part, title, options }) => ({
    part,
    title,
    options: options.map(({ id, label, isCorrect }) => {
      const picks = toNumber(rows.find((r) => r.part === part && r.option === id)?.picks)
      return { id, label, picks, share: students > 0 ? picks / students : 0, isCorrect }
    }),
  }))
}

/** Pools questions that share a key (a skill, a paragraph) into one facility. */
function pool(
  stats: QuestionStat[],
  keysOf: (q: QuestionStat) => string[],
  rows: QuestionRow[],
): Map<string, { questions: number; sum: number; possible: number }> {
  const totals = totalsByQuestion(rows)
  const out = new Map<string, { questions: number; sum: number; possible: number }>()
  for (const q of stats) {
    const t = totals.get(q.id)
    for (const key of keysOf(q)) {
      const acc = out.get(key) ?? { questions: 0, sum: 0, possible: 0 }
      acc.questions += 1
      acc.sum += t?.scoreSum ?? 0
      acc.possible += (t?.scored ?? 0) * q.points
      out.set(key, acc)
    }
  }
  return out
}

export function skillStats(stats: QuestionStat[], rows: QuestionRow[]): AreaStat[] {
  return [...pool(stats, (q) => [q.skill], rows)]
    .map(([key, v]) => ({ key, label: skillLabel(key), questions: v.questions, facility: ratio(v.sum, v.possible) }))
    .sort((a, b) => a.label.localeCompare(b.label))
}

export function paragraphStats(stats: QuestionStat[], rows: QuestionRow[]): AreaStat[] {
  return [...pool(stats, (q) => q.paragraphs, rows)]
    .map(([key, v]) => ({ key, label: `¶${key.slice(1)}`, questions: v.questions, facility: ratio(v.sum, v.possible) }))
    .sort((a, b) => Number(a.key.slice(1)) - Number(b.key.slice(1)))
}

/** The area with the lowest facility (the first, in order, on a tie); null when nothing is graded. */
export function lowest(areas: AreaStat[]): AreaStat | null {
  return areas.reduce<AreaStat | null>((low, a) => (a.facility !== null && (low === null || a.facility < low.facility!) ? a : low), null)
}

/** Scores by skill for students who opened an essay (the record, every part of it) against those who did not. */
export function readingSplits(rows: QuestionRow[], questions: Pick<TQuestion, 'id' | 'skill' | 'points'>[]): ReadingSplit[] {
  const skills = [...new Set(questions.map((q) => q.skill))].sort((a, b) => skillLabel(a).localeCompare(skillLabel(b)))
  const byId = new Map(questions.map((q) => [q.id, q]))
  const group = (label: string, shortLabel: string, pick: (r: QuestionRow) => boolean): ReadingGroup => {
    const mine = rows.filter(pick)
    // Every attempt has a row for every question, so any one question counts the group's students.
    const students = mine.filter((r) => r.question_id === questions[0]?.id).reduce((n, r) => n + toNumber(r.attempts), 0)
    const facility = (rs: QuestionRow[]) =>
      ratio(
        rs.reduce((n, r) => n + toNumber(r.score_sum), 0),
        rs.reduce((n, r) => n + toNumber(r.scored) * (byId.get(r.question_id)?.points ?? 0), 0),
      )
    return {
      label,
      shortLabel,
      students,
      bySkill: Object.fromEntries(skills.map((s) => [s, facility(mine.filter((r) => byId.get(r.question_id)?.skill === s))])),
      overall: facility(mine),
    }
  }
  return [
    {
      title: 'Opened an essay',
      groups: [
        group('Opened at least one essay', 'Opened an essay', (r) => r.opened_essay),
        group('Opened no essay', 'No essay', (r) => !r.opened_essay),
      ],
    },
    {
      title: 'Opened the record',
      groups: [
        group('Opened the record', 'Opened the record', (r) => r.opened_record),
        group('Never opened the record', 'Never opened it', (r) => !r.opened_record),
      ],
    },
    {
      title: 'Opened every part of the record',
      groups: [
        group('Opened every part of the record', 'Every part', (r) => r.read_all_parts),
        group('Left some part of the record unopened', 'Not every part', (r) => !r.read_all_parts),
      ],
    },
  ]
}

export const skillLabel = (skill: string) => SKILL_LABELS[skill as Skill] ?? skill
