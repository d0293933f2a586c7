import { db } from '@/lib/db'
import { acceptInstructorInvite } from '@/lib/accounts/accept-instructor-invite'
import { changePassword } from '@/lib/accounts/change-password'
import { createAccount, EMAIL_TAKEN, UNKNOWN_JOIN_CODE } from '@/lib/accounts/create-account'
import { createInstructorInvite } from '@/lib/accounts/create-instructor-invite'
import { createUserDirectly } from '@/lib/accounts/create-user-directly'
import { issuePasswordReset, RESET_NEEDS_CONSENT } from '@/lib/accounts/issue-password-reset'
import { setResetConsent } from '@/lib/accounts/reset-consent'
import { dismissResetNotice, getResetNotice } from '@/lib/accounts/reset-notice'
import { EXPIRED_LINK } from '@/lib/accounts/one-time-token'
import { resetPassword } from '@/lib/accounts/reset-password'
import { signOutEverywhere } from '@/lib/accounts/sign-out-everywhere'
import { authenticate } from '@/lib/auth/authenticate'
import { JOIN_ADDRESS_LIMIT, SIGN_UP_ADDRESS_LIMIT } from '@/lib/auth/throttle'
import { formatJoinCode } from '@/lib/classes/join-code'
import { createClass, createUser, enrol, KNOWN_PASSWORD, tableCounts } from '@/tests/factories'

const good = { name: 'Nomin Bat', email: 'Nomin.Bat@Example.edu', password: 'a perfectly long passphrase' }
const tokenOf = (path: string) => path.split('/').pop()!
const IP = '192.0.2.10'

