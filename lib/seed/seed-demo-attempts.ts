import 'server-only'
import crypto from 'node:crypto'
import { db } from '@/lib/db'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { sampleAnswer, type TQuestion } from '@/lib/quiz/types'
import { saveAnswer } from '@/lib/quiz/save-answer'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { submitAttempt } from '@/lib/quiz/submit-attempt'
import { DEMO_IN_PROGRESS_EMAILS, DEMO_STUDENTS, DEMO_SUBMITTED_EMAILS } from './demo-people'
import { DEMO_SHORT_ANSWERS } from './demo-short-answers'
import { DEMO_LESSON } from './seed-demo-assignment'

const HOUR = 3_600_000
// The shared misconception: reading the historians' debate into Batmunkh's own words (¶8).
const MISCONCEPTION = { questionId: 'comp-soviet-troops', choice: 'imposed' }

/** A repeatable number in [0, 1) for a student and a question: the demo is the same every time. */
function chance(...parts: string[]): number {
  return crypto.createHash('sha256').update(parts.join('|')).digest().readUInt32BE(0) / 2 ** 32
}

function wrongOf<T extends { id: string }>(items: T[], right: string, key: string): string {
  const wrong = items.filter((i) => i.id !== right)
  return wrong[Math.floor(chance(key) * wrong.length)].id
}

/** An answer a student of the given ability might give: right with that probability, else a plausible slip. */
function demoAnswer(q: TQuestion, email: string, ability: number): unknown {
  const key = `${email}:${q.id}`
  if (q.id === MISCONCEPTION.questionId && chance(key, 'm') < 0.55) return { choice: MISCONCEPTION.choice }
  // Each question type draws its own kind of slip (sampleAnswer in lib/quiz/types/<type>.ts).
  return sampleAnswer(q, {
    isRight: chance(key) < ability,
    ability,
    chance: (salt) => (salt ? chance(key, salt) : chance(key)),
    wrongOf: (items, right, salt) => wrongOf(items, right, key + salt),
    writtenAnswers: DEMO_SHORT_ANSWERS[q.id],
  })
}

async function takeQuiz(opts: {
  userId: string
  email: string
  assignmentId: string
  setId: string
  ability: number
  startedAt: Date
  submit: boolean
  answerShare?: number
}) {
  const { attemptId } = await startAttempt({
    userId: opts.userId,
    assignmentId: opts.assignmentId,
    questionSetId: opts.setId,
    now: opts.startedAt,
  })
  const { questions } = await loadQuestionSet(DEMO_LESSON, opts.setId)
  const answered = questions.slice(0, Math.ceil(questions.length * (opts.answerShare ?? 1)))
  let t = opts.startedAt.getTime()
  for (const [i, { question }] of answered.entries()) {
    t += 40_000 + Math.floor(chance(opts.email, question.id, 't') * 60_000)
    // Weaker students skip a question now and then, so "unanswered" shows up in the review.
    if (opts.ability < 0.6 && chance(opts.email, question.id, 'skip') < 0.12) continue
    await saveAnswer({
      userId: opts.userId,
      attemptId,
      input: { questionId: question.id, answer: demoAnswer(question, opts.email, opts.ability), seq: t + i },
      now: new Date(t),
    })
  }
  if (opts.submit) await submitAttempt({ userId: opts.userId, attemptId, now: new Date(t + 30_000) })
}

/**
 * Realistic work on the demo assignment, taken through the real quiz engine: most students have
 * submitted both quizzes (scores spread by ability, a misconception many share, short answers
 * awaiting grading); two are in the middle of the comprehension quiz.
 */
export async function seedDemoAttempts(opts: { assignmentId: string; now?: Date }) {
  const now = opts.now ?? new Date()
  const users = await db.user.findMany({ where: { email: { in: DEMO_STUDENTS.map((s) => s.email) } }, select: { id: true, email: true } })
  const idOf = (email: string) => users.find((u) => u.email === email)!.id
  for (const [i, email] of DEMO_SUBMITTED_EMAILS.entries()) {
    const ability = 0.45 + ((i * 7) % 11) / 20 // 0.45 … 0.95, mixed through the roster
    const startedAt = new Date(now.getTime() - (4 * 24 - i * 5) * HOUR)
    await takeQuiz({
      userId: idOf(email),
      email,
      assignmentId: opts.assignmentId,
      setId: 'comprehension',
      ability,
      startedAt,
      submit: true,
    })
    await takeQuiz({
      userId: idOf(email),
      email,
      assignmentId: opts.assignmentId,
      setId: 'evidence-and-argument',
      ability,
      startedAt: new Date(startedAt.getTime() + 2 * HOUR),
      submit: true,
    })
  }
  for (const email of DEMO_IN_PROGRESS_EMAILS) {
    // Started just now, so the 45-minute limit leaves them in progress for a while after seeding.
    await takeQuiz({
      userId: idOf(email),
      email,
      assignmentId: opts.assignmentId,
      setId: 'comprehension',
      ability: 0.7,
      startedAt: new Date(now.getTime() - 10 * 60_000),
      submit: false,
      answerShare: 0.4,
    })
  }
}
