// The administrator's powers, called through the admin pages' own server actions as a chosen
// person: allowed for an administrator, refused (404) for anyone else, each act audited, the guard
// rails held, and a deactivated account locked out with its sessions ended.
import { jest } from '@jest/globals'
import { installNextRequestMocks, NotFoundThrown, RedirectThrown, signInAs, type SessionUser } from '@/tests/setup/next-request-mocks'

installNextRequestMocks()
const { db } = await import('@/lib/db')
const { setRoleAction, setAccountActiveAction, joinClassAsInstructorAction } = await import('@/app/(admin)/admin/actions')
const { issuePasswordResetAction } = await import('@/app/(instructor)/classes/actions')
const { authenticate, DEACTIVATED_SIGN_IN_ERROR } = await import('@/lib/auth/authenticate')
const { verifySession } = await import('@/lib/auth/verify-session')
const { changeAccount } = await import('@/lib/admin/change-account')
const { findUsers } = await import('@/lib/admin/find-users')
const { listAllClasses } = await import('@/lib/admin/list-all-classes')
const { getClassHeader } = await import('@/lib/classes/get-class-header')
const { createClass, createUser, enrol, KNOWN_PASSWORD } = await import('@/tests/factories')

type Account = Awaited<ReturnType<typeof createUser>>
const as = (u: Account): SessionUser => ({ id: u.id, name: u.name, email: u.email, role: u.role })
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  return data
}
async function callAs<R>(user: Account, fn: (state: unknown, form: FormData) => Promise<R>, fields: Record<string, string>) {
  signInAs(as(user))
  try {
    return { value: await fn({}, form(fields)) }
  } catch (error) {
    if (error instanceof NotFoundThrown) return { notFound: true as const }
    if (error instanceof RedirectThrown) return { redirect: error.location }
    throw error
  } finally {
    signInAs(null)
  }
}
const auditOf = (action: string, subjectUserId?: string) =>
  db.auditLog.findMany({ where: { action, ...(subjectUserId ? { subjectUserId } : {}) } })

let admin: Account
beforeAll(async () => {
  jest.spyOn(console, 'error').mockImplementation(() => {})
  admin = await createUser({ role: 'ADMIN', name: 'Ada Admin' })
})

describe('changing a role', () => {
  it('an administrator changes a role, which ends the account’s sessions and is audited with before and after', async () => {
    const person = await createUser({ name: 'Rolf Role' })
    const result = await callAs(admin, setRoleAction, { userId: person.id, role: 'INSTRUCTOR' })
    expect(result.value).toMatchObject({ ok: true })
    const after = await db.user.findUniqueOrThrow({ where: { id: person.id } })
    expect(after.role).toBe('INSTRUCTOR')
    expect(after.sessionVersion).toBe(person.sessionVersion + 1)
    expect((await auditOf('USER_ROLE_CHANGED', person.id)).map((a) => [a.actorId, a.details])).toEqual([
      [admin.id, { from: 'STUDENT', to: 'INSTRUCTOR' }],
    ])
  })

  it('an instructor and a student are refused with 404 and change nothing', async () => {
    const person = await createUser()
    for (const caller of [await createUser({ role: 'INSTRUCTOR' }), await createUser()]) {
      expect(await callAs(caller, setRoleAction, { userId: person.id, role: 'ADMIN' })).toEqual({ notFound: true })
      expect(await callAs(caller, setAccountActiveAction, { userId: person.id, intent: 'deactivate' })).toEqual({ notFound: true })
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ role: 'STUDENT', deactivatedAt: null })
    expect(await auditOf('USER_ROLE_CHANGED', person.id)).toEqual([])
  })

  it('an administrator cannot demote or deactivate themselves', async () => {
    const demote = await callAs(admin, setRoleAction, { userId: admin.id, role: 'STUDENT' })
    expect(demote.value).toMatchObject({ message: expect.stringMatching(/your own/) })
    const deactivate = await callAs(admin, setAccountActiveAction, { userId: admin.id, intent: 'deactivate' })
    expect(deactivate.value).toMatchObject({ message: expect.stringMatching(/your own/) })
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: 'ADMIN', deactivatedAt: null })
  })

  it('a session still claiming the admin role after a demotion cannot act: the domain reads the role from the database', async () => {
    const former = await createUser({ role: 'ADMIN', name: 'Fay Former' })
    await changeAccount({ actorId: admin.id, userId: former.id, change: { kind: 'role', role: 'INSTRUCTOR' } })
    const victim = await createUser()
    const result = await callAs({ ...former, role: 'ADMIN' }, setAccountActiveAction, { userId: victim.id, intent: 'deactivate' })
    expect(result.value).toMatchObject({ message: 'Not found.' })
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).deactivatedAt).toBeNull()
  })
})

