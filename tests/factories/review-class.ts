// A small class with hand-chosen answers, taken through the real quiz engine, so the gradebook and
// item analysis can be checked against numbers worked out by hand (see the tests for the sums).
import { db } from '@/lib/db'
import { saveAnswer } from '@/lib/quiz/save-answer'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { submitAttempt } from '@/lib/quiz/submit-attempt'
import { snapshotsSettled } from '@/lib/review/analysis-snapshots'
import { itemAnalysis, type ItemAnalysis } from '@/lib/review/item-analysis'
import { createClass, createUser, enrol } from './index'

const DAY = 86_400_000

export async function takeQuiz(opts: {
  userId: string
  assignmentId: string
  setId: string
  answers: Record<string, unknown>
  submit?: boolean
}) {
  const { attemptId } = await startAttempt({ userId: opts.userId, assignmentId: opts.assignmentId, questionSetId: opts.setId })
  let seq = 1
  for (const [questionId, answer] of Object.entries(opts.answers)) {
    const result = await saveAnswer({ userId: opts.userId, attemptId, input: { questionId, answer, seq: seq++ } })
    if (result.status !== 'saved') throw new Error(`answer to ${questionId} not saved`)
  }
  if (opts.submit ?? true) await submitAttempt({ userId: opts.userId, attemptId })
  return attemptId
}

export async function assignment(classId: string, overrides: Record<string, unknown> = {}) {
  return db.assignment.create({
    data: {
      classId,
      title: 'Comprehension',
      lessonSlug: 'batmunkh-kim-1986',
      requiredParts: ['record'],
      questionSetIds: ['comprehension'],
      opensAt: new Date(Date.now() - DAY),
      dueAt: new Date(Date.now() + 5 * DAY),
      feedbackRelease: 'ON_SUBMIT',
      ...overrides,
    },
  })
}

export async function readSections(userId: string, sections: string[]) {
  await db.readingProgress.createMany({
    data: sections.map((sectionId) => ({ userId, lessonSlug: 'batmunkh-kim-1986', sectionId, secondsSpent: 300 })),
  })
}

/** An instructor, a class, and named students enrolled in it. */
export async function classOf(names: string[]) {
  const instructor = await createUser({ role: 'INSTRUCTOR', name: 'Prof. Grader' })
  const klass = await createClass({ instructorId: instructor.id })
  const students: Record<string, { id: string; name: string; email: string }> = {}
  for (const name of names) {
    const user = await createUser({ name, email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${klass.id.slice(-6)}@example.edu` })
    await enrol(user.id, klass.id)
    students[name] = user
  }
  return { instructor, klass, students }
}

/** A student, an instructor of another class, and nobody: none of them may see this class's work. */
export async function outsiders() {
  const otherInstructor = await createUser({ role: 'INSTRUCTOR' })
  await createClass({ instructorId: otherInstructor.id })
  return { otherInstructor }
}

/**
 * The analysis as the page shows it once it is current: a view that finds it still being computed
 * (past the short wait, on a slow machine) waits for the computation and views again.
 */
export async function currentAnalysis(opts: Parameters<typeof itemAnalysis>[0]): Promise<ItemAnalysis> {
  const first = await itemAnalysis(opts)
  if (first.asOf?.isCurrent) return first as ItemAnalysis
  await snapshotsSettled()
  const second = await itemAnalysis(opts)
  if (!second.asOf?.isCurrent) throw new Error('the analysis was still not current after its computation had finished')
  return second as ItemAnalysis
}
