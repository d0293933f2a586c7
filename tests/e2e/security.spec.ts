import { expect, test, type Page } from '@playwright/test'
import { demoInstructor, demoStudent, signInAs, signOut } from './fixtures'

// Each page is watched for the two ways Chromium reports a blocked resource: a console message
// ("Refused to execute inline script…") and a securitypolicyviolation event.
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      )
    })
  })
  return violations
}

function expectStrictPolicy(policy: string | undefined) {
  expect(policy).toBeTruthy()
  const directives = Object.fromEntries(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  )
  expect(directives['default-src']).toEqual(["'self'"])
  expect(directives['script-src']).not.toContain("'unsafe-inline'")
  expect(directives['object-src']).toEqual(["'none'"])
  expect(directives['base-uri']).toEqual(["'self'"])
  expect(directives['form-action']).toEqual(["'self'"])
  expect(directives['frame-ancestors']).toEqual(["'none'"])
}

test('the reader, an App Router page and the sign-in page load under the CSP and the browser reports no violation', async ({ page }) => {
  const violations = await watchForViolations(page)

  const reader = await page.goto('/lessons/batmunkh-kim-1986')
  expectStrictPolicy(reader!.headers()['content-security-policy'])
  // The reader's inline script ran: it unhides the copy buttons.
  await expect(page.locator('button[data-copy-fragment]').first()).toBeVisible()

  const glossary = await page.goto('/lessons/batmunkh-kim-1986/glossary')
  expectStrictPolicy(glossary!.headers()['content-security-policy'])

  const signin = await page.goto('/signin')
  const policy = signin!.headers()['content-security-policy']
  expectStrictPolicy(policy)
  // Over plain http there is no HSTS: it would lock a school LAN's browsers out.
  expect(signin!.headers()['strict-transport-security']).toBeUndefined()
  // Signing in needs the hydrated form: the framework's scripts ran under the nonce.
  await signInAs(page, demoStudent)
  expect(violations).toEqual([])
})

test('each response gets its own nonce', async ({ request }) => {
  const nonce = async () => (await request.get('/signin')).headers()['content-security-policy'].match(/'nonce-([^']+)'/)![1]
  expect(await nonce()).not.toBe(await nonce())
})

for (const hostile of ['/%5Cevil.example/x', '/%09/evil.example', '//evil.example', 'https://evil.example/x']) {
  test(`a callbackUrl of ${hostile} lands on the dashboard after sign-in, not on another site`, async ({ page, baseURL }) => {
    await page.goto(`/signin?callbackUrl=${hostile}`)
    await page.getByLabel('Email').fill(demoStudent.email)
    await page.getByLabel('Password').fill(demoStudent.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(`${baseURL}/dashboard`, { timeout: 20_000 })
  })
}

test('a session cookie copied before sign-out no longer opens the dashboard', async ({ browser }) => {
  const original = await browser.newContext()
  const page = await original.newPage()
  await signInAs(page, demoStudent)
  const copied = await original.cookies()
  await signOut(page)

  const thief = await browser.newContext()
  await thief.addCookies(copied)
  const stolen = await thief.newPage()
  await stolen.goto('/dashboard')
  await expect(stolen).toHaveURL(/\/signin/)
  const session = await (await thief.request.get('/api/auth/session')).json()
  expect(session.user).toBeUndefined()
})

test('the join link names the configured public address over its own scheme, right after creating a class and later', async ({
  browser,
  baseURL,
}) => {
  // The instructor reaches the app by another address than the configured one (NEXTAUTH_URL).
  const otherAddress = baseURL!.replace('localhost', '127.0.0.1')
  const context = await browser.newContext({ baseURL: otherAddress })
  const teacher = await context.newPage()
  await signInAs(teacher, demoInstructor)
  await teacher.goto('/classes')
  await teacher.getByLabel('Class name').fill('HIST 120 — Links that work')
  await teacher.getByLabel('Term').fill('Fall 2027')
  await teacher.getByRole('button', { name: 'Create class' }).click()
  await expect(teacher.getByRole('heading', { level: 1, name: 'HIST 120 — Links that work' })).toBeVisible()
  const code = (await teacher.locator('code').first().textContent())!
  const expected = `${baseURL}/join/${code}`
  await expect(teacher.locator('code').filter({ hasText: '/join/' })).toHaveText(expected)
  await teacher.reload()
  await expect(teacher.locator('code').filter({ hasText: '/join/' })).toHaveText(expected)
})

test('a server-action post over the size limit gets a 413 that says what to do, not a 500', async ({ request }) => {
  const response = await request.post('/signup', {
    headers: { 'Next-Action': 'any', 'Content-Type': 'text/plain' },
    data: 'a'.repeat(3 * 1024 * 1024 + 1),
  })
  expect(response.status()).toBe(413)
  expect(await response.text()).toContain('This form is too large to send')
})
