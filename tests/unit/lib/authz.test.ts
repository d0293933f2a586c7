import { enrolledStudent, isStaff, taughtBy } from '@/lib/authz'

describe('who may see a class, as query filters', () => {
  it('teaching needs an active instructor membership held by a staff account', () => {
    expect(taughtBy('u1')).toEqual({
      memberships: { some: { userId: 'u1', role: 'INSTRUCTOR', removedAt: null, user: { role: { in: ['INSTRUCTOR', 'ADMIN'] } } } },
    })
  })

  it('being enrolled needs an active student membership of a class that is not archived', () => {
    expect(enrolledStudent('u2')).toEqual({ archivedAt: null, memberships: { some: { userId: 'u2', role: 'STUDENT', removedAt: null } } })
  })

  it('only instructors and admins are staff; nobody signed out is', () => {
    expect(isStaff({ id: 's', role: 'STUDENT' })).toBe(false)
    expect(isStaff({ id: 'i', role: 'INSTRUCTOR' })).toBe(true)
    expect(isStaff({ id: 'a', role: 'ADMIN' })).toBe(true)
    expect(isStaff(null)).toBe(false)
  })
})
