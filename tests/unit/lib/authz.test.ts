import { can } from '../../../lib/authz'

const student = { id: 's', role: 'STUDENT' as const }
const instructor = { id: 'i', role: 'INSTRUCTOR' as const }
const admin = { id: 'a', role: 'ADMIN' as const }

describe('can(user, action, resource)', () => {
  it('refuses everything to someone not signed in', () => {
    expect(can(null, 'create-class')).toBe(false)
    expect(can(null, 'view-class-as-student', { membershipRole: 'STUDENT' })).toBe(false)
  })

  it('lets instructors and admins, never students, create classes and instructor invites', () => {
    expect(can(student, 'create-class')).toBe(false)
    expect(can(student, 'create-instructor-invite')).toBe(false)
    expect(can(instructor, 'create-class')).toBe(true)
    expect(can(admin, 'create-instructor-invite')).toBe(true)
  })

  it('lets an instructor manage only a class they teach', () => {
    expect(can(instructor, 'manage-class', { membershipRole: 'INSTRUCTOR' })).toBe(true)
    expect(can(instructor, 'manage-class', { membershipRole: null })).toBe(false)
    expect(can(instructor, 'manage-class', { membershipRole: 'STUDENT' })).toBe(false)
    expect(can(instructor, 'issue-password-reset', { membershipRole: null })).toBe(false)
  })

  it('never lets a student manage a class, even one they are in', () => {
    expect(can(student, 'manage-class', { membershipRole: 'STUDENT' })).toBe(false)
    expect(can(student, 'manage-class', { membershipRole: 'INSTRUCTOR' })).toBe(false)
  })

  it('lets a student view a class only as its member', () => {
    expect(can(student, 'view-class-as-student', { membershipRole: 'STUDENT' })).toBe(true)
    expect(can(student, 'view-class-as-student', { membershipRole: null })).toBe(false)
  })
})
