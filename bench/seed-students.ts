// Seeds N students in one class with an open, untimed assignment and a started attempt each. Runs in
// the benchmark's own process before the server starts: a PGlite folder belongs to one process.
import { db, disconnectDb, sqlRunner } from '@/lib/db'
import { hashPassword } from '@/lib/auth/password'
import { generateJoinCode } from '@/lib/classes/join-code'
import { applyMigrations } from '@/lib/database/migrations'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { startAttempt } from '@/lib/quiz/start-attempt'
import type { TQuestion } from '@/lib/quiz/question-schema'

export const BENCH_PASSWORD = 'bench password, not secret'
const LESSON = 'batmunkh-kim-1986'
// Half the students take a choice-heavy set, half one with evidence selection and short answers.
const QUESTION_SETS = ['comprehension', 'evidence-and-argument']
const DAY = 86_400_000

export interface SeededStudent {
  email: string
  attemptId: string
  questions: TQuestion[]
}

export async function seedStudents(databaseUrl: string, count: number): Promise<SeededStudent[]> {
  process.env.DATABASE_URL = databaseUrl // read by lib/db when it first opens
  try {
    await applyMigrations(sqlRunner())
    const passwordHash = await hashPassword(BENCH_PASSWORD) // once: cost-12 bcrypt is slow on purpose
    const instructor = await db.user.create({
      data: { email: 'bench-instructor@bench.invalid', name: 'Bench Instructor', role: 'INSTRUCTOR', passwordHash },
    })
    const klass = await db.class.create({
      data: {
        name: 'Autosave benchmark',
        term: 'Bench',
        joinCode: generateJoinCode(),
        createdById: instructor.id,
        memberships: { create: { userId: instructor.id, role: 'INSTRUCTOR' } },
      },
    })
    const emails = Array.from({ length: count }, (_, i) => `bench-student-${String(i + 1).padStart(4, '0')}@bench.invalid`)
    await db.user.createMany({
      data: emails.map((email, i) => ({ email, name: `Bench Student ${i + 1}`, role: 'STUDENT' as const, passwordHash })),
    })
    const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true }, orderBy: { email: 'asc' } })
    await db.membership.createMany({ data: users.map((u) => ({ userId: u.id, classId: klass.id, role: 'STUDENT' as const })) })
    const assignment = await db.assignment.create({
      data: {
        classId: klass.id,
        createdById: instructor.id,
        title: 'Autosave benchmark quiz',
        lessonSlug: LESSON,
        requiredParts: [],
        questionSetIds: QUESTION_SETS,
        opensAt: new Date(Date.now() - DAY),
        dueAt: new Date(Date.now() + 7 * DAY),
        timeLimitMinutes: null, // untimed: no attempt can expire during a run
      },
    })
    const seeded: SeededStudent[] = []
    for (const [i, user] of users.entries()) {
      const questionSetId = QUESTION_SETS[i % QUESTION_SETS.length]
      const { attemptId } = await startAttempt({ userId: user.id, assignmentId: assignment.id, questionSetId })
      seeded.push({
        email: user.email,
        attemptId,
        questions: (await loadQuestionSet(LESSON, questionSetId)).questions.map((q) => q.question),
      })
    }
    return seeded
  } finally {
    await disconnectDb()
  }
}
