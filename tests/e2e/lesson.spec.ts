import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { extractSourceRecord } from '@/lib/content/source-text'
import { demoStudent, expectAccessible, signInAs } from './fixtures'

const LESSON = '/lessons/batmunkh-kim-1986'
const PHONE = { width: 360, height: 740 }
const DESKTOP = { width: 1280, height: 900 }
const SHOTS = '/tmp/shots'

const lessonDir = path.join(process.cwd(), 'content', 'lessons', 'batmunkh-kim-1986')
const lessonInfo = JSON.parse(fs.readFileSync(path.join(lessonDir, 'lesson.json'), 'utf8'))
const source = extractSourceRecord(fs.readFileSync(path.join(lessonDir, lessonInfo.source.file), 'utf8'), lessonInfo.source)!
const NOTES = (JSON.parse(fs.readFileSync(path.join(lessonDir, 'annotations.json'), 'utf8')) as unknown[]).length

/** Each rendered paragraph's text without the note numbers. */
async function recordTexts(page: Page): Promise<string[]> {
  return page.locator('[data-record-text]').evaluateAll((paragraphs) =>
    paragraphs.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement
      copy.querySelectorAll('[data-apparatus]').forEach((el) => el.remove())
      return copy.textContent ?? ''
    }),
  )
}

async function screenshot(page: Page, name: string, target?: string) {
  fs.mkdirSync(SHOTS, { recursive: true })
  if (target) await page.locator(target).scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) })
}

