import 'server-only'
import { requireLesson } from '@/lib/content/require-lesson'
import { recordParagraphs } from '@/lib/content/record'
import { optionTallyOf, type OptionTally } from '@/lib/quiz/types'
import { taughtAssignmentQuiz } from './taught-assignment-quiz'
import { latestSnapshot } from './analysis-snapshots'
import { choiceRows, populationFingerprint, questionRows, type Population } from './item-analysis-queries'
import {
  lowest,
  paragraphStats,
  questionStats,
  readingSplits,
  skillStats,
  type AreaStat,
  type QuestionStat,
  type ReadingSplit,
} from './item-statistics'
import { toNumber } from './sql-values'

export interface ItemAnalysis {
  assignment: { id: string; title: string; lessonSlug: string }
  set: { id: string; title: string }
  /** Every quiz of the assignment, to switch between them. */
  sets: { id: string; title: string }[]
  /** Students whose latest submitted attempt on this quiz is analysed. */
  students: number
  /** Size of each of the upper and lower groups used for discrimination. */
  groupSize: number
  questions: QuestionStat[]
  skills: AreaStat[]
  /** Each with the paragraph's opening words, so the instructor recognises the passage. */
  paragraphs: (AreaStat & { excerpt: string })[]
  lowestParagraph: AreaStat | null
  lowestSkill: AreaStat | null
  reading: ReadingSplit[]
  /** When these figures were computed, and whether a change since is still being added. */
  asOf: { computedAt: Date; isCurrent: boolean }
}

/** The first view of a large class's analysis ever, answered before the analysis is ready: the page says so. */
export interface AnalysisBeingComputed extends Pick<ItemAnalysis, 'assignment' | 'set' | 'sets'> {
  asOf: null
}

/**
 * Item analysis of one quiz of an assignment over the class's current students: facility and
 * discrimination per question, choice counts, results by skill and by paragraph of the record, and
 * scores beside what students opened of the lesson. Computed in the database (see
 * item-analysis-queries.ts), and stored until what it was computed from changes (analysis-snapshots.ts).
 * NOT_FOUND unless the user teaches the class and the quiz belongs to the assignment.
 */
export async function itemAnalysis(opts: {
  userId: string
  classId: string
  assignmentId: string
  questionSetId?: string
  /** How long to wait for a changed analysis before showing the stored one (analysis-snapshots.ts). */
  waitMs?: number
}): Promise<ItemAnalysis | AnalysisBeingComputed> {
  const { assignment, setId, set, sets } = await taughtAssignmentQuiz(opts)
  const quiz = {
    assignment: { id: assignment.id, title: assignment.title, lessonSlug: assignment.lessonSlug },
    set: { id: set.id, title: set.title },
    sets,
  }

  const specs = set.questions.map((q) => ({ id: q.id, points: q.points }))
  // Each type names the answer shape whose picks are counted (its module's optionTally).
  const idsOf = (tally: OptionTally) => set.questions.filter((q) => optionTallyOf(q.type) === tally).map((q) => q.id)
  const population: Population = {
    classId: opts.classId,
    assignmentId: assignment.id,
    questionSetId: setId,
    lessonSlug: assignment.lessonSlug,
    recordParts: (await requireLesson(assignment.lessonSlug)).guide.sections.length,
  }
  const tallies = { choice: idsOf('choice'), choices: idsOf('choices'), verdictAndBecause: idsOf('verdict-and-because') }
  const snapshot = await latestSnapshot({
    // Everything the queries are given, so a change to the quiz's questions is a new snapshot.
    asked: [population, specs, tallies],
    classId: opts.classId,
    fingerprint: () => populationFingerprint(population),
    compute: () => Promise.all([questionRows(population, specs), choiceRows(population, tallies)]),
    waitMs: opts.waitMs,
  })
  if (snapshot.value === null) return { ...quiz, asOf: null }
  const [rows, choices] = snapshot.value

  // Every attempt has one row per question (split by reading group): one question counts them all.
  const students = rows.filter((r) => r.question_id === specs[0]?.id).reduce((n, r) => n + toNumber(r.attempts), 0)
  const questions = questionStats(set.questions, rows, choices, students)
  const skills = skillStats(questions, rows)
  const text = await recordParagraphs(assignment.lessonSlug)
  const paragraphs = paragraphStats(questions, rows).map((p) => ({ ...p, excerpt: opening(text.get(p.key) ?? '') }))
  return {
    ...quiz,
    students,
    groupSize: rows.reduce((g, r) => Math.max(g, toNumber(r.group_size)), 0),
    questions,
    skills,
    paragraphs,
    lowestParagraph: lowest(paragraphs),
    lowestSkill: lowest(skills),
    reading: readingSplits(rows, set.questions),
    asOf: { computedAt: snapshot.computedAt, isCurrent: snapshot.isCurrent },
  }
}

/** The first words of a paragraph, cut at a word boundary. */
function opening(text: string, max = 90): string {
  if (text.length <= max) return text
  return `${text.slice(0, text.lastIndexOf(' ', max))}…`
}
