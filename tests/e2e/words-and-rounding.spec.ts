import { expect, test, type Page } from '@playwright/test'
import { DEMO_CLASS } from '@/lib/seed/demo-people'
import { demoInstructor, signInAs } from './fixtures'
import { world } from './support/worlds'

// Issue 12, defects 2 and 13: what the first term's instructors read on screen and in the CSV. These
// tests only read: the demo class as seeded, and a world with a single student.

async function openDemoAssignment(page: Page) {
  await signInAs(page, demoInstructor)
  await page.goto('/classes')
  await page.getByRole('link', { name: DEMO_CLASS.name }).click()
  await page.getByRole('link', { name: 'Reading and comprehension quiz' }).first().click()
  await expect(page).toHaveURL(/\/assignments\/[^/]+$/)
  return page.url().replace(/\/$/, '')
}

test('every score in the gradebook, on screen and in its CSV, has at most two decimals', async ({ page }) => {
  await signInAs(page, demoInstructor)
  await page.goto('/classes')
  await page.getByRole('link', { name: DEMO_CLASS.name }).click()
  await page.getByRole('navigation', { name: 'Class' }).getByRole('link', { name: 'Gradebook' }).click()
  const table = page.getByRole('table', { name: /Scores by student and assignment/ })
  const numbersOnScreen = ((await table.innerText()).match(/\d+\.\d+/g) ?? []).filter((n) => !/^\d{1,2}\.\d{1,2}\.\d/.test(n))
  // Partial credit on the demo class's ordering and matching answers gives fractional totals to round.
  expect(numbersOnScreen.length).toBeGreaterThan(0)
  for (const n of numbersOnScreen) expect(n, 'a score on screen').toMatch(/^\d+\.\d{1,2}$/)

  const response = await page.context().request.get(page.url().replace(/\?.*$/, '') + '/gradebook.csv')
  expect(response.status()).toBe(200)
  const cells = (await response.text()).split(/[\r\n,]+/).filter((cell) => /^\d+\.\d+$/.test(cell))
  expect(cells.length).toBeGreaterThan(0)
  expect(
    cells.filter((cell) => !/^\d+\.\d{1,2}$/.test(cell)),
    'CSV cells with float noise',
  ).toEqual([])
})

test('a class with one student says "1 student", never "1 students"', async ({ page }) => {
  const solo = world('answer-review-attempts')
  await signInAs(page, solo.instructor)
  await expect(page.getByText(/\b1 student\b/).first()).toBeVisible()
  await expect(page.getByText(/\b1 students\b/)).toHaveCount(0)
  await page.goto('/classes')
  await expect(page.getByText(/\b1 students\b/)).toHaveCount(0)
})

test('grading a choice question offers no "Group identical answers"; a short answer says what its suggestion rests on', async ({
  page,
}) => {
  const assignmentUrl = await openDemoAssignment(page)
  await page.goto(`${assignmentUrl}/grade/comp-soviet-troops`)
  await expect(page.getByRole('heading', { name: /Grade by question/ })).toBeVisible()
  await expect(page.getByText(/Group identical answers/)).toHaveCount(0)

  await page.goto(`${assignmentUrl}/grade/ev-short-partial-withdrawal`)
  await expect(page.getByRole('heading', { name: /Grade by question/ })).toBeVisible()
  await expect(page.getByText(/Group identical answers \([1-9]\d* distinct\)/)).toBeVisible()
  await expect(page.getByText(/expected phrases suggest \d+(\.\d{1,2})? \/ \d+/).first()).toBeVisible()
  await expect(page.getByText(/suggested 0\b/)).toHaveCount(0)
})

test('the lesson describes itself as "Mongolia’s and North Korea’s leaders weigh …"', async ({ page }) => {
  await page.goto('/lessons/batmunkh-kim-1986')
  const description = await page.locator('meta[name="description"]').getAttribute('content')
  expect(description).toMatch(/^Mongolia’s and North Korea’s leaders weigh /)
  expect(description).not.toMatch(/North Korea’s weigh/)
})
