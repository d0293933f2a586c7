import 'server-only'
import { db } from '@/lib/db'
import { hashPassword } from '@/lib/auth/password'
import { generateJoinCode } from '@/lib/classes/join-code'
import { requireLesson } from '@/lib/content/require-lesson'
import { DEMO_LESSON, seedDemoAssignment } from './seed-demo-assignment'
import { seedDemoAttempts } from './seed-demo-attempts'
import { DEMO_ADMIN, DEMO_CLASS, DEMO_INSTRUCTOR, DEMO_PASSWORD, DEMO_STUDENTS } from './demo-people'

/**
 * Seeds the demo class, its instructor, an administrator and 24 students — only into an empty
 * database, so restarting the demo never duplicates or overwrites anything. Returns whether it seeded.
 */
export async function seedDemo(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false
  // One hash for every demo account: they share the demo password, and cost-12 bcrypt is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  // Loaded before the transaction: compiling the lesson is slow, and the transaction has a time limit.
  const recordParts = (await requireLesson(DEMO_LESSON)).guide.sections.map((s) => s.id)
  const assignment = await db.$transaction(async (tx) => {
    await tx.user.create({ data: { ...DEMO_ADMIN, role: 'ADMIN', passwordHash } })
    const instructor = await tx.user.create({ data: { ...DEMO_INSTRUCTOR, role: 'INSTRUCTOR', passwordHash } })
    const klass = await tx.class.create({
      data: { ...DEMO_CLASS, joinCode: generateJoinCode(), createdById: instructor.id },
    })
    await tx.membership.create({ data: { userId: instructor.id, classId: klass.id, role: 'INSTRUCTOR' } })
    await tx.user.createMany({ data: DEMO_STUDENTS.map((s) => ({ ...s, role: 'STUDENT' as const, passwordHash })) })
    const students = await tx.user.findMany({ where: { role: 'STUDENT' }, select: { id: true } })
    // Stagger join times over the first week of term, so the roster looks like a real one.
    const termStart = Date.now() - 14 * 86_400_000
    await tx.membership.createMany({
      data: students.map((s, i) => ({
        userId: s.id,
        classId: klass.id,
        role: 'STUDENT' as const,
        joinedAt: new Date(termStart + i * 6 * 3_600_000),
      })),
    })
    return seedDemoAssignment(tx, { classId: klass.id, instructorId: instructor.id, recordParts })
  })
  // Student work goes through the real quiz engine, after the accounts exist.
  await seedDemoAttempts({ assignmentId: assignment.id })
  return true
}
