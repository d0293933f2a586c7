import { db } from '../../lib/db'
import { authenticate } from '../../lib/auth/authenticate'
import { DEMO_CLASS, DEMO_INSTRUCTOR, DEMO_PASSWORD, DEMO_STUDENTS } from '../../lib/seed/demo-people'
import { seedDemo } from '../../lib/seed/seed-demo'

describe('the demo seed', () => {
  it('creates the demo class with its instructor and 24 students, whose sign-ins work', async () => {
    expect(await seedDemo()).toBe(true)
    const klass = await db.class.findFirstOrThrow({ where: { name: DEMO_CLASS.name }, include: { memberships: { include: { user: true } } } })
    expect(klass.memberships.filter((m) => m.role === 'STUDENT')).toHaveLength(24)
    expect(klass.memberships.find((m) => m.role === 'INSTRUCTOR')?.user.email).toBe(DEMO_INSTRUCTOR.email)
    await expect(authenticate({ email: DEMO_INSTRUCTOR.email, password: DEMO_PASSWORD, ip: '192.0.2.50' })).resolves.toMatchObject({ role: 'INSTRUCTOR' })
    await expect(authenticate({ email: DEMO_STUDENTS[0].email, password: DEMO_PASSWORD, ip: '192.0.2.50' })).resolves.toMatchObject({ role: 'STUDENT' })
  })

  it('gives the demo class an open assignment due in five days, spread over reading statuses, with one accommodation', async () => {
    const assignment = await db.assignment.findFirstOrThrow({ where: { title: 'Reading and comprehension quiz' }, include: { accommodations: true } })
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
