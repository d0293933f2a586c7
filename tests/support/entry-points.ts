// The app's entry points, found on disk, and for each a call that its owner may make: the table the
// authorization sweep aims at other people's data, and the abuse suite (tests/integration/abuse)
// turns hostile. Import it (dynamically) after installNextRequestMocks(), like any app module.
import fs from 'node:fs'
import path from 'node:path'
import { registerPlatform } from '@/lib/lti/platforms'
import { shortQuestion, singleQuestion, SECRETS, victimWorld } from '@/tests/factories/sweep-world'
import { NotFoundThrown, RedirectThrown, REQUEST_HEADERS, signInAs, type SessionUser } from '@/tests/setup/next-request-mocks'

/** The sweep's victim class, with a registered LTI platform for the update action to aim at. */
export async function sweepWorld() {
  const world = await victimWorld()
  const issuer = `https://sweep-${world.klass.id}.example.edu`
  return { ...world, platformId: (await registerPlatform(ltiFields(issuer))).id }
}
export type World = Awaited<ReturnType<typeof sweepWorld>>

const APP = path.join(process.cwd(), 'app')
/** Route handlers that are public by design, with the reason. */
export const PUBLIC_ROUTES: Record<string, string> = {
  'api/auth/[...nextauth]/route.ts#GET': 'next-auth itself: sign-in, sign-out, session',
  'api/auth/[...nextauth]/route.ts#POST': 'next-auth itself: sign-in, sign-out, session',
  'api/health/route.ts#GET': 'the load balancer’s health check, which reveals no data',
  'api/lti/login/route.ts#GET':
    'LTI login initiation from a course site: the browser arrives without a session; only a registered platform gets a login',
  'api/lti/login/route.ts#POST':
    'LTI login initiation from a course site: the browser arrives without a session; only a registered platform gets a login',
  'api/lti/launch/route.ts#POST': 'LTI launch: trusted only after the id_token, state and nonce verify (lib/lti/verify-launch.ts)',
  'api/lti/enter/route.ts#GET': 'needs a one-time launch ticket, which only a verified launch issues',
  'api/lti/jwks/route.ts#GET': 'Lectern’s public LTI key set, which platforms fetch without signing in; it holds no secret',
}

/**
 * - 'target': aimed at the victim's data; intruders must be refused, the owner accepted.
 * - 'self': acts only on the caller's own account (or makes something new of theirs); intruders
 *   may succeed, but the victim's data must not change.
 * - 'link': needs a one-time link's secret, which intruders do not have: refused.
 */
export interface Entry {
  scope: 'target' | 'self' | 'link'
  owner?: 'instructor' | 'student' | 'admin'
  args: (w: World) => unknown[]
}
export type RouteEntry = Entry & { url: (w: World) => string; params: (w: World) => Record<string, string>; body?: (w: World) => unknown }

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v)
  return [{}, data]
}
const assignmentFields = (title: string) => ({
  title,
  lessonSlug: 'batmunkh-kim-1986',
  requiredParts: 'record',
  questionSetIds: 'comprehension',
  opensAt: '2026-01-01T09:00',
  dueAt: '2027-12-01T09:00',
  latePolicy: 'CLOSE',
  attemptsAllowed: '1',
  feedbackRelease: 'ON_SUBMIT',
  timeZone: 'UTC',
})
const rubricPlusOne = () => {
  if (shortQuestion.type !== 'short') throw new Error('needs a short answer')
  // A middle level worth one point more: the top still adds up to the question's points.
  const middle = shortQuestion.rubric.find((l) => l.points > 0 && l.points < shortQuestion.points)!
  return { kind: 'levels', levels: shortQuestion.rubric.map((l) => (l.id === middle.id ? { ...l, points: l.points + 1 } : l)) }
}
const topLevel = () => (shortQuestion.type === 'short' ? shortQuestion.rubric.reduce((a, b) => (a.points >= b.points ? a : b)).id : '')
const ltiFields = (issuer: string) => ({
  name: 'Sweep platform',
  issuer,
  clientId: 'sweep-client',
  deploymentIds: 'dep-1',
  authUrl: `${issuer}/auth`,
  tokenUrl: `${issuer}/token`,
  jwksUrl: `${issuer}/jwks`,
  frameOrigins: '',
})
const grading = '(instructor)/classes/[classId]/assignments/[assignmentId]/grade/actions.ts'
const roster = '(instructor)/classes/[classId]/actions.ts'

