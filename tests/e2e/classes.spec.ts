import { expect, test } from '@playwright/test'
import { utcToZonedLocal } from '@/lib/time/zoned-time'
import { demoInstructor, demoStudent, expectAccessible, signInAs } from './fixtures'

const HOUR = 3_600_000

test('the whole path: create a class, a student joins, the reading is assigned, the student reads, the overview shows it', async ({
  browser,
}) => {
  // The instructor works in Chicago and the student in Ulaanbaatar: each sees dates in their own zone.
  const instructorContext = await browser.newContext({ timezoneId: 'America/Chicago' })
  const studentContext = await browser.newContext({ timezoneId: 'Asia/Ulaanbaatar' })
  const teacher = await instructorContext.newPage()
  const student = await studentContext.newPage()

  await signInAs(teacher, demoInstructor)
  await teacher.goto('/classes')
  await teacher.getByLabel('Class name').fill('HIST 399 — Sources of the Cold War')
  await teacher.getByLabel('Term').fill('Fall 2027')
  await teacher.getByRole('button', { name: 'Create class' }).click()
  await expect(teacher.getByRole('heading', { level: 1, name: 'HIST 399 — Sources of the Cold War' })).toBeVisible()
  await expectAccessible(teacher)
  const code = (await teacher.locator('code').first().textContent())!
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)

  // One of the demo students who has not opened the reading yet (lib/seed/demo-people.ts).
  const joiner = { email: 'wen.zhao@lectern.test', password: demoStudent.password }
  await signInAs(student, joiner)
  await student.getByLabel('Class join code').fill(code.toLowerCase())
  await student.getByRole('button', { name: 'Join class' }).click()
  await expect(student.getByText('You joined HIST 399 — Sources of the Cold War.')).toBeVisible()
  await expectAccessible(student)

  await teacher.getByRole('link', { name: 'Roster' }).click()
  await expect(teacher.getByRole('rowheader', { name: 'Wen Zhao', exact: true })).toBeVisible()
  await expectAccessible(teacher)

  await teacher.getByRole('link', { name: 'Overview' }).click()
  await teacher.getByRole('link', { name: 'New assignment' }).click()
  await expect(teacher.getByText('your time zone (America/Chicago)')).toBeVisible()
  await expectAccessible(teacher)
  await teacher.getByLabel('Title').fill('Read the record')
  const due = new Date(Date.now() + 3 * 24 * HOUR + 2 * HOUR)
  await teacher.getByLabel('Due', { exact: true }).fill(utcToZonedLocal(due, 'America/Chicago'))
  await teacher.getByRole('button', { name: 'Create assignment' }).click()
  await expect(teacher.getByText('Assignment created.')).toBeVisible()
  await expectAccessible(teacher)

  await student.goto('/dashboard')
  const item = student.getByRole('listitem').filter({ hasText: 'Read the record' })
  await expect(item).toContainText('HIST 399 — Sources of the Cold War')
  await expect(item).toContainText('Not started')
  await expect(item).toContainText(/3 days (1|2) hours? left/)
  // Shown in the student's own zone, Ulaanbaatar (UTC+8), not the instructor's.
  await expect(item.locator('time')).toContainText(/GMT\+8|ULAT/)
  await expectAccessible(student)

  await item.getByRole('link', { name: 'Read the record' }).click()
  await expect(student.getByRole('heading', { level: 1, name: 'Read the record' })).toBeVisible()
  await expectAccessible(student)
  const reading = student.waitForResponse((r) => r.url().endsWith('/api/reading-progress') && r.ok())
  await student.getByRole('link', { name: /The record/ }).click()
  await reading

  await teacher.goto(teacher.url().replace(/\/assignments\/.*$/, ''))
  const row = teacher.getByRole('row', { name: /Read the record/ })
  await expect(row.getByRole('cell').nth(2)).toHaveText('1') // the Reading column
  await expect(teacher.getByRole('heading', { name: 'Read the record: everyone has opened the reading' })).toBeVisible()
  await expectAccessible(teacher)

  await instructorContext.close()
  await studentContext.close()
})

test('a student, and another class’s instructor, get 404 for a class’s pages', async ({ browser }) => {
  const teacherContext = await browser.newContext()
  const teacher = await teacherContext.newPage()
  await signInAs(teacher, demoInstructor)
  await teacher.goto('/classes')
  await teacher.getByRole('link', { name: 'HIST 210 — The Cold War in Asia' }).click()
  const classUrl = teacher.url()
  await teacherContext.close()

  const studentContext = await browser.newContext()
  const student = await studentContext.newPage()
  await signInAs(student, demoStudent)
  for (const suffix of ['', '/roster', '/settings', '/assignments/new']) {
    const response = await student.goto(classUrl + suffix)
    expect(response?.status(), suffix).toBe(404)
  }
  await studentContext.close()
})

test('the demo student sees the demo assignment with their reading progress', async ({ page }) => {
  await signInAs(page, demoStudent)
  const item = page.getByRole('listitem').filter({ hasText: 'Reading and comprehension quiz' })
  await expect(item).toContainText('HIST 210 — The Cold War in Asia')
  await expect(item).toContainText(/(4|5) days/)
  await item.getByRole('link').click()
  await expect(page.getByText('✓')).toHaveCount(1)
  await expectAccessible(page)
})