describe('student sign-up', () => {
  it('creates a student with a lower-cased email and an argon2id hash, never the password itself', async () => {
    const { id } = await createAccount(good, IP)
    const user = await db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })
    expect(user).toMatchObject({ email: 'nomin.bat@example.edu', role: 'STUDENT', sessionVersion: 0 })
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/)
    expect(user.passwordHash).not.toContain(good.password)
  })

  it('never selects the password hash unless asked', async () => {
    const user = await createUser()
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).not.toHaveProperty('passwordHash')
  })

  it('joins the class named by a join code, typed in any case and with its dash', async () => {
    const instructor = await createUser({ role: 'INSTRUCTOR' })
    const klass = await createClass({ instructorId: instructor.id })
    const { id } = await createAccount({ ...good, email: 'joiner@example.edu', joinCode: formatJoinCode(klass.joinCode).toLowerCase() }, IP)
    expect(await db.membership.findUnique({ where: { userId_classId: { userId: id, classId: klass.id } } })).toMatchObject({
      role: 'STUDENT',
    })
  })

  const badInputs: [string, Record<string, unknown>, RegExp][] = [
    ['a weak password', { ...good, email: 'weak@example.edu', password: 'short' }, /at least 12 characters/],
    ['an over-long password', { ...good, email: 'long@example.edu', password: 'x'.repeat(257) }, /at most 256 characters/],
    ['an over-long name', { ...good, email: 'name@example.edu', name: 'N'.repeat(101) }, /at most 100 characters/],
    ['an empty name', { ...good, email: 'noname@example.edu', name: '   ' }, /Enter your name/],
    ['a malformed email', { ...good, email: 'nomin@@example' }, /valid email address/],
    ['an extra role field', { ...good, email: 'sneaky@example.edu', role: 'INSTRUCTOR' }, /“role” is not a field this form accepts/],
    ['a wrong join code', { ...good, email: 'lost@example.edu', joinCode: 'ZZZZ-ZZZZ' }, new RegExp(UNKNOWN_JOIN_CODE.slice(0, 30))],
  ]
  it.each(badInputs)('rejects %s with a clear message and changes nothing', async (_label, input, message) => {
    const before = await tableCounts()
    await expect(createAccount(input, IP)).rejects.toThrow(message)
    expect(await tableCounts()).toEqual(before)
  })

  it('rejects an email that already has an account, whatever its case, and changes nothing', async () => {
    const existing = await createUser({ email: 'taken@example.edu' })
    const before = await tableCounts()
    await expect(createAccount({ ...good, email: 'TAKEN@example.edu' }, IP)).rejects.toThrow(EMAIL_TAKEN)
    expect(await tableCounts()).toEqual(before)
    expect(existing.role).toBe('STUDENT')
  })

  it('refuses a join code whose joining was turned off', async () => {
    const instructor = await createUser({ role: 'INSTRUCTOR' })
    const klass = await createClass({ instructorId: instructor.id, joinEnabled: false })
    await expect(createAccount({ ...good, email: 'late@example.edu', joinCode: klass.joinCode }, IP)).rejects.toThrow(UNKNOWN_JOIN_CODE)
  })

  it('answers a taken email the same whatever the join code, so sign-up cannot be used to test codes', async () => {
    const instructor = await createUser({ role: 'INSTRUCTOR' })
    const klass = await createClass({ instructorId: instructor.id })
    await createUser({ email: 'probe@example.edu' })
    await expect(createAccount({ ...good, email: 'probe@example.edu', joinCode: klass.joinCode }, IP)).rejects.toThrow(EMAIL_TAKEN)
    await expect(createAccount({ ...good, email: 'probe@example.edu', joinCode: 'ZZZZ-ZZZZ' }, IP)).rejects.toThrow(EMAIL_TAKEN)
  })

  it('counts wrong join codes at sign-up against the address, so codes cannot be guessed without limit', async () => {
    const address = '192.0.2.77'
    await db.loginThrottle.create({ data: { key: `join-ip:${address}`, level: JOIN_ADDRESS_LIMIT.capacity - 1 } })
    await expect(createAccount({ ...good, email: 'guess@example.edu', joinCode: 'ZZZZ-ZZZZ' }, address)).rejects.toThrow(UNKNOWN_JOIN_CODE)
    await expect(createAccount({ ...good, email: 'guess-last@example.edu' }, address)).rejects.toThrow(
      /Too many sign-ups from this network/,
    )
  })

  it('throttles sign-ups from one address past two full classes, and not before', async () => {
    const address = '192.0.2.78'
    await db.loginThrottle.create({ data: { key: `signup-ip:${address}`, level: SIGN_UP_ADDRESS_LIMIT.capacity - 1 } })
    await expect(createAccount({ ...good, email: 'one-more@example.edu' }, address)).resolves.toHaveProperty('id')
    await expect(createAccount({ ...good, email: 'one-too-many@example.edu' }, address)).rejects.toThrow(/Too many sign-ups/)
    expect(SIGN_UP_ADDRESS_LIMIT.capacity).toBeGreaterThanOrEqual(240)
  })

  it('lets exactly one of two simultaneous sign-ups with one email succeed', async () => {
    const results = await Promise.allSettled([
      createAccount({ ...good, email: 'race@example.edu' }, IP),
      createAccount({ ...good, email: 'race@example.edu' }, IP),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await db.user.count({ where: { email: 'race@example.edu' } })).toBe(1)
  })
})