for (const [device, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  test.describe(`on a ${device} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport })

    test('the reader shows the whole record word for word, with its notes, and is accessible', async ({ page }) => {
      await page.goto(LESSON)
      await expect(page.getByRole('heading', { level: 1, name: lessonInfo.title })).toBeVisible()
      await expect(page.locator('[data-record-text]')).toHaveCount(28)
      expect(await recordTexts(page)).toEqual(source.paragraphs)
      await expect(page.locator('details[data-note] > summary')).toHaveCount(NOTES)
      await expect(page.getByRole('heading', { name: 'About this document' })).toBeVisible()
      await expect(
        page.locator('#provenance dd', { hasText: 'Obtained and translated for NKIDP by Sergey Radchenko and Onon Perenlei.' }),
      ).toBeVisible()
      await expectAccessible(page)
      await screenshot(page, `reader-${device}-light-top`)
      await screenshot(page, `reader-${device}-light-card`, '#date-question')
      // The record is laid out only near the viewport (content-visibility): check it there too.
      await screenshot(page, `reader-${device}-light-p15`, '#p15')
      await expectAccessible(page)
      await page.emulateMedia({ colorScheme: 'dark' })
      await screenshot(page, `reader-${device}-dark-p7`, '#p7')
      await expectAccessible(page)
      await screenshot(page, `reader-${device}-dark-top`, 'h1')
      await expectAccessible(page)
    })

    test('each essay renders with its box, paragraph links and bibliography, and is accessible', async ({ page }) => {
      await page.goto(`${LESSON}/essays`)
      const hrefs = await page.locator('main ol a[href*="/essays/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
      expect(hrefs).toHaveLength(6)
      for (const href of hrefs) {
        await page.goto(href)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(page.getByRole('complementary', { name: 'Why this matters for the record' })).toBeVisible()
        await expect(page.getByText(/^Back to the record:/)).toBeVisible()
        await expect(page.locator(`main a[href^="${LESSON}#p"]`).first()).toBeVisible()
        expect(await page.locator('h2#bibliography + ol > li').count()).toBeGreaterThan(0)
        await expectAccessible(page)
      }
      await screenshot(page, `essay-${device}-light`)
    })

    test('the glossary, timeline, map, sources and guide pages are accessible', async ({ page }) => {
      for (const part of ['glossary', 'timeline', 'map', 'sources', 'guide']) {
        await page.goto(`${LESSON}/${part}`)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectAccessible(page)
      }
      await page.goto(`${LESSON}/map`)
      await screenshot(page, `map-${device}-light`, 'figure')
      await page.emulateMedia({ colorScheme: 'dark' })
      await expectAccessible(page)
      await screenshot(page, `map-${device}-dark`, 'figure')
    })
  })
}

test('a glossary term opens its popover from the keyboard, is announced as a dialog, and closes with Escape', async ({ page }) => {
  await page.goto(LESSON)
  const term = page.locator('#p6 button[popovertarget="gloss-prc"]')
  await term.focus()
  await page.keyboard.press('Enter')
  const popover = page.getByRole('dialog', { name: 'China (People’s Republic of China)' })
  await expect(popover).toBeVisible()
  await expect(popover).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(term).toBeFocused()
})

test('the reader loads no framework JavaScript: its one script is its own, inline', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()))
  await page.goto(LESSON)
  await expect(page.locator('[data-record-text]')).toHaveCount(28)
  await expect(page.getByRole('button', { name: 'Open all notes' })).toBeVisible()
  expect(scripts).toEqual([])
  await expect(page.locator('script')).toHaveCount(1)
  await expect(page.locator('script[src]')).toHaveCount(0)
})

test('on the reader, a signed-in student sees their account links, their reading is recorded, and Sign out signs out', async ({ page }) => {
  await signInAs(page, demoStudent)
  const beat = page.waitForResponse((response) => response.url().endsWith('/api/reading-progress'))
  await page.goto(LESSON)
  const response = await beat
  expect(response.status()).toBe(204)
  expect(response.request().postDataJSON()).toEqual({ lessonSlug: 'batmunkh-kim-1986', sectionId: 'record', seconds: 0 })
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible()
  await expect(nav.getByRole('link', { name: `Account (${demoStudent.name})` })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Classes' })).toHaveCount(0)
  await expectAccessible(page)
  await nav.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/signin\?signedOut=1$/)
  await page.goto(LESSON)
  await expect(nav.getByRole('link', { name: 'Sign in' })).toBeVisible()
  await expect(nav.getByRole('button', { name: 'Sign out' })).toHaveCount(0)
})

/** Note 41's heading line (number, kind, anchor) and its text. */
const note41 = (page: Page) => ({
  head: page.locator('details[data-note]:has(#note-n41) > summary'),
  body: page.locator('#note-n41'),
})

test('a note opens from its number in the text and from its heading, and all notes can be opened at once', async ({ page }) => {
  await page.goto(LESSON)
  const { head, body } = note41(page)
  await expect(head).toBeVisible()
  await expect(body).toBeHidden()
  await page.locator('#anchor-n41 + sup a').click()
  await expect(body).toBeVisible()
  await head.click()
  await expect(body).toBeHidden()
  await head.press('Enter')
  await expect(body).toBeVisible()
  await page.getByRole('button', { name: 'Open all notes' }).click()
  for (const note of await page.locator('details[data-note] > div').all()) await expect(note).toBeVisible()
  await page.getByRole('button', { name: 'Close all notes' }).click()
  await expect(body).toBeHidden()
})

test('the notes can be hidden and shown again, and insertions highlighted', async ({ page }) => {
  await page.goto(LESSON)
  const { head } = note41(page)
  await expect(head).toBeVisible()
  await page.getByLabel('Show notes').uncheck()
  await expect(head).toBeHidden()
  await expect(page.locator('#p15 [data-apparatus]').first()).toBeHidden()
  await page.getByLabel('Show notes').check()
  await expect(head).toBeVisible()
  const insertion = page.locator('#p15 [data-mark="insertion"]')
  const background = () => insertion.evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(await background()).toBe('rgba(0, 0, 0, 0)')
  await page.getByLabel('Highlight insertions and elisions').check()
  expect(await background()).not.toBe('rgba(0, 0, 0, 0)')
})

test('"copy link" puts the paragraph’s permalink on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(LESSON)
  await page.getByRole('button', { name: 'Copy link to ¶7' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${LESSON}#p7`)
})

