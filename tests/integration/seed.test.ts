import { db } from '@/lib/db'
import { authenticate } from '@/lib/auth/authenticate'
import { DEMO_CLASS, DEMO_INSTRUCTOR, DEMO_PASSWORD, DEMO_STUDENTS } from '@/lib/seed/demo-people'
import { seedDemo } from '@/lib/seed/seed-demo'

describe('the demo seed', () => {
  it('creates the demo class with its instructor and 24 students, whose sign-ins work', async () => {
    expect(await seedDemo()).toBe(true)
    const klass = await db.class.findFirstOrThrow({
      where: { name: DEMO_CLASS.name },
      include: { memberships: { include: { user: true } } },
    })
    expect(klass.memberships.filter((m) => m.role === 'STUDENT')).toHaveLength(24)
    expect(klass.memberships.find((m) => m.role === 'INSTRUCTOR')?.user.email).toBe(DEMO_INSTRUCTOR.email)
    await expect(authenticate({ email: DEMO_INSTRUCTOR.email, password: DEMO_PASSWORD, ip: '192.0.2.50' })).resolves.toMatchObject({
      role: 'INSTRUCTOR',
    })
    await expect(authenticate({ email: DEMO_STUDENTS[0].email, password: DEMO_PASSWORD, ip: '192.0.2.50' })).resolves.toMatchObject({
      role: 'STUDENT',
    })
  }, 120_000)

  it('gives most students submitted work with varied scores, a shared misconception and short answers awaiting grading', async () => {
    const submitted = await db.attempt.findMany({ where: { status: 'SUBMITTED', questionSetId: 'comprehension' }, select: { score: true } })
    expect(submitted.length).toBeGreaterThanOrEqual(12)
    expect(new Set(submitted.map((a) => a.score)).size).toBeGreaterThan(5)
    expect(await db.attempt.count({ where: { status: 'IN_PROGRESS' } })).toBe(2)
    const misread = await db.response.count({ where: { questionId: 'comp-soviet-troops', answer: { equals: { choice: 'imposed' } } } })
    expect(misread).toBeGreaterThanOrEqual(4)
    expect(await db.response.count({ where: { questionId: { startsWith: 'ev-short' }, score: null } })).toBeGreaterThan(20)
    expect(await db.attempt.count({ where: { questionSetId: 'evidence-and-argument', isScoreFinal: false } })).toBeGreaterThan(10)
  })

  it('gives the demo class an open assignment due in five days, spread over reading statuses, with one accommodation', async () => {
    const assignment = await db.assignment.findFirstOrThrow({
      where: { title: 'Reading and comprehension quiz' },
      include: { accommodations: true },
    })
    const daysLeft = (assignment.dueAt.getTime() - Date.now()) / 86_400_000
    expect(daysLeft).toBeGreaterThan(4)
    expect(daysLeft).toBeLessThanOrEqual(6)
    expect(assignment.opensAt.getTime()).toBeLessThan(Date.now())
    expect(assignment.accommodations).toEqual([expect.objectContaining({ timeMultiplier: 1.5, dueAt: expect.any(Date) })])
    const readers = await db.readingProgress.groupBy({ by: ['userId'] })
    expect(readers.length).toBeGreaterThan(0)
    expect(readers.length).toBeLessThan(24)
  })

  it('does nothing to a database that already has data', async () => {
    const before = await db.user.count()
    expect(await seedDemo()).toBe(false)
    expect(await db.user.count()).toBe(before)
  })
})
