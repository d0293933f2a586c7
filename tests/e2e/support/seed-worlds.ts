// Seeds the demo data and then every browser-test world (tests/e2e/support/worlds.ts) into the e2e
// server's fresh database, before the server starts: an embedded database has one process at a time.
// Run by scripts/e2e-server.mjs with `tsx --conditions=react-server`.
import { db, disconnectDb } from '@/lib/db'
import { hashPassword } from '@/lib/auth/password'
import { generateJoinCode } from '@/lib/classes/join-code'
import { registerPlatform } from '@/lib/lti/platforms'
import { seedDemo } from '@/lib/seed/seed-demo'
import { LTI_PLATFORM } from './lti-world'
import { WORLD_PASSWORD, WORLDS, world, type WorldKey, type WorldSpec } from './worlds'

const DAY = 86_400_000

async function seedWorld(key: WorldKey, passwordHash: string) {
  const spec: WorldSpec = WORLDS[key]
  const people = world(key)
  await db.$transaction(async (tx) => {
    const instructor = await tx.user.create({
      data: { name: people.instructor.name, email: people.instructor.email, role: 'INSTRUCTOR', passwordHash },
    })
    const klass = await tx.class.create({
      data: {
        name: people.className,
        term: 'E2E term',
        joinCode: generateJoinCode(),
        createdById: instructor.id,
        memberships: { create: { userId: instructor.id, role: 'INSTRUCTOR' } },
      },
    })
    for (const student of people.students) {
      const user = await tx.user.create({ data: { name: student.name, email: student.email, role: 'STUDENT', passwordHash } })
      await tx.membership.create({ data: { userId: user.id, classId: klass.id, role: 'STUDENT' } })
    }
    if (spec.assignment) {
      await tx.assignment.create({
        data: {
          classId: klass.id,
          createdById: instructor.id,
          title: spec.assignment.title,
          lessonSlug: 'batmunkh-kim-1986',
          requiredParts: ['record'],
          questionSetIds: spec.assignment.questionSetIds,
          opensAt: new Date(Date.now() - DAY),
          dueAt: new Date(Date.now() + 5 * DAY),
          attemptsAllowed: spec.assignment.attemptsAllowed ?? 1,
          timeLimitMinutes: spec.assignment.timeLimitMinutes ?? null,
          feedbackRelease: spec.assignment.feedbackRelease,
        },
      })
    }
  })
}

async function main() {
  await seedDemo()
  // One hash for every world account, as the demo does: a hash is slow on purpose.
  const passwordHash = await hashPassword(WORLD_PASSWORD)
  for (const key of Object.keys(WORLDS) as WorldKey[]) await seedWorld(key, passwordHash)
  await registerPlatform(LTI_PLATFORM)
  console.log(`Seeded the demo class and ${Object.keys(WORLDS).length} test worlds.`)
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => disconnectDb())
