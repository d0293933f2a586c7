import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { DEMO_INSTRUCTOR, DEMO_PASSWORD, DEMO_STUDENTS } from '@/lib/seed/demo-people'

export const demoStudent = { ...DEMO_STUDENTS[0], password: DEMO_PASSWORD }
export const demoInstructor = { ...DEMO_INSTRUCTOR, password: DEMO_PASSWORD }

/** Fails with axe's own report if the page has any WCAG 2.0–2.2 A/AA violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto('/signin')
  await page.getByLabel('Email').fill(who.email)
  await page.getByLabel('Password').fill(who.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  // The first sign-in after start-up also warms the database; bcrypt is slow by design.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 20_000 })
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/signin\?signedOut=1/)
}