describe('instructor invites', () => {
  it('a student cannot create an instructor invite', async () => {
    const student = await createUser()
    await expect(createInstructorInvite({ actor: { id: student.id, role: 'STUDENT' } })).rejects.toThrow('Not found.')
  })

  it('an invite link creates one instructor account, once, and stores only the token’s hash', async () => {
    const instructor = await createUser({ role: 'INSTRUCTOR' })
    const { path } = await createInstructorInvite({ actor: { id: instructor.id, role: 'INSTRUCTOR' } })
    const token = tokenOf(path)
    expect(await db.oneTimeToken.count({ where: { tokenHash: token } })).toBe(0)
    const { id } = await acceptInstructorInvite({
      token,
      name: 'Dr. Colleague',
      email: 'colleague@example.edu',
      password: 'colleague passphrase',
    })
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe('INSTRUCTOR')
    await expect(
      acceptInstructorInvite({ token, name: 'Second Use', email: 'second@example.edu', password: 'second passphrase' }),
    ).rejects.toThrow(EXPIRED_LINK)
  })

  it('an invite made for one email cannot be used by another, and is not spent by the attempt', async () => {
    const instructor = await createUser({ role: 'INSTRUCTOR' })
    const { path } = await createInstructorInvite({ actor: { id: instructor.id, role: 'INSTRUCTOR' }, email: 'named@example.edu' })
    const token = tokenOf(path)
    await expect(
      acceptInstructorInvite({ token, name: 'Wrong', email: 'other@example.edu', password: 'some passphrase here' }),
    ).rejects.toThrow(/different email address/)
    await expect(
      acceptInstructorInvite({ token, name: 'Right', email: 'named@example.edu', password: 'some passphrase here' }),
    ).resolves.toHaveProperty('id')
  })

  it('an expired invite is refused', async () => {
    const instructor = await createUser({ role: 'INSTRUCTOR' })
    const { path } = await createInstructorInvite({ actor: { id: instructor.id, role: 'INSTRUCTOR' } })
    await db.oneTimeToken.updateMany({
      data: { expiresAt: new Date(Date.now() - 1000) },
      where: { purpose: 'INSTRUCTOR_INVITE', usedAt: null },
    })
    await expect(
      acceptInstructorInvite({ token: tokenOf(path), name: 'Late', email: 'late2@example.edu', password: 'late passphrase here' }),
    ).rejects.toThrow(EXPIRED_LINK)
  })
})

describe('password resets issued by an instructor', () => {
  async function setUp() {
    const instructor = await createUser({ role: 'INSTRUCTOR' })
    const student = await createUser()
    const klass = await createClass({ instructorId: instructor.id })
    await enrol(student.id, klass.id)
    return { instructor, student, klass }
  }

  it('sets the new password, ends old sessions, and works only once', async () => {
    const { instructor, student } = await setUp()
    const { path } = await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    await resetPassword({ token: tokenOf(path), password: 'my new long passphrase' })
    const after = await db.user.findUniqueOrThrow({ where: { id: student.id } })
    expect(after.sessionVersion).toBe(student.sessionVersion + 1)
    await expect(authenticate({ email: student.email, password: 'my new long passphrase', ip: '192.0.2.1' })).resolves.toHaveProperty(
      'id',
      student.id,
    )
    await expect(resetPassword({ token: tokenOf(path), password: 'another long passphrase' })).rejects.toThrow(EXPIRED_LINK)
  })

  it('an instructor cannot issue a reset for a student outside their classes', async () => {
    const { student } = await setUp()
    const stranger = await createUser({ role: 'INSTRUCTOR' })
    await createClass({ instructorId: stranger.id })
    await expect(issuePasswordReset({ actorId: stranger.id, studentId: student.id })).rejects.toThrow('No such student in your classes.')
  })

  it('an instructor cannot reset a student who is also in a class they do not teach, so cannot take over their other work', async () => {
    const { instructor, student } = await setUp()
    const other = await createUser({ role: 'INSTRUCTOR' })
    const otherClass = await createClass({ instructorId: other.id })
    await enrol(student.id, otherClass.id)
    const before = await tableCounts()
    await expect(issuePasswordReset({ actorId: instructor.id, studentId: student.id })).rejects.toThrow(RESET_NEEDS_CONSENT)
    await expect(issuePasswordReset({ actorId: other.id, studentId: student.id })).rejects.toThrow(RESET_NEEDS_CONSENT)
    expect(await tableCounts()).toEqual(before)
  })

  it("with the student's consent, an instructor of any one of their classes can issue a reset", async () => {
    const { instructor, student } = await setUp()
    const other = await createUser({ role: 'INSTRUCTOR' })
    await enrol(student.id, (await createClass({ instructorId: other.id })).id)
    await setResetConsent({ userId: student.id, isAllowed: true })
    await expect(issuePasswordReset({ actorId: instructor.id, studentId: student.id })).resolves.toHaveProperty('path')
    await setResetConsent({ userId: student.id, isAllowed: false })
    await expect(issuePasswordReset({ actorId: instructor.id, studentId: student.id })).rejects.toThrow(RESET_NEEDS_CONSENT)
    expect(await db.auditLog.count({ where: { action: 'PASSWORD_RESET_CONSENT_CHANGED', subjectUserId: student.id } })).toBe(2)
  })

  it('an administrator can always issue a reset, for any account', async () => {
    const { student } = await setUp()
    const admin = await createUser({ role: 'ADMIN' })
    const colleague = await createUser({ role: 'INSTRUCTOR' })
    await expect(issuePasswordReset({ actorId: admin.id, studentId: student.id })).resolves.toHaveProperty('path')
    await expect(issuePasswordReset({ actorId: admin.id, studentId: colleague.id })).resolves.toHaveProperty('path')
  })

  it('a used reset link is audited with its issuer and leaves the owner a notice naming them, until dismissed', async () => {
    const { instructor, student } = await setUp()
    const { path } = await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    expect(await db.auditLog.count({ where: { action: 'PASSWORD_RESET_ISSUED', actorId: instructor.id, subjectUserId: student.id } })).toBe(
      1,
    )
    await resetPassword({ token: tokenOf(path), password: 'my new long passphrase' })
    const used = await db.auditLog.findFirstOrThrow({ where: { action: 'PASSWORD_RESET_USED', subjectUserId: student.id } })
    expect(used.details).toEqual({ issuedById: instructor.id })
    expect(await getResetNotice({ userId: student.id })).toEqual({ at: expect.any(Date), byName: `${instructor.name} (instructor)` })
    await dismissResetNotice({ userId: student.id })
    expect(await getResetNotice({ userId: student.id })).toBeNull()
  })

  it('an instructor cannot issue a reset for a fellow instructor', async () => {
    const { instructor, klass } = await setUp()
    const colleague = await createUser({ role: 'INSTRUCTOR' })
    await db.membership.create({ data: { userId: colleague.id, classId: klass.id, role: 'INSTRUCTOR' } })
    await expect(issuePasswordReset({ actorId: instructor.id, studentId: colleague.id })).rejects.toThrow('No such student')
  })

  it('a new reset link replaces an unused older one', async () => {
    const { instructor, student } = await setUp()
    const first = await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    await expect(resetPassword({ token: tokenOf(first.path), password: 'my new long passphrase' })).rejects.toThrow(EXPIRED_LINK)
  })

  it('a weak new password is refused and the link stays usable', async () => {
    const { instructor, student } = await setUp()
    const { path } = await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    await expect(resetPassword({ token: tokenOf(path), password: 'short' })).rejects.toThrow(/at least 12/)
    await expect(resetPassword({ token: tokenOf(path), password: 'now long enough please' })).resolves.toBeUndefined()
  })
})