// Owner calls run in this order, on one world: the ones that close things come last.
export const SWEEP: Record<string, Entry | RouteEntry> = {
  '(instructor)/classes/actions.ts#createInstructorInviteAction': { scope: 'self', args: () => form({ email: '' }) },
  '(instructor)/classes/actions.ts#createClassAction': { scope: 'self', args: () => form({ name: 'Planted class', term: 'Never' }) },
  '(instructor)/classes/actions.ts#issuePasswordResetAction': {
    scope: 'target',
    owner: 'instructor',
    args: (w) => form({ studentId: w.student.id }),
  },
  [`${roster}#updateClassAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => form({ intent: 'rename', classId: w.klass.id, name: 'Hijacked', term: 'Never' }),
  },
  [`${roster}#addStudentsAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => form({ classId: w.klass.id, students: 'Planted Person, planted@example.edu' }),
  },
  [`${roster}#createCoInstructorInviteAction`]: { scope: 'target', owner: 'instructor', args: (w) => form({ classId: w.klass.id }) },
  [`${roster}#createAssignmentAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => form({ classId: w.klass.id, ...assignmentFields('Planted') }),
  },
  [`${roster}#updateAssignmentAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) =>
      form({
        assignmentId: w.quiz.id,
        ...assignmentFields('Hijacked'),
        questionSetIds: ['comprehension', 'evidence-and-argument'],
        attemptsAllowed: '3',
        feedbackRelease: 'MANUAL',
      }),
  },
  [`${roster}#setAccommodationAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) =>
      form({
        assignmentId: w.quiz.id,
        studentId: w.student.id,
        timeMultiplier: '2',
        opensAt: '',
        dueAt: '',
        lateCutoffAt: '',
        timeZone: 'UTC',
      }),
  },
  [`${grading}#gradeAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => [
      {
        assignmentId: w.quiz.id,
        questionId: shortQuestion.id,
        responses: [{ id: w.responseId, version: 0 }],
        choice: { levelId: topLevel() },
      },
    ],
  },
  [`${grading}#commentAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => [{ attemptId: w.gradedAttempt, body: 'Planted comment' }],
  },
  [`${grading}#annotateAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => [
      { responseId: w.responseId, start: 7, end: 13, quotedText: SECRETS.answer.slice(7, 13), body: 'Planted passage comment' },
    ],
  },
  [`${grading}#editAnnotationAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => [{ annotationId: w.annotationId, body: 'Planted edit of a passage comment' }],
  },
  // Deletes the victim's passage comment: after the edit.
  [`${grading}#deleteAnnotationAction`]: { scope: 'target', owner: 'instructor', args: (w) => [{ annotationId: w.annotationId }] },
  [`${grading}#saveToBankAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => [{ assignmentId: w.quiz.id, questionSetId: 'evidence-and-argument', body: 'Planted bank entry' }],
  },
  [`${grading}#searchBankAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => [{ assignmentId: w.quiz.id, questionSetId: 'evidence-and-argument', query: '' }],
  },
  [`${grading}#editRubricAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => [
      { assignmentId: w.quiz.id, questionId: shortQuestion.id, dryRun: false, reason: 'Planted edit', rubric: rubricPlusOne() },
    ],
  },
  [`${grading}#regradeQuestionAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => [{ assignmentId: w.quiz.id, questionId: singleQuestion.id, dryRun: false, reason: 'Planted regrade' }],
  },
  [`${grading}#resolveRegradeAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => form({ assignmentId: w.quiz.id, requestId: w.requestId, resolution: 'Planted reply' }),
  },
  [`${grading}#releaseAction`]: { scope: 'target', owner: 'instructor', args: (w) => form({ assignmentId: w.quiz.id }) },
  [`${grading}#gradingModeAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => form({ assignmentId: w.quiz.id, change: 'anonymous-on' }),
  },
  '(app)/attempts/[attemptId]/actions.ts#requestRegradeAction': {
    scope: 'target',
    owner: 'student',
    args: (w) => form({ attemptId: w.submittedAttempt, message: 'Please look at this attempt again.' }),
  },
  '(app)/assignments/[assignmentId]/actions.ts#startAttemptAction': {
    scope: 'target',
    owner: 'student',
    args: (w) => form({ assignmentId: w.quiz.id, questionSetId: 'comprehension' }),
  },
  '(app)/account/actions.ts#changePasswordAction': {
    scope: 'self',
    args: () => form({ currentPassword: 'not the password', newPassword: 'a planted new passphrase' }),
  },
  '(app)/account/actions.ts#signOutEverywhereAction': { scope: 'self', args: () => form({}) },
  '(app)/account/actions.ts#dismissResetNoticeAction': { scope: 'self', args: () => form({}) },
  '(app)/account/actions.ts#setResetConsentAction': { scope: 'self', args: () => form({ allow: 'on' }) },
  '(app)/join/actions.ts#joinClassAction': { scope: 'self', args: () => form({ code: 'ZZZZ-ZZZZ' }) },
  '(public)/signup/actions.ts#signUpAction': {
    scope: 'self',
    args: () =>
      form({
        name: 'Planted Person',
        email: `planted-${Math.random().toString(36).slice(2)}@example.edu`,
        password: 'a planted passphrase',
      }),
  },
  '(public)/reset/[token]/actions.ts#resetPasswordAction': {
    scope: 'link',
    args: () => form({ token: 'not-a-real-token', password: 'a planted passphrase' }),
  },
  '(public)/invite/[token]/actions.ts#acceptInviteAction': {
    scope: 'link',
    args: () => form({ token: 'not-a-real-token', name: 'Planted', email: 'planted@example.edu', password: 'a planted passphrase' }),
  },
  '(public)/invite/[token]/actions.ts#acceptStudentInviteAction': {
    scope: 'link',
    args: () => form({ token: 'not-a-real-token', name: 'Planted', password: 'a planted passphrase' }),
  },
  '(public)/invite/[token]/actions.ts#acceptCoInstructorInviteAction': { scope: 'link', args: () => form({ token: 'not-a-real-token' }) },
  '(public)/invite/[token]/actions.ts#joinByInviteAction': { scope: 'link', args: () => form({ token: 'not-a-real-token' }) },
  '(instructor)/lti/deep-link/[requestId]/actions.ts#addToCourseAction': {
    scope: 'link',
    args: () => form({ requestId: 'not-a-real-request', ...assignmentFields('Planted deep link') }),
  },
  'api/lti/deep-link/[requestId]/route.ts#GET': {
    scope: 'link',
    args: () => [],
    url: () => '/api/lti/deep-link/not-a-real-request?assignment=none',
    params: () => ({ requestId: 'not-a-real-request' }),
  },
  '(instructor)/classes/[classId]/gradebook/gradebook.csv/route.ts#GET': {
    scope: 'target',
    owner: 'instructor',
    args: () => [],
    url: (w) => `/classes/${w.klass.id}/gradebook/gradebook.csv`,
    params: (w) => ({ classId: w.klass.id }),
  },
  '(instructor)/classes/[classId]/lessons/[lessonSlug]/sets/[setId]/export/[format]/route.ts#GET': {
    scope: 'target',
    owner: 'instructor',
    args: () => [],
    url: (w) => `/classes/${w.klass.id}/lessons/batmunkh-kim-1986/sets/comprehension/export/moodle`,
    params: (w) => ({ classId: w.klass.id, lessonSlug: 'batmunkh-kim-1986', setId: 'comprehension', format: 'moodle' }),
  },
  '(instructor)/classes/[classId]/assignments/[assignmentId]/export/[format]/route.ts#GET': {
    scope: 'target',
    owner: 'instructor',
    args: () => [],
    url: (w) => `/classes/${w.klass.id}/assignments/${w.quiz.id}/export/qti3`,
    params: (w) => ({ classId: w.klass.id, assignmentId: w.quiz.id, format: 'qti3' }),
  },
  '(instructor)/classes/[classId]/gradebook/canvas.csv/route.ts#GET': {
    scope: 'target',
    owner: 'instructor',
    args: () => [],
    url: (w) => `/classes/${w.klass.id}/gradebook/canvas.csv`,
    params: (w) => ({ classId: w.klass.id }),
  },
  '(instructor)/classes/[classId]/gradebook/moodle.csv/route.ts#GET': {
    scope: 'target',
    owner: 'instructor',
    args: () => [],
    url: (w) => `/classes/${w.klass.id}/gradebook/moodle.csv`,
    params: (w) => ({ classId: w.klass.id }),
  },
  '(instructor)/classes/[classId]/gradebook/responses.csv/route.ts#GET': {
    scope: 'target',
    owner: 'instructor',
    args: () => [],
    url: (w) => `/classes/${w.klass.id}/gradebook/responses.csv`,
    params: (w) => ({ classId: w.klass.id }),
  },
  '(instructor)/classes/[classId]/lessons/[lessonSlug]/cartridge/route.ts#GET': {
    scope: 'target',
    owner: 'instructor',
    args: () => [],
    url: (w) => `/classes/${w.klass.id}/lessons/batmunkh-kim-1986/cartridge`,
    params: (w) => ({ classId: w.klass.id, lessonSlug: 'batmunkh-kim-1986' }),
  },
  'api/reading-progress/route.ts#POST': {
    scope: 'self',
    args: () => [],
    url: () => '/api/reading-progress',
    params: () => ({}),
    body: () => ({ lessonSlug: 'batmunkh-kim-1986', sectionId: 'record', seconds: 10 }),
  },
  'api/attempts/[attemptId]/answers/route.ts#POST': {
    scope: 'target',
    owner: 'student',
    args: () => [],
    url: (w) => `/api/attempts/${w.openAttempt}/answers`,
    params: (w) => ({ attemptId: w.openAttempt }),
    body: () => ({
      questionId: singleQuestion.id,
      answer: { choice: singleQuestion.type === 'single' ? singleQuestion.correct : '' },
      seq: 99,
    }),
  },
  'api/attempts/[attemptId]/submit/route.ts#POST': {
    scope: 'target',
    owner: 'student',
    args: () => [],
    url: (w) => `/api/attempts/${w.openAttempt}/submit`,
    params: (w) => ({ attemptId: w.openAttempt }),
  },
  // Hides the student's released feedback (the regrade request above needs it): near the end.
  [`${grading}#withdrawReleaseAction`]: { scope: 'target', owner: 'instructor', args: (w) => form({ assignmentId: w.quiz.id }) },
  '(instructor)/classes/[classId]/roster/join-sheet.csv/route.ts#GET': {
    scope: 'target',
    owner: 'instructor',
    args: () => [],
    url: (w) => `/classes/${w.klass.id}/roster/join-sheet.csv`,
    params: (w) => ({ classId: w.klass.id }),
  },
  // The administrator's acts on the victim's accounts and class; the student is reactivated before the end.
  '(admin)/admin/actions.ts#setRoleAction': {
    scope: 'target',
    owner: 'admin',
    args: (w) => form({ userId: w.student.id, role: 'INSTRUCTOR' }),
  },
  '(admin)/admin/actions.ts#setAccountActiveAction': {
    scope: 'target',
    owner: 'admin',
    args: (w) => form({ userId: w.student.id, intent: 'deactivate' }),
  },
  '(admin)/admin/actions.ts#joinClassAsInstructorAction': { scope: 'target', owner: 'admin', args: (w) => form({ classId: w.klass.id }) },
  // No owner call: the sweep's class has no course site to read a roster from, so the owner's call
  // is refused for that reason; lti-roster-sync.test.ts shows the teacher's sync succeeding and
  // others refused (NOT_FOUND) before anything is fetched.
  [`${roster}#syncRosterAction`]: { scope: 'target', args: (w) => form({ classId: w.klass.id }) },
  // The sweep's quiz is not on a course site: its teacher's call posts nothing and succeeds; everyone
  // else is refused before any row is touched (lti-grade-passback.test.ts posts real ones).
  [`${roster}#retryScoreSyncAction`]: { scope: 'target', owner: 'instructor', args: (w) => form({ assignmentId: w.quiz.id }) },
  // LTI registration is the administrator's alone: everyone else is refused, as for the acts above.
  '(admin)/admin/lti/actions.ts#registerPlatformAction': {
    scope: 'target',
    owner: 'admin',
    args: () => form(ltiFields('https://sweep-register.example.edu')),
  },
  '(admin)/admin/lti/actions.ts#updatePlatformAction': {
    scope: 'target',
    owner: 'admin',
    args: (w) => form({ platformId: w.platformId, ...ltiFields('https://sweep-update.example.edu') }),
  },
  '(admin)/admin/lti/actions.ts#rotateToolKeyAction': { scope: 'target', owner: 'admin', args: () => form({}) },
  // Closes the victim student's membership: last.
  [`${roster}#removeStudentAction`]: {
    scope: 'target',
    owner: 'instructor',
    args: (w) => form({ classId: w.klass.id, studentId: w.student.id }),
  },
}

export type Outcome =
  | { kind: 'returned'; value: unknown; text: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'response'; status: number; text: string }

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

/** Every exported action and route handler under app/, by "file#export". */
export async function entryPoints(): Promise<Map<string, { kind: 'action' | 'route'; fn: (...args: unknown[]) => Promise<unknown> }>> {
  const found = new Map<string, { kind: 'action' | 'route'; fn: (...args: unknown[]) => Promise<unknown> }>()
  const files = (fs.readdirSync(APP, { recursive: true }) as string[]).filter((f) => /(^|\/)(actions|route)\.ts$/.test(f))
  for (const file of files.sort()) {
    const source = fs.readFileSync(path.join(APP, file), 'utf8')
    const isRoute = file.endsWith('route.ts')
    if (!isRoute && !source.startsWith("'use server'")) continue
    if (file.startsWith('api/auth/')) {
      for (const method of ['GET', 'POST']) found.set(`${file}#${method}`, { kind: 'route', fn: async () => undefined })
      continue // next-auth's handler loads its own providers; it is on the public list
    }
    const exports = (await import(path.join(APP, file))) as Record<string, unknown>
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function') continue
      if (isRoute && !HTTP_METHODS.includes(name)) continue
      found.set(`${file}#${name}`, { kind: isRoute ? 'route' : 'action', fn: value as (...args: unknown[]) => Promise<unknown> })
    }
  }
  return found
}

export async function call(
  name: string,
  fn: (...args: unknown[]) => Promise<unknown>,
  entry: Entry | RouteEntry,
  w: World,
  user: SessionUser | null,
  origin = REQUEST_HEADERS.origin,
): Promise<Outcome> {
  if ('url' in entry) {
    const body = entry.body?.(w)
    const method = name.split('#')[1] // a route's entry is named by its file and HTTP method
    const request = new Request(`http://localhost:3000${entry.url(w)}`, {
      method,
      headers: { ...REQUEST_HEADERS, origin, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return callRoute(fn, request, entry.params(w), user)
  }
  return callAction(fn, entry.args(w), user)
}

/** A server action called as `user`; Next's redirect() and notFound() are outcomes, anything else thrown goes on. */
export const callAction = (fn: (...args: unknown[]) => Promise<unknown>, args: unknown[], user: SessionUser | null) =>
  asUser(user, async () => {
    const value = await fn(...args)
    return { kind: 'returned', value, text: JSON.stringify(value ?? null) }
  })

/** A route handler called as `user` with `request` and the route's `params`. */
export const callRoute = (fn: (...args: unknown[]) => Promise<unknown>, request: Request, params: unknown, user: SessionUser | null) =>
  asUser(user, async () => {
    const response = (await fn(request, { params: Promise.resolve(params) })) as Response
    return { kind: 'response', status: response.status, text: await response.text() }
  })

async function asUser(user: SessionUser | null, run: () => Promise<Outcome>): Promise<Outcome> {
  signInAs(user)
  try {
    return await run()
  } catch (error) {
    if (error instanceof RedirectThrown) return { kind: 'redirect', location: error.location }
    if (error instanceof NotFoundThrown) return { kind: 'not-found' }
    throw error
  } finally {
    signInAs(null)
  }
}

export function isRefusal(outcome: Outcome): boolean {
  switch (outcome.kind) {
    case 'redirect':
      return outcome.location.startsWith('/signin')
    case 'not-found':
      return true
    case 'response':
      return [401, 403, 404].includes(outcome.status)
    case 'returned': {
      const value = outcome.value
      if (Array.isArray(value)) return value.length === 0
      return typeof value === 'object' && value !== null && (value as { ok?: boolean }).ok !== true
    }
  }
}

export function isAccepted(outcome: Outcome): boolean {
  if (outcome.kind === 'redirect') return !outcome.location.startsWith('/signin')
  if (outcome.kind === 'response') return outcome.status >= 200 && outcome.status < 300
  if (outcome.kind === 'returned')
    return Array.isArray(outcome.value) ? outcome.value.length > 0 : (outcome.value as { ok?: boolean })?.ok === true
  return false
}