test('with JavaScript off the whole record, its notes and the glossary popovers still work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
  const page = await context.newPage()
  await page.goto(LESSON)
  await expect(page.locator('[data-record-text]')).toHaveCount(28)
  for (const paragraph of await page.locator('[data-record-text]').all()) await expect(paragraph).toBeVisible()
  // On a phone each paragraph's notes sit behind one "Notes on ¶N" disclosure under it.
  const groups = page.locator('details[data-notes] > summary')
  await expect(groups).toHaveCount(28)
  for (const group of await groups.all()) await expect(group).toBeVisible()
  await expect(page.locator('details[data-note] > summary')).toHaveCount(NOTES)
  expect(await recordTexts(page)).toEqual(source.paragraphs)
  // Notes open natively: from the number in the text, or from their headings.
  await page.locator('#anchor-n80 + sup a').click()
  await expect(page.locator('#note-n80')).toBeVisible()
  await page.getByText('Notes on ¶1 (5)').click()
  await page.locator('details[data-note]:has(#note-n01) > summary').click()
  await expect(page.locator('#note-n01')).toBeVisible()
  // The notes toggle is CSS, not script; buttons that need script stay hidden.
  await page.getByLabel('Show notes').uncheck()
  await expect(page.locator('#note-n80')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Copy link to ¶7' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Open all notes' })).toHaveCount(0)
  await page.locator('#p6 button[popovertarget="gloss-prc"]').click()
  await expect(page.getByRole('dialog', { name: 'China (People’s Republic of China)' })).toBeVisible()
  await page.goto(`${LESSON}/essays/reading-a-record-of-conversation`)
  await expect(page.getByRole('complementary', { name: 'Why this matters for the record' })).toBeVisible()
  await expect(page.locator('h2#bibliography + ol > li').last()).toBeVisible()
  await context.close()
})

test('a signed-in student’s reading is recorded; an anonymous reader sends nothing', async ({ page, browser }) => {
  const anonymous = await browser.newPage()
  const anonymousBeats: string[] = []
  anonymous.on('request', (request) => request.url().includes('/api/reading-progress') && anonymousBeats.push(request.url()))
  await anonymous.goto(LESSON)
  await anonymous.waitForTimeout(1500)
  expect(anonymousBeats).toEqual([])
  await anonymous.close()

  await signInAs(page, demoStudent)
  const beat = page.waitForResponse((response) => response.url().endsWith('/api/reading-progress'))
  await page.goto(`${LESSON}/essays/vladivostok-and-the-soviet-withdrawal`)
  const response = await beat
  expect(response.status()).toBe(204)
  expect(response.request().postDataJSON()).toEqual({
    lessonSlug: 'batmunkh-kim-1986',
    sectionId: 'essay:vladivostok-and-the-soviet-withdrawal',
    seconds: 0,
  })
})

test('the reading-progress endpoint refuses anonymous and malformed beats', async ({ request, page }) => {
  expect(
    (await request.post('/api/reading-progress', { data: { lessonSlug: 'batmunkh-kim-1986', sectionId: 'record', seconds: 5 } })).status(),
  ).toBe(401)
  await signInAs(page, demoStudent)
  const post = (data: unknown) => page.request.post('/api/reading-progress', { data })
  expect((await post({ lessonSlug: 'batmunkh-kim-1986', sectionId: 'record', seconds: 5, role: 'ADMIN' })).status()).toBe(400)
  expect((await post({ lessonSlug: 'batmunkh-kim-1986', sectionId: 'essay:nope', seconds: 5 })).status()).toBe(400)
  expect((await post({ lessonSlug: 'batmunkh-kim-1986', sectionId: 'record', seconds: 5 })).status()).toBe(204)
})