describe('changing a password and signing out everywhere', () => {
  it('changing a password needs the current one and bumps the session version', async () => {
    const user = await createUser()
    await expect(
      changePassword({ userId: user.id, input: { currentPassword: 'wrong one', newPassword: 'a brand new passphrase' } }),
    ).rejects.toThrow('Your current password is not right.')
    await changePassword({ userId: user.id, input: { currentPassword: KNOWN_PASSWORD, newPassword: 'a brand new passphrase' } })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1)
    await expect(authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: '192.0.2.9' })).rejects.toThrow()
  })

  it('signing out everywhere bumps the session version and is audited', async () => {
    const user = await createUser()
    await signOutEverywhere({ userId: user.id })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1)
    expect(await db.auditLog.count({ where: { action: 'SIGNED_OUT_EVERYWHERE', subjectUserId: user.id } })).toBe(1)
  })
})

describe('user:create', () => {
  it('creates an instructor and generates a password when none is given', async () => {
    const created = await createUserDirectly({ role: 'instructor', email: 'cli@example.edu', name: 'CLI Instructor' })
    expect(created.password.length).toBeGreaterThanOrEqual(12)
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).role).toBe('INSTRUCTOR')
  })

  it('refuses an unknown role', async () => {
    await expect(createUserDirectly({ role: 'superuser', email: 'x@example.edu', name: 'X' })).rejects.toThrow(/Role must be/)
  })
})
