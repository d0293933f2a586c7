// Grade passback over Assignment and Grade Services, against the simulator's token endpoint and
// line items (tests/lti-simulator/grade-services.ts). The rule under test: a course site is shown a
// score exactly when the student is, once per change, through a queue that survives failures.
import crypto from 'node:crypto'
import { jest } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createUser, enrol, openQuiz } from '@/tests/factories'
import { gradeServices } from '@/tests/lti-simulator/grade-services'

const { db } = await import('@/lib/db')
const { loadQuestionSet } = await import('@/lib/content/question-sets')
const { registerPlatform } = await import('@/lib/lti/platforms')
const { publishedKeySet } = await import('@/lib/lti/tool-keys')
const { clientAssertion } = await import('@/lib/lti/service-token')
const { startAttempt } = await import('@/lib/quiz/start-attempt')
const { saveAnswer } = await import('@/lib/quiz/save-answer')
const { submitAttempt } = await import('@/lib/quiz/submit-attempt')
const { gradeResponses } = await import('@/lib/review/grading/grade-responses')
const { releaseFeedback } = await import('@/lib/review/grading/release-feedback')
const { withdrawFeedback } = await import('@/lib/review/grading/withdraw-feedback')
const { getGradebook } = await import('@/lib/review/gradebook')
const { sendDueScores, MAX_TRIES } = await import('@/lib/lti/ags/send-scores')
const { queueTimeReleasedScores } = await import('@/lib/lti/ags/score-sync-poller')
const { retryScoreSync } = await import('@/lib/lti/ags/retry-score-sync')
const { scoreSyncStatus } = await import('@/lib/lti/ags/score-sync-status')

const comprehension = (await loadQuestionSet('batmunkh-kim-1986', 'comprehension')).set
const single = comprehension.questions.find((q) => q.type === 'single')!
if (single.type !== 'single') throw new Error('needs a single choice question')
const evidence = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set
const shortQ = evidence.questions.find((q) => q.type === 'short')!
if (shortQ.type !== 'short') throw new Error('needs a short answer question')
const topLevel = shortQ.rubric.reduce((a, b) => (a.points >= b.points ? a : b))

