import { expect, test, type Page } from '@playwright/test'
import { DEMO_CLASS, DEMO_STUDENTS } from '@/lib/seed/demo-people'
import { demoInstructor, expectAccessible, signInAs } from './fixtures'

// Read-only views of the seeded demo class: 24 students, 20 of whom opened the reading and 16
// submitted both quizzes (with short answers, graded by hand, in the evidence quiz).

async function openClass(page: Page) {
  await signInAs(page, demoInstructor)
  await page.goto('/classes')
  await page.getByRole('link', { name: DEMO_CLASS.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: DEMO_CLASS.name })).toBeVisible()
}

test('the gradebook says its class summary in words, shows reading time, and opens a quiz question by question', async ({ page }) => {
  await openClass(page)
  await page.getByRole('navigation', { name: 'Class' }).getByRole('link', { name: 'Gradebook' }).click()
  const table = page.getByRole('table', { name: /Scores by student and assignment/ })
  const summary = table.locator('tfoot td').first()
  await expect(summary).toContainText(/Mean [\d.]+ of 60 \(\d+%\)/)
  await expect(summary).toContainText(/Median [\d.]+/)
  await expect(summary).toContainText(`16 of ${DEMO_STUDENTS.length} students submitted`)
  await expect(table.getByRole('columnheader', { name: 'Time on the record' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Time on the essays' })).toBeVisible()
  await expect(table.getByText('not opened').first()).toBeVisible()
  await expect(table.getByText(/of 6 opened/).first()).toBeVisible()
  // The table fills its box: no strip of empty box beside it.
  const [box, inner] = await Promise.all([page.getByRole('region', { name: /Scores by student/ }).boundingBox(), table.boundingBox()])
  expect(inner!.width).toBeGreaterThanOrEqual(box!.width - 2)
  await expectAccessible(page)

  await table.getByRole('link', { name: /^By question ?: Reading and comprehension quiz$/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: /Reading and comprehension quiz: scores by question/ })).toBeVisible()
  const byQuestion = page.getByRole('table', { name: /Scores by student and question/ })
  await expect(byQuestion.getByRole('columnheader', { name: /^Q1\b/ })).toBeVisible()
  await expect(byQuestion.locator('tbody tr')).toHaveCount(DEMO_STUDENTS.length)
  await expectAccessible(page)

  await page
    .getByRole('navigation', { name: 'Quizzes of this assignment' })
    .getByRole('link', { name: /Evidence and argument/ })
    .click()
  await expect(page).toHaveURL(/\?set=evidence-and-argument/)
  const evidence = page.getByRole('table', { name: /Scores by student and question, Evidence and argument/ })
  await expect(evidence.getByRole('columnheader', { name: /^Q8 short, graded by you/ })).toBeVisible()
  await expectAccessible(page)

  // A hand-graded cell opens that response on the grading screen, graded or not.
  const cell = evidence.getByRole('link', { name: /answer to Q8$/ }).first()
  await expect(cell).toHaveText(/^(to grade|[\d.]+) — (grade|open) .+’s answer to Q8$/)
  await cell.click()
  await expect(page).toHaveURL(/\/grade\/attempt\/[^/#]+#q-ev-short-sixty-years$/)
  await expect(page.locator('#q-ev-short-sixty-years')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /attempt 1/ })).toBeVisible()
})

test('the Reading tab shows the class’s heat strip in words and each student’s time per part of the lesson', async ({ page }) => {
  await openClass(page)
  await page.getByRole('navigation', { name: 'Class' }).getByRole('link', { name: 'Reading' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /^Reading: / })).toBeVisible()
  const strip = page.getByRole('list', { name: 'Share of the class who opened each part' })
  // The record, its six parts and six essays; each cell says its share in text, not by colour alone.
  await expect(strip.getByRole('listitem')).toHaveCount(13)
  // Other tests may read the lesson as a demo student, so the count is read, then checked for agreement.
  const first = (await strip.getByRole('listitem').first().innerText()).replace(/\s+/g, ' ')
  const [, share, opened] = new RegExp(`(\\d+)%.*?(\\d+) of ${DEMO_STUDENTS.length}`).exec(first) ?? []
  expect(Number(opened)).toBeGreaterThanOrEqual(20)
  expect(Number(share)).toBe(Math.round((100 * Number(opened)) / DEMO_STUDENTS.length))
  await expect(strip.getByRole('listitem').nth(1)).toContainText('¶1–3')
  await expect(
    strip.getByText(`Record, The record (whole page): opened by ${opened} of ${DEMO_STUDENTS.length} students (${share}%)`),
  ).toBeAttached()

  const table = page.getByRole('table', { name: /Reading by student and part/ })
  await expect(table.locator('tbody tr')).toHaveCount(DEMO_STUDENTS.length)
  await expect(table.getByRole('columnheader', { name: /¶4–11/ })).toBeVisible()
  await expect(table.getByText('not opened').first()).toBeVisible()
  await expect(table.locator('tfoot')).toContainText(`${opened} of ${DEMO_STUDENTS.length} opened`)
  await expectAccessible(page)
})

test('on a phone the gradebook by question scrolls sideways with the student column kept in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openClass(page)
  await page.getByRole('navigation', { name: 'Class' }).getByRole('link', { name: 'Gradebook' }).click()
  await page.getByRole('link', { name: /^By question ?: Reading and comprehension quiz$/ }).click()
  const region = page.getByRole('region', { name: /Scores by student and question/ })
  const widths = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
  expect(widths.scroll).toBeGreaterThan(widths.client)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  const firstName = region.locator('tbody th').first()
  const before = (await firstName.boundingBox())!.x
  await region.evaluate((el) => el.scrollBy(300, 0))
  await expect.poll(async () => (await firstName.boundingBox())!.x).toBe(before)
  await expectAccessible(page)
})
