import { enrolledStudent, isStaff, refuseAccountChange, taughtBy } from '@/lib/authz'

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

describe('the guard rails on an administrator changing accounts', () => {
  const admin = { id: 'a1', role: 'ADMIN' as const, isActive: true }
  const other = (role: 'STUDENT' | 'INSTRUCTOR' | 'ADMIN', isActive = true) => ({ id: 'u2', role, isActive })

  it('an administrator may change another account’s role and deactivate or reactivate it', () => {
    expect(
      refuseAccountChange({ actor: admin, target: other('STUDENT'), change: { kind: 'role', role: 'INSTRUCTOR' }, activeAdmins: 1 }),
    ).toBeNull()
    expect(refuseAccountChange({ actor: admin, target: other('INSTRUCTOR'), change: { kind: 'deactivate' }, activeAdmins: 1 })).toBeNull()
    expect(
      refuseAccountChange({ actor: admin, target: other('STUDENT', false), change: { kind: 'reactivate' }, activeAdmins: 1 }),
    ).toBeNull()
    expect(refuseAccountChange({ actor: admin, target: other('ADMIN'), change: { kind: 'deactivate' }, activeAdmins: 2 })).toBeNull()
  })

  it('nobody but an active administrator may change accounts', () => {
    for (const actor of [
      { id: 'i', role: 'INSTRUCTOR' as const, isActive: true },
      { id: 's', role: 'STUDENT' as const, isActive: true },
      { ...admin, isActive: false },
    ])
      expect(refuseAccountChange({ actor, target: other('STUDENT'), change: { kind: 'deactivate' }, activeAdmins: 2 })).toMatch(
        /Only an administrator/,
      )
  })

  it('an administrator cannot demote or deactivate themselves', () => {
    const self = { id: admin.id, role: 'ADMIN' as const, isActive: true }
    expect(refuseAccountChange({ actor: admin, target: self, change: { kind: 'role', role: 'INSTRUCTOR' }, activeAdmins: 3 })).toMatch(
      /your own/,
    )
    expect(refuseAccountChange({ actor: admin, target: self, change: { kind: 'deactivate' }, activeAdmins: 3 })).toMatch(/your own/)
  })

  it('the last active administrator cannot be demoted or deactivated', () => {
    expect(
      refuseAccountChange({ actor: admin, target: other('ADMIN'), change: { kind: 'role', role: 'STUDENT' }, activeAdmins: 1 }),
    ).toMatch(/last active/)
    expect(refuseAccountChange({ actor: admin, target: other('ADMIN'), change: { kind: 'deactivate' }, activeAdmins: 1 })).toMatch(
      /last active/,
    )
  })
})
