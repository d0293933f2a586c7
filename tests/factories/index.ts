// Test data with sensible defaults. Passwords are hashed once per test file (a hash is slow on
// purpose) and reused.
import crypto from 'node:crypto'
import { db } from '@/lib/db'
import { hashPassword } from '@/lib/auth/password'
import { generateJoinCode } from '@/lib/classes/join-code'

export const KNOWN_PASSWORD = 'correct horse battery staple'
let knownHash: Promise<string> | undefined

function unique(prefix: string) {
  return `${prefix}-${crypto.randomBytes(4).toString('hex')}`
}

export async function createUser(overrides: { role?: 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'; email?: string; name?: string } = {}) {
  knownHash ??= hashPassword(KNOWN_PASSWORD)
  return db.user.create({
    data: {
      email: overrides.email ?? `${unique('user')}@example.edu`,
      name: overrides.name ?? 'Test Person',
      role: overrides.role ?? 'STUDENT',
      passwordHash: await knownHash,
    },
  })
}

export async function createClass(opts: { instructorId: string; name?: string; joinEnabled?: boolean }) {
  return db.class.create({
    data: {
      name: opts.name ?? unique('Class'),
      term: 'Spring 2027',
      joinCode: generateJoinCode(),
      joinEnabled: opts.joinEnabled ?? true,
      createdById: opts.instructorId,
      memberships: { create: { userId: opts.instructorId, role: 'INSTRUCTOR' } },
    },
  })
}

export async function enrol(userId: string, classId: string) {
  return db.membership.create({ data: { userId, classId, role: 'STUDENT' } })
}

/** Row counts of the tables a bad request must not touch. */
export async function tableCounts() {
  const [users, memberships, classes, tokens, audit] = await Promise.all([
    db.user.count(),
    db.membership.count(),
    db.class.count(),
    db.oneTimeToken.count(),
    db.auditLog.count(),
  ])
  return { users, memberships, classes, tokens, audit }
}

const DAY = 86_400_000

/** A valid assignment input for the real lesson, due in five days; override any field. */
export function assignmentInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Reading and comprehension quiz',
    lessonSlug: 'batmunkh-kim-1986',
    requiredParts: ['record', 'essay:mongolia-between-moscow-and-beijing'],
    questionSetIds: ['comprehension'],
    opensAt: new Date(Date.now() - DAY).toISOString(),
    dueAt: new Date(Date.now() + 5 * DAY).toISOString(),
    lateCutoffAt: null,
    latePolicy: 'CLOSE',
    latePenaltyPercentPerDay: 0,
    attemptsAllowed: 1,
    timeLimitMinutes: null,
    feedbackRelease: 'AFTER_DUE',
    ...overrides,
  }
}

/** An instructor teaching a class with one enrolled student. */
export async function classWithStudent() {
  const instructor = await createUser({ role: 'INSTRUCTOR' })
  const student = await createUser()
  const klass = await createClass({ instructorId: instructor.id })
  await enrol(student.id, klass.id)
  return { instructor, student, klass }
}

export async function assignmentCounts() {
  const [assignments, accommodations] = await Promise.all([db.assignment.count(), db.accommodation.count()])
  return { assignments, accommodations }
}

/** A class, a student and an open assignment with the comprehension quiz. */
export async function openQuiz(overrides: Record<string, unknown> = {}) {
  const ctx = await classWithStudent()
  const assignment = await db.assignment.create({
    data: {
      classId: ctx.klass.id,
      title: 'Quiz',
      lessonSlug: 'batmunkh-kim-1986',
      requiredParts: ['record'],
      questionSetIds: ['comprehension', 'evidence-and-argument'],
      opensAt: new Date(Date.now() - DAY),
      dueAt: new Date(Date.now() + 5 * DAY),
      attemptsAllowed: 2,
      feedbackRelease: 'ON_SUBMIT',
      ...overrides,
    },
  })
  return { ...ctx, assignment }
}