const CLIENT_ID = 'ags-client'
let origin = ''
const sim = {} as ReturnType<typeof gradeServices>
const server = http.createServer(async (req, res) => {
  let body = ''
  for await (const chunk of req) body += chunk
  if (!(await sim.handle(req, res, body))) res.writeHead(404).end()
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
Object.assign(sim, gradeServices({ origin, clientId: CLIENT_ID, toolKeySet: () => publishedKeySet() }))
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
// Failed posts are logged as warnings on purpose; the tests read the queue rows instead.
beforeEach(() => void jest.spyOn(console, 'warn').mockImplementation(() => {}))

let platform = { id: '', issuer: 'https://ags.lms.example' }
beforeAll(async () => {
  const { id } = await registerPlatform({
    name: 'Example LMS',
    issuer: platform.issuer,
    clientId: CLIENT_ID,
    deploymentIds: 'dep-1',
    authUrl: `${origin}/authorize`,
    tokenUrl: `${origin}/token`,
    jwksUrl: `${origin}/jwks`,
  })
  platform = { ...platform, id }
})

const HOUR = 3_600_000

/** A class linked to a course, one course-site student, an assignment placed as a link with a line item. */
async function linkedQuiz(overrides: Record<string, unknown> = {}, opts: { withLineItem?: boolean } = {}) {
  const ctx = await openQuiz({ questionSetIds: ['comprehension'], attemptsAllowed: 1, ...overrides })
  const course = crypto.randomBytes(4).toString('hex')
  await db.ltiContext.create({
    data: {
      platformId: platform.id,
      deploymentId: 'dep-1',
      contextId: course,
      classId: ctx.klass.id,
      title: 'Cold War Asia',
      lineItemsUrl: `${origin}/courses/${course}/lineitems`,
    },
  })
  const sub = `student-${course}`
  await db.ltiUser.create({ data: { issuer: platform.issuer, sub, userId: ctx.student.id } })
  const lineItem =
    opts.withLineItem === false ? null : sim.addLineItem(course, { label: 'Quiz', scoreMaximum: 10, resourceId: ctx.assignment.id })
  const link = await db.ltiResourceLink.create({
    data: { platformId: platform.id, resourceLinkId: `link-${course}`, assignmentId: ctx.assignment.id, lineItemUrl: lineItem?.id ?? null },
  })
  const postsFor = () => sim.scores.filter((s) => s.body.userId === sub)
  const row = () =>
    db.ltiScoreSync.findUniqueOrThrow({ where: { resourceLinkId_userId: { resourceLinkId: link.id, userId: ctx.student.id } } })
  return { ...ctx, course, sub, lineItem, link, postsFor, row }
}

async function submit(
  userId: string,
  assignmentId: string,
  questionSetId: string,
  answers: { questionId: string; answer: unknown }[],
  now?: Date,
) {
  const { attemptId } = await startAttempt({ userId, assignmentId, questionSetId })
  for (const [i, a] of answers.entries()) await saveAnswer({ userId, attemptId, input: { ...a, seq: i + 1 } })
  await submitAttempt({ userId, attemptId, now })
  return db.attempt.findUniqueOrThrow({ where: { id: attemptId } })
}

const rightAnswer = [{ questionId: single.id, answer: { choice: single.correct } }]

describe('LTI grade passback (AGS)', () => {
  it('an automatically scored quiz released on submit is posted once, with the gradebook’s score, the student’s sub and the score media type', async () => {
    const w = await linkedQuiz({ feedbackRelease: 'ON_SUBMIT' })
    const attempt = await submit(w.student.id, w.assignment.id, 'comprehension', rightAnswer)
    expect((await w.row()).status).toBe('PENDING')

    expect(await sendDueScores()).toMatchObject({ posted: 1, failed: 0 })
    expect(await sendDueScores()).toEqual({ posted: 0, retrying: 0, failed: 0 })

    const posts = w.postsFor()
    expect(posts).toHaveLength(1)
    const gradebook = await getGradebook({ userId: w.instructor.id, classId: w.klass.id })
    const cell = gradebook.students.find((s) => s.id === w.student.id)!.cells[w.assignment.id]
    expect(posts[0]).toMatchObject({
      lineItem: w.lineItem!.id,
      body: {
        userId: w.sub,
        scoreGiven: attempt.score,
        scoreMaximum: gradebook.assignments[0].outOf,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
      },
    })
    expect(posts[0].body.scoreGiven).toBe(cell.score)
    expect(posts[0].scopes).toEqual(['https://purl.imsglobal.org/spec/lti-ags/scope/score'])
    expect(new Date(posts[0].body.timestamp).getTime()).toBe((await w.row()).changedAt.getTime())
    expect(await w.row()).toMatchObject({ status: 'POSTED', postedScore: attempt.score, tries: 0, lastError: null })
  })

  it('every client assertion carries a fresh jti, and the token endpoint refuses one used again', async () => {
    const registered = await db.ltiPlatform.findUniqueOrThrow({ where: { id: platform.id } })
    const assertion = await clientAssertion(registered)
    const ask = () =>
      fetch(sim.tokenUrl, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: assertion,
          scope: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
        }),
      })
    expect((await ask()).status).toBe(200)
    const again = await ask()
    expect(again.status).toBe(400)
    expect(await again.json()).toMatchObject({ error: 'invalid_grant', error_description: 'Duplicate nonce detected' })
    expect(await clientAssertion(registered)).not.toBe(assertion)
  })

  it('“after the due date”: nothing is posted before the due date; the clock alone then queues it and it is posted once', async () => {
    const w = await linkedQuiz({ feedbackRelease: 'AFTER_DUE' })
    const attempt = await submit(w.student.id, w.assignment.id, 'comprehension', rightAnswer)
    expect((await w.row()).status).toBe('HELD')
    await sendDueScores()
    await queueTimeReleasedScores()
    await sendDueScores()
    expect(w.postsFor()).toHaveLength(0)

    const afterDue = new Date(w.assignment.dueAt.getTime() + 60_000)
    expect(await queueTimeReleasedScores(afterDue)).toBeGreaterThanOrEqual(1)
    await sendDueScores({ now: afterDue })
    await queueTimeReleasedScores(afterDue)
    await sendDueScores({ now: afterDue })
    expect(w.postsFor().map((p) => p.body.scoreGiven)).toEqual([attempt.score])
  })

  it('a short answer: the automatic part goes as PendingManual, the graded total as FullyGraded — two posts, the second the final score', async () => {
    const w = await linkedQuiz({ feedbackRelease: 'ON_SUBMIT', questionSetIds: ['evidence-and-argument'] })
    const attempt = await submit(w.student.id, w.assignment.id, 'evidence-and-argument', [
      { questionId: shortQ.id, answer: { text: 'Mongolia asked for the Soviet troops in 1966.' } },
    ])
    await sendDueScores()
    const response = await db.response.findFirstOrThrow({ where: { attemptId: attempt.id, questionId: shortQ.id } })
    await gradeResponses({
      userId: w.instructor.id,
      input: {
        assignmentId: w.assignment.id,
        questionId: shortQ.id,
        responses: [{ id: response.id, version: response.gradeVersion }],
        choice: { levelId: topLevel.id },
      },
    })
    await sendDueScores()
    await sendDueScores()

    const posts = w.postsFor().map((p) => p.body)
    expect(posts.map((p) => p.gradingProgress)).toEqual(['PendingManual', 'FullyGraded'])
    const graded = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })
    expect(posts[1].scoreGiven).toBe(graded.score)
    expect(posts[1].scoreGiven! - posts[0].scoreGiven!).toBe(topLevel.points)
    expect(new Date(posts[1].timestamp).getTime()).toBeGreaterThan(new Date(posts[0].timestamp).getTime())
  })

  it('manual release: held until released, posted once on release, and taken back (a post with no score) when feedback is withdrawn', async () => {
    const w = await linkedQuiz({ feedbackRelease: 'MANUAL' })
    const attempt = await submit(w.student.id, w.assignment.id, 'comprehension', rightAnswer)
    await sendDueScores()
    expect(w.postsFor()).toHaveLength(0)

    await releaseFeedback({ userId: w.instructor.id, assignmentId: w.assignment.id })
    await sendDueScores()
    await sendDueScores()
    expect(w.postsFor().map((p) => p.body.scoreGiven)).toEqual([attempt.score])

    await withdrawFeedback({ userId: w.instructor.id, assignmentId: w.assignment.id })
    await sendDueScores()
    const cleared = w.postsFor()[1].body
    expect(cleared).toMatchObject({ gradingProgress: 'Pending', activityProgress: 'Completed' })
    expect(cleared).not.toHaveProperty('scoreGiven')
    expect(w.postsFor()).toHaveLength(2)
  })

  it('a failed post is kept with its error and retried after the backoff, then posted once', async () => {
    const w = await linkedQuiz({ feedbackRelease: 'ON_SUBMIT' })
    await submit(w.student.id, w.assignment.id, 'comprehension', rightAnswer)
    sim.failNextScorePosts(1, 503)
    const start = Date.now()

    expect(await sendDueScores()).toMatchObject({ posted: 0, retrying: 1 })
    const waiting = await w.row()
    expect(waiting).toMatchObject({ status: 'PENDING', tries: 1 })
    expect(waiting.lastError).toMatch(/^Example LMS's gradebook was unavailable \(HTTP 503\)/)
    expect(waiting.nextTryAt.getTime()).toBeGreaterThanOrEqual(start + 30_000)
    expect(await sendDueScores()).toMatchObject({ posted: 0 })

    expect(await sendDueScores({ now: new Date(waiting.nextTryAt.getTime() + 1) })).toMatchObject({ posted: 1 })
    expect(w.postsFor()).toHaveLength(1)
    expect(await w.row()).toMatchObject({ status: 'POSTED', tries: 0, lastError: null })
  })

  it(`after ${MAX_TRIES} failed tries a score is FAILED and shown to the instructor, who can post it again; another instructor cannot`, async () => {
    const w = await linkedQuiz({ feedbackRelease: 'ON_SUBMIT' })
    await submit(w.student.id, w.assignment.id, 'comprehension', rightAnswer)
    sim.failNextScorePosts(MAX_TRIES, 500)
    let now = new Date()
    for (let i = 0; i < MAX_TRIES; i++) {
      await sendDueScores({ now })
      now = new Date((await w.row()).nextTryAt.getTime() + 1)
    }
    expect(await w.row()).toMatchObject({ status: 'FAILED', tries: MAX_TRIES })
    const status = await scoreSyncStatus({ userId: w.instructor.id, assignmentId: w.assignment.id })
    expect(status).toMatchObject({ platformNames: ['Example LMS'], counts: { FAILED: 1, POSTED: 0 } })
    expect(status!.problems[0]).toMatchObject({ studentName: w.student.name, status: 'FAILED' })
    expect(status!.problems[0].lastError).toMatch(/^Example LMS's gradebook was unavailable \(HTTP 500\)/)

    const stranger = await createUser({ role: 'INSTRUCTOR' })
    await expect(retryScoreSync({ userId: stranger.id, assignmentId: w.assignment.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await scoreSyncStatus({ userId: stranger.id, assignmentId: w.assignment.id })).toBeNull()
    expect((await w.row()).status).toBe('FAILED')

    expect(await retryScoreSync({ userId: w.instructor.id, assignmentId: w.assignment.id })).toMatchObject({ posted: 1 })
    expect(w.postsFor()).toHaveLength(1)
    expect(await w.row()).toMatchObject({ status: 'POSTED', tries: 0 })
  })

  it('a line item the course site deleted (404) fails at once, with no retries', async () => {
    const w = await linkedQuiz({ feedbackRelease: 'ON_SUBMIT' })
    sim.lineItems.delete(w.lineItem!.id)
    await submit(w.student.id, w.assignment.id, 'comprehension', rightAnswer)
    expect(await sendDueScores()).toMatchObject({ failed: 1 })
    expect(await w.row()).toMatchObject({ status: 'FAILED', tries: 1 })
  })

  it('two senders at once (two app processes) post a score once', async () => {
    const w = await linkedQuiz({ feedbackRelease: 'ON_SUBMIT' })
    await submit(w.student.id, w.assignment.id, 'comprehension', rightAnswer)
    const results = await Promise.all([sendDueScores(), sendDueScores(), sendDueScores()])
    expect(results.reduce((n, r) => n + r.posted, 0)).toBe(1)
    expect(w.postsFor()).toHaveLength(1)
  })

  it('a link with no line item: Lectern finds or makes its own column once (resourceId = the assignment) and remembers it', async () => {
    const w = await linkedQuiz({ feedbackRelease: 'ON_SUBMIT' }, { withLineItem: false })
    await submit(w.student.id, w.assignment.id, 'comprehension', rightAnswer)
    await sendDueScores()
    const made = [...sim.lineItems.values()].filter((i) => i.resourceId === w.assignment.id)
    expect(made).toHaveLength(1)
    expect(made[0]).toMatchObject({ label: w.assignment.title, resourceLinkId: `link-${w.course}`, tag: 'lectern' })
    expect((await db.ltiResourceLink.findUniqueOrThrow({ where: { id: w.link.id } })).lineItemUrl).toBe(made[0].id)
    expect(w.postsFor().map((p) => p.lineItem)).toEqual([made[0].id])
  })

  it('students who joined by code, not from the course site, are never posted for', async () => {
    const w = await linkedQuiz({ feedbackRelease: 'ON_SUBMIT' })
    const byCode = await createUser({ name: 'Joined By Code' })
    await enrol(byCode.id, w.klass.id)
    await submit(byCode.id, w.assignment.id, 'comprehension', rightAnswer)
    expect(await db.ltiScoreSync.count({ where: { userId: byCode.id } })).toBe(0)
  })

  it('an assignment not linked to any course site queues nothing', async () => {
    const ctx = await openQuiz({ questionSetIds: ['comprehension'] })
    const before = await db.ltiScoreSync.count()
    await submit(ctx.student.id, ctx.assignment.id, 'comprehension', rightAnswer, new Date(Date.now() + HOUR))
    expect(await db.ltiScoreSync.count()).toBe(before)
  })
})
