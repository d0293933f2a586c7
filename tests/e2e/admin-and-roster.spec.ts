import { expect, test, type Page } from '@playwright/test'
import { DEMO_ADMIN, DEMO_PASSWORD } from '@/lib/seed/demo-people'
import { expectAccessible, signIn, signInAs } from './fixtures'
import { world } from './support/worlds'

// Getting a class in (issue 12, defect 9), the roster on a phone (defect 11) and the administrator's
// account tools (defect 10). Each test has a world of its own.

const rosterWorld = world('roster-links')
const adminWorld = world('admin-accounts')
const demoAdmin = { ...DEMO_ADMIN, password: DEMO_PASSWORD }
const origin = () => `http://localhost:${process.env.E2E_PORT ?? 3210}`
const SHOTS = process.env.E2E_SCREENSHOTS

async function shot(page: Page, name: string) {
  if (!SHOTS) return
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

async function openRoster(page: Page) {
  await page.goto('/classes')
  await page.getByRole('link', { name: rosterWorld.className, exact: true }).click()
  await page.getByRole('link', { name: 'Roster', exact: true }).click()
  await expect(page.getByRole('heading', { name: /^Students \(\d+\)/ })).toBeVisible()
}

test('invite and reset links are absolute, copy with one click, stay listed until used, and print on a join sheet', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() })
  await signInAs(page, rosterWorld.instructor)
  await openRoster(page)

  await page.getByLabel('Paste students, one per line: name, email').fill('Ines Invited, ines@example.edu\nOtto Other, otto@example.edu')
  await page.getByRole('button', { name: 'Add students' }).click()
  const results = page.getByRole('status').filter({ hasText: '2 invited or already in the class' })
  await expect(results).toBeVisible()
  const inesLink = (await results
    .getByRole('row', { name: /Ines Invited/ })
    .locator('code')
    .textContent())!
  expect(inesLink).toMatch(new RegExp(`^${origin()}/invite/[A-Za-z0-9_-]{43}$`))
  const copy = results.locator(`button[data-copy-text="${inesLink}"]`)
  await expect(copy).toHaveAccessibleName('Copy invite link for Ines Invited')
  await copy.click()
  await expect(copy).toHaveText(/^Copied/)
  await expect(results.getByText('Copied to the clipboard.')).toBeAttached()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inesLink)
  await expectAccessible(page)

  // A reset link, made and then found again on a fresh load of the page.
  await page.getByRole('button', { name: 'Reset link for Rosa Roster' }).click()
  const made = page.getByRole('status').filter({ hasText: 'Reset link for Rosa Roster' })
  const resetLink = (await made.locator('code').textContent())!
  expect(resetLink).toMatch(new RegExp(`^${origin()}/reset/`))
  await expect(made).toContainText('It stays listed under “Reset links waiting to be used”')

  await page.reload()
  const resets = page.getByRole('region', { name: /Reset links waiting to be used \(1\)/ })
  await expect(resets.getByRole('row', { name: /Rosa Roster/ }).locator('code')).toHaveText(resetLink)
  const invites = page.getByRole('region', { name: 'Invited, not joined yet (2)' })
  await expect(invites.getByRole('row', { name: /Ines Invited/ }).locator('code')).toHaveText(inesLink)
  await invites.getByRole('button', { name: 'Copy invite link for Otto Other' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/invite\//)
  await expectAccessible(page)
  await shot(page, 'roster-desktop')

  // The join sheet: the class's code and link with the steps, and a slip per invited student.
  await page.getByRole('link', { name: 'Join sheet to print' }).click()
  await expect(page.getByRole('heading', { name: `How to join ${rosterWorld.className} (E2E term) on Lectern` })).toBeVisible()
  await expect(page.getByText(new RegExp(`Open ${origin()}/join/[A-Z2-9]{4}-[A-Z2-9]{4} on a phone or computer`))).toBeVisible()
  const slip = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Ines Invited' }) })
  await expect(slip.locator('code')).toHaveText(inesLink)
  await expectAccessible(page)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Print this sheet' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Class' })).toBeHidden()
  await shot(page, 'join-sheet-print')
  await page.emulateMedia({ media: 'screen' })

  const csv = await page.request.get(
    await page
      .getByRole('link', { name: 'Download as CSV' })
      .getAttribute('href')
      .then((h) => h!),
  )
  expect(csv.headers()['content-disposition']).toMatch(/attachment; filename=".*join-sheet-\d{4}-\d{2}-\d{2}\.csv"/)
  expect(await csv.text()).toContain(`Ines Invited,ines@example.edu,${inesLink},`)

  // Once used, the reset link leaves the list.
  const student = await (await page.context().browser()!.newContext()).newPage()
  await student.goto(resetLink)
  await student.getByLabel('New password').fill('rosa’s brand new passphrase')
  await student.getByRole('button', { name: 'Set new password' }).click()
  await expect(student).toHaveURL(/passwordReset=1/)
  await openRoster(page)
  await expect(page.getByRole('region', { name: /Reset links waiting to be used/ })).toHaveCount(0)
})

