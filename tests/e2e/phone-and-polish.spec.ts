import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { TQuestion, TQuestionSet } from '@/lib/quiz/question-schema'
import { DEMO_CLASS } from '@/lib/seed/demo-people'
import { demoInstructor, expectAccessible, signIn, signInAs } from './fixtures'
import { world } from './support/worlds'

// Issue 12, defects 11–13: the phone and polish fixes, one test each. The quiz tests share the
// phone-quiz world (one student, a timed quiz); the rest only read.

const PHONE = { width: 390, height: 844 }
// lib/seed/seed-demo-assignment.ts's title (that module is server-only).
const DEMO_ASSIGNMENT_TITLE = 'Reading and comprehension quiz'
const LESSON = '/lessons/batmunkh-kim-1986'
const comprehension: TQuestionSet = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'content/lessons/batmunkh-kim-1986/questions/02-comprehension.json'), 'utf8'),
)
const taker = world('phone-quiz').students[0]

async function openTimedQuiz(page: Page) {
  await signInAs(page, taker)
  await page.getByRole('link', { name: 'Timed comprehension' }).click()
  await page
    .getByRole('listitem')
    .filter({ hasText: comprehension.title })
    .getByRole('button', { name: /Start quiz|Resume quiz/ })
    .click()
  await expect(page).toHaveURL(/\/attempts\//)
  await expect(page.getByText(/^Time left:/)).toBeVisible()
}

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  expect(b, 'the element is laid out').not.toBeNull()
  return b!
}

function expectInside(inner: { x: number; y: number; width: number; height: number }, outer: typeof inner, what: string) {
  expect(inner.x, `${what}: left edge`).toBeGreaterThanOrEqual(outer.x - 1)
  expect(inner.x + inner.width, `${what}: right edge`).toBeLessThanOrEqual(outer.x + outer.width + 1)
  expect(inner.y, `${what}: top edge`).toBeGreaterThanOrEqual(outer.y - 1)
  expect(inner.y + inner.height, `${what}: bottom edge`).toBeLessThanOrEqual(outer.y + outer.height + 1)
}

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: PHONE })

  test('the quiz timer and save status stay on screen at the last question, and a focused field is never under them', async ({ page }) => {
    await openTimedQuiz(page)
    const screen = { x: 0, y: 0, ...PHONE }
    const last = page.locator('section[id^="question-"]').last()
    await last.scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(last).toBeInViewport()
    expectInside(await box(page.getByText(/^Time left:/)), screen, 'the timer')
    expectInside(await box(page.getByRole('status').filter({ hasText: 'All answers saved' })), screen, 'the save status')

    // Put a field just under the bar, then reach it with the keyboard: it must scroll out from under it.
    const bar = page.locator('[data-quiz-status-bar]')
    const field = page.locator('section[id^="question-"] select, section[id^="question-"] textarea').first()
    const before = field.locator('xpath=preceding::*[self::a or self::input or self::select or self::button][1]')
    await field.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 10))
    await before.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }))
    await page.keyboard.press('Tab')
    await expect(field).toBeFocused()
    const barBox = await box(bar)
    expect((await box(field)).y, 'the focused field starts below the status bar').toBeGreaterThanOrEqual(barBox.y + barBox.height - 1)
    await expectAccessible(page)
  })

  test('the map starts with Mongolia and both Koreas inside the visible map box', async ({ page }) => {
    await page.goto(`${LESSON}/map`)
    const map = page.getByRole('region', { name: 'Map', exact: true })
    const visible = await box(map)
    // The map is wider than the phone: it scrolls, and it has been scrolled to the lesson's focus.
    expect(await map.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    for (const country of ['mongolia', 'dprk', 'rok']) {
      expectInside(await box(map.locator(`path[class*="${country}"]`).first()), visible, country)
    }
    for (const label of ['Mongolia', 'North', 'South', 'Ulaanbaatar', 'Pyongyang']) {
      expectInside(
        await box(
          map
            .locator('svg text, svg tspan')
            .filter({ hasText: new RegExp(`^${label}`) })
            .first(),
        ),
        visible,
        label,
      )
    }
  })
})

const longestOption = (q: Extract<TQuestion, { type: 'matching' }>) => q.options.reduce((a, b) => (b.text.length > a.text.length ? b : a))

for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
  test(`a matching question shows the chosen option in full, however long (${viewport.width}px wide)`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await openTimedQuiz(page)
    const q = comprehension.questions.find((x) => x.id === 'comp-terms') as Extract<TQuestion, { type: 'matching' }>
    const option = longestOption(q)
    const choice = page.getByLabel(q.prompts[0].text)
    await choice.selectOption(option.id)
    const face = page.locator(`#question-${q.id} [data-match-face]`).first()
    await expect(face).toHaveText(option.text)
    const fit = await face.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }))
    expect(fit.scroll, 'the chosen option is not cut off').toBeLessThanOrEqual(fit.client)
    expect(fit.right).toBeLessThanOrEqual(viewport.width)
    // The select itself still takes the keyboard, and its value is what the face shows.
    await choice.focus()
    await page.keyboard.press('ArrowDown')
    const next = await choice.evaluate((el: HTMLSelectElement) => el.selectedOptions[0].text)
    await expect(face).toHaveText(next)
    await expect(page.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible({ timeout: 10_000 })
  })
}

