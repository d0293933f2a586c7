// The whole LTI loop in Chromium, through the course-site simulator: the instructor adds an
// assignment from the course site (deep linking), a student launches it, reads and takes the quiz,
// the instructor grades the short answer and releases feedback, and the score reaches the course
// site's gradebook column exactly once — after a failed post that the instructor sees and sends again.
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import type { TQuestionSet } from '@/lib/quiz/question-schema'
import { expectAccessible } from './fixtures'
import { COURSE_USERS, startCourseSite } from './support/lti-course-site'

const setFile = path.join(process.cwd(), 'content/lessons/batmunkh-kim-1986/questions/04-evidence-and-argument.json')
const evidenceSet: TQuestionSet = JSON.parse(fs.readFileSync(setFile, 'utf8'))
const shortQ = evidenceSet.questions.find((q) => q.type === 'short')!
const setPoints = evidenceSet.questions.reduce((sum, q) => sum + q.points, 0)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

let site: Awaited<ReturnType<typeof startCourseSite>>
test.beforeAll(async ({ baseURL }) => {
  site = await startCourseSite(new URL(baseURL!).origin)
})
test.afterAll(async () => site.stop())

test('deep link → student launch, reading and quiz → graded and released → the score reaches the line item once, after a failed post is shown and sent again', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const teacher = await (await browser.newContext()).newPage()
  await teacher.goto(site.courseUrl({ user: 'teacher', message: 'deep' }))
  await expect(teacher.getByRole('heading', { name: /Add a Lectern reading to/ })).toBeVisible({ timeout: 20_000 })
  await teacher.getByLabel('Title').fill('Week 6: weighing the evidence')
  const quizzes = teacher.getByRole('group', { name: 'Quizzes' })
  for (const box of await quizzes.getByRole('checkbox').all()) await box.uncheck()
  await quizzes.getByRole('checkbox', { name: new RegExp(escape(evidenceSet.title)) }).check()
  await teacher.getByRole('radio', { name: 'When I release it' }).check()
  await teacher.getByRole('button', { name: 'Add to E2E course site' }).click()
  await expect(teacher.getByRole('heading', { name: 'Added to your course' })).toBeVisible({ timeout: 20_000 })
  const link = site.placedLinks.at(-1)!
  expect(site.grades.lineItems.get(link.lineItemUrl)).toMatchObject({ label: 'Week 6: weighing the evidence', scoreMaximum: setPoints })

  // The student opens the link in the course site: signed in, on the assignment, reads and submits.
  const student = await (await browser.newContext()).newPage()
  await student.goto(site.courseUrl({ user: 'student', resourceLinkId: link.resourceLinkId }))
  await expect(student.getByRole('heading', { name: 'Week 6: weighing the evidence' })).toBeVisible({ timeout: 20_000 })
  const assignmentUrl = student.url()
  await student
    .getByRole('link', { name: /record/i })
    .first()
    .click()
  // The assignment page has an h1 too: wait for the record's page itself, or the goto below
  // aborts the click's navigation still under way (net::ERR_ABORTED, seen in CI).
  await expect(student).not.toHaveURL(assignmentUrl)
  await expect(student.getByRole('heading', { level: 1 })).toBeVisible()
  await student.goto(assignmentUrl)
  await student
    .getByRole('listitem')
    .filter({ hasText: evidenceSet.title })
    .getByRole('button', { name: /Start quiz|Resume quiz/ })
    .click()
  await expect(student).toHaveURL(/\/attempts\//)
  await student
    .locator(`#question-${shortQ.id}`)
    .getByRole('textbox')
    .fill('The garrison came at Mongolia’s request in 1966; Batmunkh reaches back further.')
  await expect(student.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible({ timeout: 10_000 })
  await student.getByRole('button', { name: 'Review and submit' }).click()
  await student.getByRole('dialog').getByRole('button', { name: 'Submit' }).click()
  await expect(student.getByText('Submitted. Your answers are recorded.')).toBeVisible()

  // The instructor opens the same link: the assignment page says the score waits for release.
  await teacher.goto(site.courseUrl({ user: 'teacher', resourceLinkId: link.resourceLinkId }))
  const panel = teacher.getByRole('region', { name: 'Course site grades' })
  await expect(panel).toContainText('1 waiting until students can see their results', { timeout: 20_000 })
  await teacher.getByRole('link', { name: 'Grade and give feedback' }).click()
  await teacher.getByRole('link', { name: new RegExp(escape(shortQ.prompt.slice(0, 30))) }).click()
  const answer = teacher.getByRole('article', { name: new RegExp(COURSE_USERS.student.name) })
  await answer.focus()
  await teacher.keyboard.press('1')
  await expect(teacher.getByRole('status').filter({ hasText: 'Graded.' })).toBeVisible()
  expect(site.grades.scores).toHaveLength(0)

  // The course site's gradebook is down for the first post after release.
  site.grades.failNextScorePosts(1, 503)
  await teacher.getByRole('link', { name: '← Grading' }).click()
  await teacher.getByRole('button', { name: 'Release feedback to the whole class…' }).click()
  await teacher
    .getByRole('dialog', { name: /Release feedback to \d+ students?\?/ })
    .getByRole('button', { name: 'Release feedback' })
    .click()
  await expect(teacher.getByRole('status').filter({ hasText: /Released/i })).toBeVisible()

  await teacher.goto(site.courseUrl({ user: 'teacher', resourceLinkId: link.resourceLinkId }))
  await expect(async () => {
    await teacher.reload()
    await expect(panel.getByRole('row', { name: new RegExp(COURSE_USERS.student.name) })).toContainText('Try 1 failed', { timeout: 1000 })
  }).toPass({ timeout: 30_000 })
  await expect(panel).toContainText("E2E course site's gradebook was unavailable (HTTP 503)")
  await expectAccessible(teacher)
  await teacher.screenshot({ path: 'test-results/lti-grade-failed.png', fullPage: true })
  expect(site.grades.scores).toHaveLength(0)

  await panel.getByRole('button', { name: `Post again for ${COURSE_USERS.student.name}` }).click()
  await expect(panel.getByText('Posted 1 score to the course site.')).toBeVisible({ timeout: 20_000 })
  await teacher.reload()
  await expect(panel).toContainText('1 posted')
  await teacher.screenshot({ path: 'test-results/lti-grade-posted.png', fullPage: true })

  // A few poller rounds later there is still exactly one score, the graded total out of full marks.
  await teacher.waitForTimeout(3000)
  const posts = site.grades.scores.filter((s) => s.body.userId === COURSE_USERS.student.sub)
  expect(posts).toHaveLength(1)
  expect(posts[0]).toMatchObject({
    lineItem: link.lineItemUrl,
    body: { scoreGiven: shortQ.points, scoreMaximum: setPoints, gradingProgress: 'FullyGraded', activityProgress: 'Completed' },
  })
})
