import { db } from '@/lib/db'
import { addStudents } from '@/lib/classes/add-students'
import { acceptCoInstructorInvite } from '@/lib/classes/accept-co-instructor-invite'
import { createClass as createClassAction } from '@/lib/classes/create-class'
import { createCoInstructorInvite } from '@/lib/classes/create-co-instructor-invite'
import { joinClass, WRONG_CODE } from '@/lib/classes/join-class'
import { removeStudent } from '@/lib/classes/remove-student'
import { updateClass } from '@/lib/classes/update-class'
import { acceptStudentInvite, INVITE_EMAIL_HAS_ACCOUNT } from '@/lib/accounts/accept-student-invite'
import { EXPIRED_LINK } from '@/lib/accounts/one-time-token'
import { joinByInvite } from '@/lib/classes/join-by-invite'
import { classWithStudent, createClass, createUser, tableCounts } from '@/tests/factories'

const ip = '198.51.100.20'

describe('managing a class', () => {
  it('an instructor creates a class with an unguessable join code and teaches it', async () => {
    const instructor = await createUser({ role: 'INSTRUCTOR' })
    const { id } = await createClassAction({
      actor: { id: instructor.id, role: 'INSTRUCTOR' },
      input: { name: 'HIST 101', term: 'Fall 2027' },
    })
    const klass = await db.class.findUniqueOrThrow({ where: { id }, include: { memberships: true } })
    expect(klass.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
    expect(klass.memberships).toEqual([expect.objectContaining({ userId: instructor.id, role: 'INSTRUCTOR' })])
  })

  it('a student cannot create a class', async () => {
    const student = await createUser()
    await expect(createClassAction({ actor: { id: student.id, role: 'STUDENT' }, input: { name: 'X', term: 'Y' } })).rejects.toThrow(
      'Not found.',
    )
  })

  it.each([
    ['a student of the class', 'student'],
    ['an instructor of another class', 'stranger'],
  ])('%s gets NOT_FOUND for every management action, and nothing changes', async (_label, who) => {
    const { klass, student } = await classWithStudent()
    const stranger = await createUser({ role: 'INSTRUCTOR' })
    await createClass({ instructorId: stranger.id })
    const actorId = who === 'student' ? student.id : stranger.id
    const before = await db.class.findUniqueOrThrow({ where: { id: klass.id } })
    for (const change of [
      { kind: 'rename' as const, input: { name: 'Hijacked', term: 'Never' } },
      { kind: 'archive' as const },
      { kind: 'regenerate-join-code' as const },
      { kind: 'set-joining' as const, isEnabled: false },
    ]) {
      await expect(updateClass({ userId: actorId, classId: klass.id, change })).rejects.toThrow('Class not found.')
    }
    await expect(removeStudent({ userId: actorId, classId: klass.id, studentId: student.id })).rejects.toThrow('Class not found.')
    await expect(addStudents({ userId: actorId, classId: klass.id, text: 'A B, ab@example.edu' })).rejects.toThrow('Class not found.')
    await expect(createCoInstructorInvite({ userId: actorId, classId: klass.id })).rejects.toThrow('Class not found.')
    expect(await db.class.findUniqueOrThrow({ where: { id: klass.id } })).toEqual(before)
  })

  it('renames, archives and restores a class', async () => {
    const { instructor, klass } = await classWithStudent()
    await updateClass({
      userId: instructor.id,
      classId: klass.id,
      change: { kind: 'rename', input: { name: 'HIST 210', term: 'Spring 2028' } },
    })
    await updateClass({ userId: instructor.id, classId: klass.id, change: { kind: 'archive' } })
    expect(await db.class.findUniqueOrThrow({ where: { id: klass.id } })).toMatchObject({
      name: 'HIST 210',
      term: 'Spring 2028',
      archivedAt: expect.any(Date),
    })
    await updateClass({ userId: instructor.id, classId: klass.id, change: { kind: 'unarchive' } })
    expect((await db.class.findUniqueOrThrow({ where: { id: klass.id } })).archivedAt).toBeNull()
  })

  it('a renamed class needs a name of sensible length', async () => {
    const { instructor, klass } = await classWithStudent()
    await expect(
      updateClass({ userId: instructor.id, classId: klass.id, change: { kind: 'rename', input: { name: 'x'.repeat(121), term: 'T' } } }),
    ).rejects.toThrow(/at most 120/)
  })
})

describe('joining a class', () => {
  it('a student joins by code; regenerating the code makes the old one stop working', async () => {
    const { instructor, klass } = await classWithStudent()
    const newcomer = await createUser()
    await expect(joinClass({ userId: newcomer.id, code: klass.joinCode.toLowerCase(), ip })).resolves.toMatchObject({ classId: klass.id })
    await updateClass({ userId: instructor.id, classId: klass.id, change: { kind: 'regenerate-join-code' } })
    const another = await createUser()
    await expect(joinClass({ userId: another.id, code: klass.joinCode, ip })).rejects.toThrow(WRONG_CODE)
  })

  it('turning joining off refuses the code', async () => {
    const { instructor, klass } = await classWithStudent()
    await updateClass({ userId: instructor.id, classId: klass.id, change: { kind: 'set-joining', isEnabled: false } })
    const newcomer = await createUser()
    await expect(joinClass({ userId: newcomer.id, code: klass.joinCode, ip })).rejects.toThrow(WRONG_CODE)
  })

  it('joining twice keeps one membership', async () => {
    const { klass } = await classWithStudent()
    const newcomer = await createUser()
    await Promise.all([
      joinClass({ userId: newcomer.id, code: klass.joinCode, ip }),
      joinClass({ userId: newcomer.id, code: klass.joinCode, ip }),
    ])
    expect(await db.membership.count({ where: { userId: newcomer.id, classId: klass.id } })).toBe(1)
  })

  it('is rate-limited: after ten wrong codes even the right code is refused for a while', async () => {
    const { klass } = await classWithStudent()
    const guesser = await createUser()
    for (let i = 0; i < 10; i++)
      await expect(joinClass({ userId: guesser.id, code: `WRONG${i}AA`, ip: '198.51.100.77' })).rejects.toThrow(WRONG_CODE)
    await expect(joinClass({ userId: guesser.id, code: klass.joinCode, ip: '198.51.100.78' })).rejects.toThrow(/Too many wrong join codes/)
  })

  it('a removed student cannot re-join on their own', async () => {
    const { instructor, student, klass } = await classWithStudent()
    await removeStudent({ userId: instructor.id, classId: klass.id, studentId: student.id })
    await expect(joinClass({ userId: student.id, code: klass.joinCode, ip })).rejects.toThrow(/removed you/)
  })
})

describe('the roster', () => {
  it('invites students in bulk: bad rows reported by line, every good row gets an invite link', async () => {
    const { instructor, klass } = await classWithStudent()
    const existing = await createUser({ email: 'existing@example.edu' })
    const text = [
      'Name,Email',
      'Ada Lovelace,ada@example.edu',
      'No Email,',
      '"Kim, Ji-ho",ji@example.edu',
      'Again,ada@example.edu',
      'Existing Student,existing@example.edu',
      'Bad,not-an-email',
    ].join('\n')
    const results = await addStudents({ userId: instructor.id, classId: klass.id, text })
    expect(results.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'invited'],
      [3, 'error'],
      [4, 'invited'],
      [5, 'error'],
      [6, 'invited'],
      [7, 'error'],
    ])
    expect(results[2]).toMatchObject({ name: 'Kim, Ji-ho', email: 'ji@example.edu' })
    expect(await db.membership.findUnique({ where: { userId_classId: { userId: existing.id, classId: klass.id } } })).toBeNull()

    const invite = results[0] as { path: string }
    const created = await acceptStudentInvite({
      token: invite.path.split('/').pop(),
      name: 'Ada Lovelace',
      password: 'analytical engine notes',
    })
    expect(created.email).toBe('ada@example.edu')
    expect(await db.membership.findUnique({ where: { userId_classId: { userId: created.id, classId: klass.id } } })).toMatchObject({
      role: 'STUDENT',
    })
  })

  it('adding an existing student of another class enrols nobody, and answers exactly as for an email with no account', async () => {
    const { student: theirs } = await classWithStudent()
    const colleague = await createUser({ role: 'INSTRUCTOR', email: 'colleague@example.edu' })
    const { instructor, klass } = await classWithStudent()
    const text = [`Their Student,${theirs.email}`, 'Colleague,colleague@example.edu', 'Nobody Yet,nobody-yet@example.edu'].join('\n')
    const results = await addStudents({ userId: instructor.id, classId: klass.id, text })
    // Every row has the same shape and outcome: nothing says which emails have accounts, or of which kind.
    expect(results.map((r) => r.outcome)).toEqual(['invited', 'invited', 'invited'])
    expect(results.map((r) => Object.keys(r).sort())).toEqual(Array(3).fill(['email', 'line', 'name', 'outcome', 'path']))
    for (const userId of [theirs.id, colleague.id]) {
      expect(await db.membership.findUnique({ where: { userId_classId: { userId, classId: klass.id } } })).toBeNull()
    }
  })

  it('an existing student joins through an invite only by accepting it while signed in, once', async () => {
    const { student: theirs } = await classWithStudent()
    const { instructor, klass } = await classWithStudent()
    const [row] = await addStudents({ userId: instructor.id, classId: klass.id, text: `Their Student,${theirs.email}` })
    const token = (row as { path: string }).path.split('/').pop()!
    await expect(joinByInvite({ userId: theirs.id, token })).resolves.toMatchObject({ classId: klass.id })
    expect(await db.membership.findUnique({ where: { userId_classId: { userId: theirs.id, classId: klass.id } } })).toMatchObject({
      role: 'STUDENT',
      removedAt: null,
    })
    expect(await db.auditLog.count({ where: { action: 'CLASS_JOINED', subjectUserId: theirs.id } })).toBe(1)
    await expect(joinByInvite({ userId: theirs.id, token })).rejects.toThrow(EXPIRED_LINK)
  })

  it('a staff account cannot accept a student invite, and the link stays usable', async () => {
    const { instructor, klass } = await classWithStudent()
    const [row] = await addStudents({ userId: instructor.id, classId: klass.id, text: 'New Student,new-student@example.edu' })
    const token = (row as { path: string }).path.split('/').pop()!
    await expect(joinByInvite({ userId: instructor.id, token })).rejects.toThrow(/for a student/)
    expect(await db.oneTimeToken.count({ where: { purpose: 'STUDENT_INVITE', classId: klass.id, usedAt: null } })).toBe(1)
  })

  it('creating an account from an invite whose email already has one creates nothing and asks to sign in instead', async () => {
    const { student: theirs } = await classWithStudent()
    const { instructor, klass } = await classWithStudent()
    const [row] = await addStudents({ userId: instructor.id, classId: klass.id, text: `Their Student,${theirs.email}` })
    const before = await tableCounts()
    await expect(
      acceptStudentInvite({
        token: (row as { path: string }).path.split('/').pop(),
        name: 'Impostor',
        password: 'a long enough passphrase',
      }),
    ).rejects.toThrow(INVITE_EMAIL_HAS_ACCOUNT)
    expect(await tableCounts()).toEqual(before)
  })

  it('removing a student keeps their membership row (and so their work) but closes it', async () => {
    const { instructor, student, klass } = await classWithStudent()
    await removeStudent({ userId: instructor.id, classId: klass.id, studentId: student.id })
    expect(await db.membership.findUnique({ where: { userId_classId: { userId: student.id, classId: klass.id } } })).toMatchObject({
      removedAt: expect.any(Date),
    })
    await expect(removeStudent({ userId: instructor.id, classId: klass.id, studentId: student.id })).rejects.toThrow('not in this class')
  })

  it('a co-instructor invite makes an existing instructor a teacher of the class, once', async () => {
    const { instructor, klass } = await classWithStudent()
    const colleague = await createUser({ role: 'INSTRUCTOR' })
    const { path } = await createCoInstructorInvite({ userId: instructor.id, classId: klass.id })
    await acceptCoInstructorInvite({ userId: colleague.id, token: path.split('/').pop()! })
    expect(await db.membership.findUnique({ where: { userId_classId: { userId: colleague.id, classId: klass.id } } })).toMatchObject({
      role: 'INSTRUCTOR',
    })
    const third = await createUser({ role: 'INSTRUCTOR' })
    await expect(acceptCoInstructorInvite({ userId: third.id, token: path.split('/').pop()! })).rejects.toThrow(
      /expired or has already been used/,
    )
  })

  it('a student cannot use a co-instructor invite', async () => {
    const { instructor, klass, student } = await classWithStudent()
    const { path } = await createCoInstructorInvite({ userId: instructor.id, classId: klass.id })
    await expect(acceptCoInstructorInvite({ userId: student.id, token: path.split('/').pop()! })).rejects.toThrow(/for instructors/)
  })
})
