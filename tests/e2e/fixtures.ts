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

type Credentials = { email: string; password: string }

/**
 * Signs in without the form, as Epic Stack's login fixture does: the credentials go to next-auth's
 * endpoint over the page's own request context, so the session cookie lands in the browser context
 * and the test starts on the dashboard. For every test whose subject is not the sign-in form.
 */
export async function signInAs(page: Page, who: Credentials) {
  const request = page.context().request
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: who.email, password: who.password, callbackUrl: '/dashboard', json: 'true' },
    maxRedirects: 0,
  })
  const cookies = await page.context().cookies()
  expect(
    cookies.some((c) => c.name.endsWith('next-auth.session-token')),
    `signing in ${who.email} set no session cookie (HTTP ${response.status()})`,
  ).toBe(true)
  await page.goto('/dashboard')
  await expect(page).toHaveURL(/\/dashboard$/)
}

/** Signs in through the form, as a person does: for the tests of signing in itself. */
export async function signIn(page: Page, who: Credentials) {
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