test('on a 390-pixel phone the roster’s rows stack, so Reset link and Remove are on screen without scrolling sideways', async ({
  browser,
}) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const page = await phone.newPage()
  await signInAs(page, rosterWorld.instructor)
  await openRoster(page)
  const row = page.getByRole('row', { name: /Rosa Roster/ }).first()
  for (const name of ['Reset link for Rosa Roster', 'Remove Rosa Roster']) {
    const button = row.getByRole('button', { name })
    await button.scrollIntoViewIfNeeded()
    await expect(button).toBeInViewport({ ratio: 1 })
  }
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }))
  expect(widths.page).toBeLessThanOrEqual(widths.view)
  await row.getByRole('button', { name: 'Remove Rosa Roster' }).click()
  await expect(row.getByRole('button', { name: 'Yes, remove Rosa Roster' })).toBeInViewport()
  await row.getByRole('button', { name: 'Cancel' }).click()
  await expectAccessible(page)
  await shot(page, 'roster-phone')
  await phone.close()
})

test('the administrator finds a user, changes their role, deactivates and reactivates them, and issues a reset link', async ({
  page,
  browser,
}) => {
  const dieter = adminWorld.students[0]
  // Dieter is signed in elsewhere: deactivation must end that session.
  const dieterContext = await browser.newContext()
  const dieterPage = await dieterContext.newPage()
  await signInAs(dieterPage, dieter)

  await signInAs(page, demoAdmin)
  await page.getByRole('link', { name: 'Admin', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Find a user by name or email').fill('dieter')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('heading', { name: '1 account matching “dieter”' })).toBeVisible()
  await page.getByRole('link', { name: 'Dieter Dahl' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dieter Dahl' })).toBeVisible()
  await expect(page.getByRole('link', { name: adminWorld.className })).toBeVisible()
  await expectAccessible(page)

  await page.getByLabel('Role').selectOption('INSTRUCTOR')
  await page.getByRole('button', { name: 'Change role' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Dieter Dahl is now an instructor' })).toBeVisible()
  await page.getByLabel('Role').selectOption('STUDENT')
  await page.getByRole('button', { name: 'Change role' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Dieter Dahl is now a student' })).toBeVisible()

  await page.getByRole('button', { name: 'Deactivate Dieter Dahl' }).click()
  await page.getByRole('button', { name: 'Yes, deactivate' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Dieter Dahl is deactivated and signed out everywhere.' })).toBeVisible()
  await expect(page.locator('main p strong', { hasText: /^Deactivated$/ })).toBeVisible()
  await expectAccessible(page)
  await shot(page, 'admin-user')

  // His open session has ended, and he cannot sign in.
  await dieterPage.goto('/dashboard')
  await expect(dieterPage).toHaveURL(/\/signin/)
  await dieterPage.getByLabel('Email').fill(dieter.email)
  await dieterPage.getByLabel('Password').fill(dieter.password)
  await dieterPage.getByRole('button', { name: 'Sign in' }).click()
  await expect(dieterPage.locator('main').getByRole('alert')).toContainText('This account has been deactivated')

  await page.getByRole('button', { name: 'Reactivate Dieter Dahl' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Dieter Dahl can sign in again.' })).toBeVisible()
  await signIn(dieterPage, dieter)
  await dieterContext.close()

  await page.getByRole('button', { name: 'Reset link for Dieter Dahl' }).click()
  const made = page.getByRole('status').filter({ hasText: 'Reset link for Dieter Dahl' })
  const link = (await made.locator('code').textContent())!
  expect(link).toMatch(new RegExp(`^${origin()}/reset/`))
  await page.reload()
  await expect(page.getByRole('region', { name: 'Reset links waiting to be used' }).locator('code')).toHaveText(link)
  await expect(page.getByRole('row', { name: /Reset link issued/ }).first()).toBeVisible()
  await expect(page.getByRole('row', { name: /Deactivated/ }).first()).toBeVisible()
  await expectAccessible(page)

  // Their own account cannot be demoted or deactivated from here.
  await page.goto('/admin/users?q=admin%40lectern.test')
  await page.getByRole('link', { name: DEMO_ADMIN.name, exact: true }).click()
  await expect(page.getByText('This is your own account.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Change role' })).toHaveCount(0)

  // Every class and its instructors; the class's work opens once the admin joins it.
  await page.getByRole('link', { name: 'All classes' }).click()
  await page.getByLabel('Find a class by name, term or instructor').fill(adminWorld.className)
  await page.getByRole('button', { name: 'Search' }).click()
  const entry = page.getByRole('row', { name: new RegExp(adminWorld.className) })
  await expect(entry).toContainText(adminWorld.instructor.name)
  await expectAccessible(page)
  await entry.getByRole('link', { name: adminWorld.className }).click()
  await page.getByRole('button', { name: 'Add me as an instructor' }).click()
  await expect(page.getByRole('heading', { level: 1, name: adminWorld.className })).toBeVisible()
  await expect(page.getByText(`taught by ${adminWorld.instructor.name}, ${DEMO_ADMIN.name}`)).toBeVisible()
})
