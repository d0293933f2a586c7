// Launching Lectern from a course site in Chromium, in a cross-site frame: with platform storage
// Lectern keeps the state there and stays in the frame; without it, it offers a window of its own —
// and in both the person arrives signed in, where the launch said.
import { expect, test } from '@playwright/test'
import { startCourseSite } from './support/lti-course-site'

let site: Awaited<ReturnType<typeof startCourseSite>>
test.beforeAll(async ({ baseURL }) => {
  site = await startCourseSite(new URL(baseURL!).origin)
})
test.afterAll(async () => site.stop())

test('an instructor launched in a frame with platform storage stays in the frame, signed in, on the class made for the course', async ({
  page,
}) => {
  await page.goto(site.courseUrl({ user: 'teacher', frame: true, storage: true }))
  const tool = page.frameLocator('iframe[name="tool"]')
  await expect(tool.getByRole('heading', { name: /Asia in the Late Cold War/ })).toBeVisible({ timeout: 20_000 })
  await page.screenshot({ path: 'test-results/lti-frame-storage.png', fullPage: true })
})

test('a launch in a frame without platform storage (its state cookie would be third-party) starts again in a new window, where the student arrives signed in', async ({
  page,
}) => {
  // The student's course exists: the instructor launched first (the test above).
  await page.goto(site.courseUrl({ user: 'student', frame: true }))
  const tool = page.frameLocator('iframe[name="tool"]')
  const open = tool.getByRole('link', { name: 'Open Lectern in a new window' })
  await expect(open).toBeVisible({ timeout: 20_000 })
  await page.screenshot({ path: 'test-results/lti-frame-new-window.png', fullPage: true })
  const [popup] = await Promise.all([page.waitForEvent('popup'), open.click()])
  await expect(popup).toHaveURL(/\/dashboard$/)
  await expect(popup.getByRole('link', { name: /Account \(Tuya Bat\)/ })).toBeVisible()
})

test('a deep-linking launch opened in its own window lets the instructor add an assignment, and the course site receives the signed answer', async ({
  page,
}) => {
  await page.goto(site.courseUrl({ user: 'teacher', message: 'deep' }))
  await expect(page.getByRole('heading', { name: /Add a Lectern reading to Asia in the Late Cold War/ })).toBeVisible({ timeout: 20_000 })
  await page.getByLabel('Title').fill('Week 5: Batmunkh and Kim')
  await page.getByRole('button', { name: 'Add to E2E course site' }).click()
  await expect(page.getByRole('heading', { name: 'Added to your course' })).toBeVisible({ timeout: 20_000 })
  expect(site.deepLinkAnswers).toHaveLength(1)
})
