// Invite and reset links stay listed for whoever may hand them on, until they are used, expire or
// are replaced; the database holds them only hashed and sealed, never as usable text.
import { db } from '@/lib/db'
import { issuePasswordReset } from '@/lib/accounts/issue-password-reset'
import { sealToken, unsealToken } from '@/lib/accounts/link-seal'
import { listResetLinks } from '@/lib/accounts/list-reset-links'
import { hashToken } from '@/lib/accounts/one-time-token'
import { resetPassword } from '@/lib/accounts/reset-password'
import { addStudents } from '@/lib/classes/add-students'
import { exportJoinSheet, getJoinSheet } from '@/lib/classes/join-sheet'
import { listPendingInvites } from '@/lib/classes/list-pending-invites'
import { createClass, createUser, enrol } from '@/tests/factories'

const toUrl = (path: string) => `https://lectern.example.edu${path}`

async function classWithStudent() {
  const instructor = await createUser({ role: 'INSTRUCTOR', name: 'Irma Issuer' })
  const klass = await createClass({ instructorId: instructor.id, name: 'HIST 101' })
  const student = await createUser({ name: 'Sami Student' })
  await enrol(student.id, klass.id)
  return { instructor, klass, student }
}

describe('reset links', () => {
  it('a reset link stays listed for its issuer, with the same link, until it is used', async () => {
    const { instructor, klass, student } = await classWithStudent()
    const { path } = await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    expect((await listResetLinks({ actorId: instructor.id, classId: klass.id })).map((l) => [l.user.id, l.path])).toEqual([
      [student.id, path],
    ])
    await resetPassword({ token: path.split('/').pop(), password: 'a brand new passphrase' })
    expect(await listResetLinks({ actorId: instructor.id, classId: klass.id })).toEqual([])
  })

  it('an expired link leaves the list, and a new one replaces the old', async () => {
    const { instructor, klass, student } = await classWithStudent()
    await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    const second = await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    expect((await listResetLinks({ actorId: instructor.id, classId: klass.id })).map((l) => l.path)).toEqual([second.path])
    await db.oneTimeToken.updateMany({ where: { userId: student.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await listResetLinks({ actorId: instructor.id, classId: klass.id })).toEqual([])
  })

  it('only the issuer sees a reset link again: not a co-instructor of the class, nor an instructor of another class', async () => {
    const { instructor, klass, student } = await classWithStudent()
    const colleague = await createUser({ role: 'INSTRUCTOR' })
    await db.membership.create({ data: { userId: colleague.id, classId: klass.id, role: 'INSTRUCTOR' } })
    await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    expect(await listResetLinks({ actorId: colleague.id, classId: klass.id })).toEqual([])
    const outsider = await createUser({ role: 'INSTRUCTOR' })
    expect(await listResetLinks({ actorId: outsider.id, classId: klass.id })).toEqual([])
  })

  it('an issuer who may no longer reset the student (they joined a class the issuer does not teach) no longer sees the link', async () => {
    const { instructor, klass, student } = await classWithStudent()
    await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    const elsewhere = await createClass({ instructorId: (await createUser({ role: 'INSTRUCTOR' })).id })
    await enrol(student.id, elsewhere.id)
    expect(await listResetLinks({ actorId: instructor.id, classId: klass.id })).toEqual([])
  })
})

describe('invite links and the join sheet', () => {
  it('invite links stay listed, sorted by name, until used or expired', async () => {
    const { instructor, klass } = await classWithStudent()
    const results = await addStudents({
      userId: instructor.id,
      classId: klass.id,
      text: 'Zara Zed, zara@example.edu\nAbel Ant, abel@example.edu',
    })
    const paths = Object.fromEntries(results.map((r) => [r.name, r.outcome === 'invited' ? r.path : null]))
    const listed = await listPendingInvites({ userId: instructor.id, classId: klass.id })
    expect(listed.map((i) => [i.name, i.path])).toEqual([
      ['Abel Ant', paths['Abel Ant']],
      ['Zara Zed', paths['Zara Zed']],
    ])
    await db.oneTimeToken.updateMany({ where: { email: 'abel@example.edu' }, data: { usedAt: new Date() } })
    await db.oneTimeToken.updateMany({ where: { email: 'zara@example.edu' }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await listPendingInvites({ userId: instructor.id, classId: klass.id })).toEqual([])
  })

  it('someone who does not teach the class sees none of its invite links', async () => {
    const { instructor, klass } = await classWithStudent()
    await addStudents({ userId: instructor.id, classId: klass.id, text: 'Abel Ant, abel@example.edu' })
    await expect(listPendingInvites({ userId: (await createUser({ role: 'INSTRUCTOR' })).id, classId: klass.id })).rejects.toThrow(
      'Class not found.',
    )
  })

  it('the join sheet and its CSV give the class code, the absolute join link and each personal link', async () => {
    const { instructor, klass } = await classWithStudent()
    const [row] = await addStudents({ userId: instructor.id, classId: klass.id, text: 'Abel Ant, abel@example.edu' })
    const invite = toUrl(row.outcome === 'invited' ? row.path : '')
    const sheet = await getJoinSheet({ userId: instructor.id, classId: klass.id, toUrl })
    const code = `${klass.joinCode.slice(0, 4)}-${klass.joinCode.slice(4)}`
    expect(sheet).toMatchObject({ className: 'HIST 101', joinCode: code, joinUrl: `https://lectern.example.edu/join/${code}` })
    expect(sheet.invites.map((i) => i.url)).toEqual([invite])
    const { csv, filename } = await exportJoinSheet({ userId: instructor.id, classId: klass.id, toUrl })
    expect(filename).toMatch(/^hist-101-join-sheet-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(csv.split('\r\n')[1]).toContain(`Abel Ant,abel@example.edu,${invite},`)
    await db.class.update({ where: { id: klass.id }, data: { joinEnabled: false } })
    expect(await getJoinSheet({ userId: instructor.id, classId: klass.id, toUrl })).toMatchObject({ joinCode: null, joinUrl: null })
  })
})

describe('how the links are stored', () => {
  it('the database holds a link only as its hash and a sealed copy, never the link itself', async () => {
    const { instructor, student } = await classWithStudent()
    const { path } = await issuePasswordReset({ actorId: instructor.id, studentId: student.id })
    const token = path.split('/').pop()!
    const row = await db.oneTimeToken.findFirstOrThrow({ where: { userId: student.id, purpose: 'PASSWORD_RESET' } })
    expect(row.tokenHash).toBe(hashToken(token))
    expect(row.tokenSealed).not.toContain(token)
    expect(unsealToken(row.tokenSealed, row.tokenHash)).toBe(token)
  })

  it('a sealed copy opens only on its own row, and not once tampered with', () => {
    const sealed = sealToken('the-secret-part')
    expect(unsealToken(sealed, hashToken('the-secret-part'))).toBe('the-secret-part')
    expect(unsealToken(sealed, hashToken('another-token'))).toBeNull()
    const [v, iv, body] = sealed.split('.')
    const flipped = Buffer.from(body, 'base64url')
    flipped[0] ^= 1
    expect(unsealToken(`${v}.${iv}.${flipped.toString('base64url')}`, hashToken('the-secret-part'))).toBeNull()
    expect(unsealToken(null, hashToken('the-secret-part'))).toBeNull()
  })
})
