import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { DEMO_CLASS, DEMO_STUDENTS } from '@/lib/seed/demo-people'
import { demoInstructor, demoStudent, expectAccessible, signInAs } from './fixtures'

// The demo class as seeded: 24 students, 16 of whom submitted both quizzes of the demo assignment
// (comprehension, 20 questions; evidence and argument, 10 questions).
const QUESTIONS = 20 + 10

async function openClass(page: Page) {
  await signInAs(page, demoInstructor)
  await page.goto('/classes')
  await page.getByRole('link', { name: DEMO_CLASS.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: DEMO_CLASS.name })).toBeVisible()
  return page.url().replace(/\/$/, '')
}

async function downloadText(page: Page, linkName: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()])
  const bytes = fs.readFileSync((await download.path())!)
  return { filename: download.suggestedFilename(), bytes, text: bytes.toString('utf8') }
}

test('the instructor reads the gradebook, sorts it by score, and downloads both CSV files', async ({ page }) => {
  await openClass(page)
  await page.getByRole('navigation', { name: 'Class' }).getByRole('link', { name: 'Gradebook' }).click()
  await expect(page.getByRole('heading', { name: 'Gradebook', level: 2 })).toBeVisible()
  const table = page.getByRole('table', { name: /Scores by student and assignment/ })
  await expect(table.getByRole('row')).toHaveCount(1 + DEMO_STUDENTS.length + 1) // header, students, class mean
  await expect(table.getByText('provisional').first()).toBeVisible()
  await expectAccessible(page)

  await table.getByRole('link', { name: /^Reading and comprehension quiz$/ }).click()
  await expect(page).toHaveURL(/sort=.+&dir=desc/)
  await expect(page.getByRole('columnheader', { name: /Reading and comprehension quiz/ })).toHaveAttribute('aria-sort', 'descending')
  // Only the sorted column: other tests may have added assignments (and columns) to the class.
  const sorted = page.getByRole('table', { name: /sorted by score/ })
  const column = (await sorted.locator('thead th').allInnerTexts()).findIndex((h) => /Reading and comprehension quiz/.test(h))
  const scores = await sorted
    .locator('tbody tr')
    .evaluateAll((rows, c) => rows.map((r) => (r.children[c] as HTMLElement | undefined)?.innerText ?? ''), column)
  const points = scores.map((t) => Number(/^([\d.]+) \//.exec(t)?.[1] ?? Number.NaN)).filter((n) => !Number.isNaN(n))
  expect(points.length).toBeGreaterThanOrEqual(16)
  expect(points).toEqual([...points].sort((a, b) => b - a))

  // Finding a student keeps the sort, and the search stays in the address.
  await page.getByRole('searchbox', { name: 'Find a student' }).fill('KOWAL')
  await page.getByRole('searchbox', { name: 'Find a student' }).press('Enter')
  await expect(page).toHaveURL(/sort=.+&dir=desc&q=KOWAL/)
  await expect(page.getByRole('status').filter({ hasText: `1 of ${DEMO_STUDENTS.length} students match “KOWAL”.` })).toBeVisible()
  await expect(page.getByRole('table', { name: /sorted by score/ }).locator('tbody tr')).toHaveText([/Ana Kowalski/])
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Show everyone' }).click()
  await expect(page.getByRole('table', { name: /sorted by score/ }).locator('tbody tr')).toHaveCount(DEMO_STUDENTS.length)

  const gradebook = await downloadText(page, 'Download gradebook (CSV)')
  expect(gradebook.filename).toMatch(/^hist-210-the-cold-war-in-asia-gradebook-\d{4}-\d\d-\d\d\.csv$/)
  expect([...gradebook.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(gradebook.text).toContain('Student,Email,Enrolment,Reading and comprehension quiz: score')
  expect(gradebook.text.trimEnd().split('\r\n')).toHaveLength(1 + DEMO_STUDENTS.length)

  const responses = await downloadText(page, 'Download all responses (CSV)')
  expect(responses.filename).toMatch(/-responses-\d{4}-\d\d-\d\d\.csv$/)
  expect(responses.text).toContain(
    'Student,Email,Enrolment,Assignment,Quiz,Question,Question id,Skill,Paragraphs,Attempt,Answer,Score,Out of,Graded by,Graded at\r\n',
  )
  expect(responses.text).toContain(',comp-soviet-troops,comprehension,¶7 ¶8,submitted,')
  // One row per student and question of the demo assignment (other tests may add assignments; demo answers hold no CRLF).
  expect(
    responses.text
      .trimEnd()
      .split('\r\n')
      .filter((line) => line.includes(',Reading and comprehension quiz,')),
  ).toHaveLength(DEMO_STUDENTS.length * QUESTIONS)
})

test('the instructor opens the item analysis and sees which passage the class misread', async ({ page }) => {
  const classUrl = await openClass(page)
  await page.getByRole('link', { name: 'Reading and comprehension quiz' }).first().click()
  await page.getByRole('link', { name: 'Item analysis' }).click()
  await expect(page).toHaveURL(`${classUrl}/assignments/${page.url().split('/assignments/')[1].split('/')[0]}/analysis`)
  await expect(page.getByRole('heading', { level: 2, name: /Item analysis: Reading the record/ })).toBeVisible()
  await expect(page.getByText(/The passage the class misread most is ¶\d+/)).toBeVisible()
  await expect(page.getByRole('img', { name: 'Facility by paragraph of the record' })).toBeVisible()
  await expect(page.getByRole('img', { name: /Discrimination by question/ })).toBeVisible()
  // The seeded misconception (¶8: the withdrawal "imposed" by Moscow) shows as the most picked wrong answer.
  const soviet = page.getByRole('table', { name: /Question 3: Choices/ })
  await expect(soviet.getByRole('row').filter({ hasText: 'most picked wrong answer' })).toContainText('imposed')
  await expectAccessible(page)

  await page
    .getByRole('navigation', { name: 'Quizzes of this assignment' })
    .getByRole('link', { name: /Evidence and argument/ })
    .click()
  await expect(page).toHaveURL(/\?set=evidence-and-argument$/)
  await expect(page.getByRole('heading', { level: 2, name: /Item analysis: Evidence and argument/ })).toBeVisible()
  await expect(
    page
      .getByRole('table', { name: /counts, facility and discrimination/ })
      .getByText(/awaiting grading/)
      .first(),
  ).toBeVisible()
  await expectAccessible(page)
})

test('a student gets 404 from the gradebook, its CSV files and the item analysis', async ({ page }) => {
  const instructor = await page.context().browser()!.newPage()
  const classUrl = await openClass(instructor)
  await instructor.getByRole('link', { name: 'Reading and comprehension quiz' }).first().click()
  const analysisUrl = `${instructor.url()}/analysis`
  await instructor.close()

  await signInAs(page, demoStudent)
  for (const url of [`${classUrl}/gradebook`, analysisUrl]) expect((await page.goto(url))!.status()).toBe(404)
  for (const file of ['gradebook.csv', 'responses.csv']) {
    const response = await page.request.get(`${classUrl}/gradebook/${file}`)
    expect(response.status()).toBe(404)
    expect(response.headers()['content-disposition']).toBeUndefined()
  }
})