test('jumping to ¶20 or to a section leaves its top below the sticky reading toolbar', async ({ page }) => {
  for (const width of [700, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`${LESSON}#p20`)
    const toolbar = page.getByRole('group', { name: 'Reading options' })
    const bottom = async () => {
      const b = await box(toolbar)
      return b.y + b.height
    }
    await expect.poll(async () => (await box(page.locator('#p20'))).y, `¶20 at ${width}px`).toBeGreaterThanOrEqual(await bottom())
    // A section from the lesson's contents: the same rule.
    const link = page.locator('a[href^="#part-"]').first()
    const target = (await link.getAttribute('href'))!.slice(1)
    await link.click()
    await expect(page).toHaveURL(new RegExp(`#${target}$`))
    await expect
      .poll(async () => (await box(page.locator(`[id="${target}"]`))).y, `the section at ${width}px`)
      .toBeGreaterThanOrEqual(await bottom())
  }
})

test('the grader’s “Quote a paragraph” select is a full-size field like the comment above it', async ({ page }) => {
  await signInAs(page, demoInstructor)
  await page.goto('/classes')
  await page.getByRole('link', { name: DEMO_CLASS.name }).click()
  await page.getByRole('link', { name: DEMO_ASSIGNMENT_TITLE }).first().click()
  await page.getByRole('link', { name: 'Grade and give feedback' }).click()
  await page.locator('a[href*="/grade/attempt/"]').first().click()
  const quote = page.getByLabel('Quote a paragraph of the record (optional)').first()
  const comment = page.getByLabel('Comment on this answer').first()
  await expect(quote).toBeVisible()
  const [q, c] = await Promise.all(
    [quote, comment].map((l) => l.evaluate((el) => ({ ...el.getBoundingClientRect().toJSON(), font: getComputedStyle(el).fontSize }))),
  )
  expect(q.height, 'at least the compact field height (2.25rem)').toBeGreaterThanOrEqual(36)
  expect(q.width, 'as wide as the comment field').toBeCloseTo(c.width, 0)
  expect(q.font, 'in the text size, not the browser’s small control font').toBe(c.font)
})

test('after signing in through the form, the header never shows “Sign in”; pages arrive with no account links to flash', async ({
  page,
}) => {
  // Records the header's links at every change of the page, with the address at that moment.
  await page.addInitScript(() => {
    const seen: { path: string; header: string }[] = []
    ;(window as unknown as { headerSeen: typeof seen }).headerSeen = seen
    const record = () => seen.push({ path: location.pathname, header: document.querySelector('header nav')?.textContent ?? '' })
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await signIn(page, world('phone-quiz').students[0])
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  const seen = await page.evaluate(() => (window as unknown as { headerSeen: { path: string; header: string }[] }).headerSeen)
  expect(seen.some((s) => s.path === '/dashboard')).toBe(true)
  expect(seen.filter((s) => s.path !== '/signin' && /Sign (in|up)/.test(s.header))).toEqual([])

  // The HTML itself, before any script: an App Router page and a static lesson page, signed in.
  for (const url of ['/dashboard', LESSON]) {
    const html = await (await page.request.get(url)).text()
    const header = html.match(/<header[\s\S]*?<\/header>/)?.[0] ?? ''
    expect(header, url).toContain('data-account-nav')
    expect(header, url).not.toMatch(/Sign (in|up)/)
  }
})

test('every label on the assignment pages points at a field of its own (no duplicate ids)', async ({ page }) => {
  await signInAs(page, demoInstructor)
  await page.goto('/classes')
  await page.getByRole('link', { name: DEMO_CLASS.name }).click()
  await page.getByRole('link', { name: DEMO_ASSIGNMENT_TITLE }).first().click()
  await expect(page.getByRole('heading', { name: 'Accommodations' })).toBeVisible()
  const problems = await page.evaluate(() => {
    const count = (id: string) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length
    const duplicates = [...new Set([...document.querySelectorAll('[id]')].map((el) => el.id))].filter((id) => count(id) > 1)
    const labels = [...document.querySelectorAll('label[for]')].map((l) => l.getAttribute('for')!).filter((id) => count(id) !== 1)
    return { duplicates, labels }
  })
  expect(problems).toEqual({ duplicates: [], labels: [] })
  // The accommodation form's due date label focuses the accommodation form's field, not the editor's.
  const accommodation = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save accommodation' }) })
  await accommodation.getByText(/^Extended due date/).click()
  expect(await accommodation.evaluate((form) => form.contains(document.activeElement))).toBe(true)
})

test('GET /favicon.ico is an icon, and the static lesson pages link it', async ({ page }) => {
  const response = await page.request.get('/favicon.ico')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^image\//)
  expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]) // an ICO file's header
  const html = await (await page.request.get(`${LESSON}/timeline`)).text()
  expect(html).toMatch(/<link rel="icon" href="\/favicon.ico"/)
})

test('the timeline marks an approximate date with the word and a solid open ring, explained in a legend', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto(`${LESSON}/timeline`)
  const event = page.locator('li[data-certainty="approximate"]').first()
  await expect(event).toContainText('Approximate')
  // The sign before the word is hidden from screen readers; the word is not.
  const spoken = await event.locator('[class*="certainty"]').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove())
    return copy.textContent?.trim()
  })
  expect(spoken).toBe('Approximate')
  expect(await event.evaluate((el) => getComputedStyle(el, '::before').borderTopStyle)).toBe('solid')
  await expect(page.getByText('Open ring: an approximate date')).toBeVisible()
  await expectAccessible(page)
})