describe('deactivating and reactivating', () => {
  it('a deactivated account cannot sign in, its live session is refused, and reactivating lets it sign in again', async () => {
    const person = await createUser({ name: 'Dora Deactivated' })
    const claims = { uid: person.id, sv: person.sessionVersion, sid: 'a-live-session' }
    expect(await verifySession(claims)).toMatchObject({ id: person.id })

    expect((await callAs(admin, setAccountActiveAction, { userId: person.id, intent: 'deactivate' })).value).toMatchObject({ ok: true })
    expect(await verifySession(claims)).toBeNull()
    await expect(authenticate({ email: person.email, password: KNOWN_PASSWORD, ip: '192.0.2.50' })).rejects.toThrow(
      DEACTIVATED_SIGN_IN_ERROR,
    )
    // The old session stays dead after reactivation: its sessionVersion moved on.
    expect((await callAs(admin, setAccountActiveAction, { userId: person.id, intent: 'reactivate' })).value).toMatchObject({ ok: true })
    expect(await verifySession(claims)).toBeNull()
    await expect(authenticate({ email: person.email, password: KNOWN_PASSWORD, ip: '192.0.2.50' })).resolves.toMatchObject({
      id: person.id,
    })
    expect((await auditOf('USER_DEACTIVATED', person.id)).map((a) => a.actorId)).toEqual([admin.id])
    expect((await auditOf('USER_REACTIVATED', person.id)).map((a) => a.actorId)).toEqual([admin.id])
  })

  it('a wrong password for a deactivated account still gets the generic message, so deactivation is not revealed', async () => {
    const person = await createUser()
    await changeAccount({ actorId: admin.id, userId: person.id, change: { kind: 'deactivate' } })
    await expect(authenticate({ email: person.email, password: 'not the password at all', ip: '192.0.2.51' })).rejects.toThrow(
      'That email and password do not match an account.',
    )
  })

  it('deactivating withdraws the account’s unused reset links', async () => {
    const person = await createUser()
    const issued = await callAs(admin, issuePasswordResetAction, { studentId: person.id })
    expect(issued.value).toMatchObject({ ok: true, url: expect.stringMatching(/^http:\/\/localhost:3000\/reset\//) })
    await changeAccount({ actorId: admin.id, userId: person.id, change: { kind: 'deactivate' } })
    expect(await db.oneTimeToken.count({ where: { userId: person.id, purpose: 'PASSWORD_RESET' } })).toBe(0)
  })

  it('two administrators demoting each other at once leave one administrator, never none', async () => {
    const [one, two] = [await createUser({ role: 'ADMIN' }), await createUser({ role: 'ADMIN' })]
    const results = await Promise.allSettled([
      changeAccount({ actorId: one.id, userId: two.id, change: { kind: 'role', role: 'STUDENT' } }),
      changeAccount({ actorId: two.id, userId: one.id, change: { kind: 'role', role: 'STUDENT' } }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const roles = await db.user.findMany({ where: { id: { in: [one.id, two.id] } }, select: { role: true } })
    expect(roles.map((r) => r.role).sort()).toEqual(['ADMIN', 'STUDENT'])
  })
})

describe('issuing a reset and seeing every class', () => {
  it('an administrator may issue a reset link for an instructor, audited with the issuer', async () => {
    const instructor = await createUser({ role: 'INSTRUCTOR' })
    expect((await callAs(admin, issuePasswordResetAction, { studentId: instructor.id })).value).toMatchObject({ ok: true })
    expect((await auditOf('PASSWORD_RESET_ISSUED', instructor.id)).map((a) => a.actorId)).toEqual([admin.id])
  })

  it('finds users by part of a name or email, and lists every class with its instructors', async () => {
    const teacher = await createUser({ role: 'INSTRUCTOR', name: 'Greta Findable', email: 'greta.findable@example.edu' })
    const klass = await createClass({ instructorId: teacher.id, name: 'Findable seminar' })
    await enrol((await createUser()).id, klass.id)
    expect((await findUsers({ actorId: admin.id, query: 'FINDABLE' })).users.map((u) => u.id)).toEqual([teacher.id])
    expect((await findUsers({ actorId: admin.id, query: 'greta.find' })).users.map((u) => u.id)).toEqual([teacher.id])
    const [entry] = await listAllClasses({ actorId: admin.id, query: 'Greta' })
    expect(entry).toMatchObject({ id: klass.id, students: 1, isTaughtByMe: false, instructors: [{ id: teacher.id }] })
    await expect(findUsers({ actorId: teacher.id, query: '' })).rejects.toThrow('Not found.')
    await expect(listAllClasses({ actorId: teacher.id })).rejects.toThrow('Not found.')
  })

  it('an administrator opens a class’s work only by joining it as an instructor, which is audited', async () => {
    const teacher = await createUser({ role: 'INSTRUCTOR' })
    const klass = await createClass({ instructorId: teacher.id })
    expect(await getClassHeader({ userId: admin.id, classId: klass.id })).toBeNull()
    expect(await callAs(teacher, joinClassAsInstructorAction, { classId: klass.id })).toEqual({ notFound: true })
    expect(await callAs(admin, joinClassAsInstructorAction, { classId: klass.id })).toEqual({ redirect: `/classes/${klass.id}` })
    expect((await getClassHeader({ userId: admin.id, classId: klass.id }))?.memberships.map((m) => m.user.name)).toContain(admin.name)
    const [row] = await auditOf('ADMIN_JOINED_CLASS')
    expect(row).toMatchObject({ actorId: admin.id, details: { classId: klass.id } })
  })
})
