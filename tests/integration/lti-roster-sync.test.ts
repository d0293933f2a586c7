// Roster sync over Names and Role Provisioning Services, against a stand-in platform on this
// machine: its token endpoint hands out a token, its member list comes in pages joined by Link
// headers, and every request is recorded. A sync adds and reopens course-site members, closes the
// memberships of those who left (never deleting them), leaves people who joined by code alone, and
// writes nothing at all when the platform fails partway.
import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClass, createUser, enrol } from '@/tests/factories'

const { db } = await import('@/lib/db')
const { registerPlatform } = await import('@/lib/lti/platforms')
const { syncRoster } = await import('@/lib/lti/nrps/sync-roster')
const { NO_PASSWORD } = await import('@/lib/lti/accounts')

type Member = { user_id: string; roles: string[]; status?: string; name?: string; email?: string }
const LEARNER = ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner']
const INSTRUCTOR = ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor']
const MENTOR = ['http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor']
const PAGE_SIZE = 2

/** Each course's member list, by course key; a course in `failing` answers 500 from its second page. */
const courses = new Map<string, Member[]>()
const failing = new Set<string>()
const requests: { method: string; path: string; accept?: string; authorization?: string }[] = []

const server = http.createServer((req, res) => {
  const url = new URL(req.url!, 'http://platform')
  requests.push({
    method: req.method!,
    path: url.pathname + url.search,
    accept: req.headers.accept,
    authorization: req.headers.authorization,
  })
  if (url.pathname === '/token') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'nrps-token', expires_in: 3600 }))
    return
  }
  const course = /^\/courses\/([^/]+)\/memberships$/.exec(url.pathname)?.[1]
  if (!course || !courses.has(course) || req.headers.authorization !== 'Bearer nrps-token') {
    res.writeHead(404).end('no such course')
    return
  }
  const page = Number(url.searchParams.get('page') ?? '1')
  if (failing.has(course) && page > 1) {
    res.writeHead(500).end('platform is down')
    return
  }
  const all = courses.get(course)!
  const last = Math.max(1, Math.ceil(all.length / PAGE_SIZE))
  const at = (p: number) => `<${origin}/courses/${course}/memberships?page=${p}>`
  // As Canvas sends it: several links in one header, quoted rels, the next one not first.
  const links = [`${at(page)}; rel="current"`, `${at(1)}; rel="first"`, `${at(last)}; rel="last"`]
  if (page < last) links.splice(1, 0, `${at(page + 1)}; rel="next"`)
  res
    .writeHead(200, { 'content-type': 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json', link: links.join(', ') })
    .end(JSON.stringify({ id: 'container', context: { id: course }, members: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) }))
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const ISSUER = 'https://lms.example.edu'
let platformId = ''
beforeAll(async () => {
  ;({ id: platformId } = await registerPlatform({
    name: 'Example LMS',
    issuer: ISSUER,
    clientId: 'lectern-client',
    deploymentIds: 'dep-1',
    authUrl: `${origin}/authorize`,
    tokenUrl: `${origin}/token`,
    jwksUrl: `${origin}/jwks`,
  }))
})

/** A class made by its teacher's launch: teacher linked on the issuer, the class linked to a course. */
async function linkedClass() {
  const course = crypto.randomBytes(4).toString('hex')
  const teacher = await createUser({ role: 'INSTRUCTOR', name: 'Dr Odu' })
  const klass = await createClass({ instructorId: teacher.id, joinEnabled: false })
  await db.ltiUser.create({ data: { issuer: ISSUER, sub: `teacher-${course}`, userId: teacher.id } })
  await db.ltiContext.create({
    data: {
      platformId,
      deploymentId: 'dep-1',
      contextId: course,
      classId: klass.id,
      title: 'Cold War Asia',
      membershipsUrl: `${origin}/courses/${course}/memberships`,
    },
  })
  const teacherMember: Member = { user_id: `teacher-${course}`, roles: INSTRUCTOR, name: 'Dr Odu' }
  return { course, teacher, klass, teacherMember }
}

const student = (course: string, n: number, extra: Partial<Member> = {}): Member => ({
  user_id: `s${n}-${course}`,
  roles: LEARNER,
  name: `Student ${n}`,
  email: `s${n}-${course}@lms.example.edu`,
  ...extra,
})

async function membershipOf(issuerSub: string, classId: string) {
  const link = await db.ltiUser.findUniqueOrThrow({ where: { issuer_sub: { issuer: ISSUER, sub: issuerSub } } })
  return db.membership.findUniqueOrThrow({ where: { userId_classId: { userId: link.userId, classId } } })
}

async function snapshot(classId: string) {
  const [memberships, users, ltiUsers, context, audits] = await Promise.all([
    db.membership.findMany({ where: { classId }, orderBy: { id: 'asc' } }),
    db.user.count(),
    db.ltiUser.count(),
    db.ltiContext.findUniqueOrThrow({ where: { classId } }),
    db.auditLog.count(),
  ])
  return { memberships, users, ltiUsers, context, audits }
}

describe('LTI roster sync (NRPS)', () => {
  it('adds every active member across all pages, asking with the NRPS media type and a bearer token, and records the summary', async () => {
    const { course, teacher, klass, teacherMember } = await linkedClass()
    courses.set(course, [
      teacherMember,
      student(course, 1),
      student(course, 2),
      student(course, 3),
      { ...student(course, 4), roles: MENTOR },
    ])
    requests.length = 0

    const summary = await syncRoster({ userId: teacher.id, classId: klass.id })

    expect(summary).toEqual({ added: 3, reopened: 0, removed: 0, unchanged: 1, skipped: 1 })
    const pages = requests.filter((r) => r.path.startsWith(`/courses/${course}/`))
    expect(pages.map((r) => r.path)).toEqual([
      `/courses/${course}/memberships`,
      `/courses/${course}/memberships?page=2`,
      `/courses/${course}/memberships?page=3`,
    ])
    for (const r of pages) {
      expect(r.accept).toBe('application/vnd.ims.lti-nrps.v2.membershipcontainer+json')
      expect(r.authorization).toBe('Bearer nrps-token')
    }
    const s1 = await db.ltiUser.findUniqueOrThrow({
      where: { issuer_sub: { issuer: ISSUER, sub: `s1-${course}` } },
      include: { user: true },
    })
    expect(s1.user).toMatchObject({ name: 'Student 1', email: `s1-${course}@lms.example.edu`, role: 'STUDENT' })
    expect(await db.user.findUniqueOrThrow({ where: { id: s1.userId }, select: { passwordHash: true } })).toEqual({
      passwordHash: NO_PASSWORD,
    })
    expect(await membershipOf(`s3-${course}`, klass.id)).toMatchObject({ role: 'STUDENT', removedAt: null })
    // A mentor has no place in a class: no account is made for them.
    expect(await db.ltiUser.findUnique({ where: { issuer_sub: { issuer: ISSUER, sub: `s4-${course}` } } })).toBeNull()
    const context = await db.ltiContext.findUniqueOrThrow({ where: { classId: klass.id } })
    expect(context.lastRosterSyncAt).toBeInstanceOf(Date)
    expect(context.lastRosterSyncSummary).toEqual(summary)
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'LTI_ROSTER_SYNCED', actorId: teacher.id } })
    expect(entry.details).toMatchObject({ classId: klass.id, added: 3, skipped: 1 })
  })

  it('a second sync of the same list changes nothing and says so', async () => {
    const { course, teacher, klass, teacherMember } = await linkedClass()
    courses.set(course, [teacherMember, student(course, 1), student(course, 2)])
    await syncRoster({ userId: teacher.id, classId: klass.id })
    const before = await db.membership.findMany({ where: { classId: klass.id }, orderBy: { id: 'asc' } })

    expect(await syncRoster({ userId: teacher.id, classId: klass.id })).toEqual({
      added: 0,
      reopened: 0,
      removed: 0,
      unchanged: 3,
      skipped: 0,
    })
    expect(await db.membership.findMany({ where: { classId: klass.id }, orderBy: { id: 'asc' } })).toEqual(before)
  })

  it('a member marked Inactive, and a course-site student no longer listed, have their membership closed, not deleted; listing them again reopens it', async () => {
    const { course, teacher, klass, teacherMember } = await linkedClass()
    courses.set(course, [teacherMember, student(course, 1), student(course, 2), student(course, 3)])
    await syncRoster({ userId: teacher.id, classId: klass.id })

    courses.set(course, [teacherMember, student(course, 1, { status: 'Inactive' }), student(course, 2)])
    expect(await syncRoster({ userId: teacher.id, classId: klass.id })).toEqual({
      added: 0,
      reopened: 0,
      removed: 2,
      unchanged: 2,
      skipped: 0,
    })
    expect((await membershipOf(`s1-${course}`, klass.id)).removedAt).toBeInstanceOf(Date)
    expect((await membershipOf(`s3-${course}`, klass.id)).removedAt).toBeInstanceOf(Date)
    expect((await membershipOf(`s2-${course}`, klass.id)).removedAt).toBeNull()

    courses.set(course, [teacherMember, student(course, 1), student(course, 2), student(course, 3)])
    expect(await syncRoster({ userId: teacher.id, classId: klass.id })).toMatchObject({ reopened: 2, removed: 0 })
    expect((await membershipOf(`s1-${course}`, klass.id)).removedAt).toBeNull()
  })

  it('never closes the syncing teacher, nor a student who joined by code without a course-site account', async () => {
    const { course, teacher, klass, teacherMember } = await linkedClass()
    const byCode = await createUser({ name: 'Joined By Code' })
    await enrol(byCode.id, klass.id)
    // The course site lists only a student; neither the teacher nor the code-joined student appear.
    courses.set(course, [student(course, 1), { ...teacherMember, status: 'Deleted' }])

    await syncRoster({ userId: teacher.id, classId: klass.id })

    const open = await db.membership.findMany({ where: { classId: klass.id, removedAt: null }, select: { userId: true } })
    expect(open.map((m) => m.userId)).toEqual(expect.arrayContaining([teacher.id, byCode.id]))
  })

  it('a student who launched before any sync keeps their membership and account: the sync links to them instead of making another', async () => {
    const { course, teacher, klass, teacherMember } = await linkedClass()
    // What a launch leaves: an account linked to (issuer, sub) and a student membership.
    const launched = await createUser({ name: 'Kim Bayar', email: `bayar-${course}@lms.example.edu` })
    await db.ltiUser.create({ data: { issuer: ISSUER, sub: `s1-${course}`, userId: launched.id } })
    const membership = await enrol(launched.id, klass.id)
    courses.set(course, [teacherMember, student(course, 1, { name: 'Kim Bayar' }), student(course, 2)])
    const users = await db.user.count()

    expect(await syncRoster({ userId: teacher.id, classId: klass.id })).toMatchObject({ added: 1, unchanged: 2, removed: 0 })
    expect(await db.user.count()).toBe(users + 1)
    expect(await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).toEqual(membership)
  })

  it('a platform that fails partway changes nothing and the teacher is told the roster was not read', async () => {
    const { course, teacher, klass, teacherMember } = await linkedClass()
    courses.set(course, [teacherMember, student(course, 1), student(course, 2), student(course, 3)])
    failing.add(course)
    const before = await snapshot(klass.id)

    await expect(syncRoster({ userId: teacher.id, classId: klass.id })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/Example LMS did not send its roster, so nothing was changed/),
    })
    expect(await snapshot(klass.id)).toEqual(before)
    failing.delete(course)
  })

  it('someone who does not teach the class is refused as if it did not exist, and nothing is fetched', async () => {
    const { course, klass, teacherMember } = await linkedClass()
    courses.set(course, [teacherMember, student(course, 1)])
    const otherTeacher = await createUser({ role: 'INSTRUCTOR' })
    const pupil = await createUser()
    await enrol(pupil.id, klass.id)
    requests.length = 0

    for (const userId of [otherTeacher.id, pupil.id])
      await expect(syncRoster({ userId, classId: klass.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(requests).toEqual([])
  })
})
