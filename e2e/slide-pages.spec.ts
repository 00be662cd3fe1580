/**
 * Someone shares one slide of a talk: "slide 2 is the one" in a chat, which shows that slide's own
 * preview card, and the link opens the deck at that slide. Against the fixture site's
 * export, with its non-ASCII talk /talks/größe-zählt-/.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { OUT, readContentFile, slideHeadings } from './support/content'
import { fileForUrlPath } from './support/link-check'

const SLUG = 'größe-zählt-'
const TALK = `/talks/${SLUG}/`
const SLIDE_2 = `${TALK}slides/2/`
const TALK_TITLE = 'Größe zählt: schnelle Seiten 🚀'
const SECRET = 'Geheime Sprechernotiz'
const headings = slideHeadings(readContentFile('talks/Größe zählt 🚀.md').body)

/** The site's URL as the build wrote it, from the home page's canonical link. */
const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(path.join(OUT, 'index.html'), 'utf8'))?.[1] ?? '').origin
const absolute = (sitePath: string) => new URL(`${origin}${sitePath}`).href

const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content')
const viewerOf = (page: Page) => page.getByRole('region', { name: 'Slide viewer' })
const counterOf = (page: Page) => viewerOf(page).locator('[aria-live="polite"]')

test("a slide's page has its own title, description, canonical URL, JSON-LD and a 1200x630 PNG drawn from the slide", async ({ page }) => {
  expect(headings[1]).toBe('Größe zählt')
  await page.goto(SLIDE_2)
  await expect(page).toHaveTitle(new RegExp(`^Größe zählt · ${TALK_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  expect(await meta(page, 'description')).toBe('Jedes Kilobyte kostet Zeit auf einem Telefon.')
  expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe(absolute(SLIDE_2))
  expect(await meta(page, 'og:url')).toBe(absolute(SLIDE_2))
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image')

  const image = (await meta(page, 'og:image')) ?? ''
  // Its path, versioned by what it shows (?v=, e2e/link-previews.spec.ts).
  expect(image).toMatch(new RegExp(`^${absolute(`/og${TALK}slides/2.png`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?v=[0-9a-f]{12}$`))
  expect(await meta(page, 'twitter:image')).toBe(image)
  const file = fileForUrlPath(OUT, new URL(image).pathname, '')
  expect(file, 'the preview is a file of out/').toBeTruthy()
  const png = readFileSync(file!)
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 })
  // Another slide's preview is another picture: each slide draws its own.
  const other = readFileSync(fileForUrlPath(OUT, `/og${TALK}slides/3.png`, '')!)
  expect(png.equals(other)).toBe(false)
  await test.info().attach('preview of slide 2', { body: png, contentType: 'image/png' })

  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>)
  const slide = blocks.find((block) => block['@type'] === 'CreativeWork')
  expect(slide).toMatchObject({
    name: 'Größe zählt',
    url: absolute(SLIDE_2),
    position: 2,
    isPartOf: { '@type': 'PresentationDigitalDocument', name: TALK_TITLE, url: absolute(TALK) },
  })
  expect(blocks.map((block) => block['@type'])).toContain('BreadcrumbList')

  // The speaker's note on this slide reaches neither the page nor its preview's text.
  expect(await page.content()).not.toContain(SECRET)
})

test("a slide's page opens the deck at its slide, with the talk's sources and the way back below", async ({ page }) => {
  await page.goto(SLIDE_2)
  await expect(page.getByRole('heading', { level: 1, name: 'Größe zählt' })).toBeVisible()
  await expect(viewerOf(page).locator('[data-ready]')).toHaveCount(1)
  await expect(counterOf(page)).toHaveText(new RegExp(`^2 / ${headings.length + 1}$`))
  const slides = page.getByRole('list', { name: 'Slides' }).locator(':scope > li')
  await expect(slides.nth(1)).toBeVisible()
  await expect(slides.nth(0)).toBeHidden()
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: 'Web Vitals' })).toBeVisible()
  await page.getByRole('navigation', { name: 'More of this talk' }).getByRole('link', { name: /The whole talk/ }).click()
  await expect(page).toHaveURL(new RegExp(`${encodeURI(TALK)}$`))

  // #slide-N keeps working, on the talk page and on a slide's page.
  await page.goto(`${SLIDE_2}#slide-3`)
  await expect(viewerOf(page).locator('[data-ready]')).toHaveCount(1)
  await expect(counterOf(page)).toHaveText(/^3 \//)
})

test('before its script runs, a slide page already shows its slide, not the first', async ({ page }) => {
  // The viewer's script held back, as on a slow connection: the server-rendered frame shows slide 2.
  await page.route('**/_next/static/**/*.js', (route) => route.abort())
  await page.goto(SLIDE_2)
  const slides = page.getByRole('list', { name: 'Slides' }).locator(':scope > li')
  await expect(viewerOf(page).locator('[data-ready]')).toHaveCount(0)
  await expect(slides.nth(1).getByRole('heading', { name: 'Größe zählt', exact: true })).toBeVisible()
  await expect(slides.nth(0)).toBeHidden()
})

test('"Copy link to this slide" in the viewer copies the shown slide\'s own page, which opens at that slide', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(TALK)
  await expect(viewerOf(page).locator('[data-ready]')).toHaveCount(1)
  await viewerOf(page).getByRole('button', { name: 'Next slide' }).click()
  await expect(counterOf(page)).toHaveText(/^2 \//)
  await viewerOf(page).getByRole('button', { name: 'Copy link to this slide' }).click()
  await expect(viewerOf(page).getByRole('button', { name: 'Link to this slide copied' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(absolute(SLIDE_2))

  // The copied link, on this server, is the slide's page.
  await page.goto(new URL(copied).pathname)
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', copied)
  await expect(counterOf(page)).toHaveText(/^2 \//)
  // The next slide is another link: the button says "copied" no longer.
  await viewerOf(page).getByRole('button', { name: 'Next slide' }).click()
  await viewerOf(page).getByRole('button', { name: 'Copy link to this slide' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absolute(`${TALK}slides/3/`))
})

test("on a phone, the viewer's row holds the slide's link button without spilling over", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 760 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  await page.goto(SLIDE_2)
  await expect(viewerOf(page).locator('[data-ready]')).toHaveCount(1)
  const copy = viewerOf(page).getByRole('button', { name: 'Copy link to this slide' })
  await expect(copy).toBeInViewport({ ratio: 1 })
  await expect(viewerOf(page).getByRole('button', { name: 'Next slide' })).toBeInViewport({ ratio: 1 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  await context.close()
})

test('"Share this slide", where the browser has a share sheet, shares the shown slide\'s page with the talk\'s title', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = []
    Object.assign(window, { __shared: shared })
    Object.defineProperty(Navigator.prototype, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) })
  })
  await page.goto(SLIDE_2)
  await expect(viewerOf(page).locator('[data-ready]')).toHaveCount(1)
  await viewerOf(page).getByRole('button', { name: 'Share this slide' }).click()
  const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)
  expect(shared).toEqual([{ title: TALK_TITLE, url: absolute(SLIDE_2) }])
})

// One test per page, light and dark: two runs of axe, up to a minute on a busy runner.
for (const [name, url] of [['a slide page', SLIDE_2], ['an embedded deck', `${TALK}embed/`]] as const) {
  test(`axe finds no WCAG 2.1 A/AA violation on ${name}, light and dark`, async ({ page }) => {
    test.setTimeout(90_000)
    await page.goto(url)
    await expect(viewerOf(page).locator('[data-ready]')).toHaveCount(1)
    const found: string[] = []
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      found.push(...(await axeViolations(page, `${url} (${scheme})`)))
    }
    expect(found).toEqual([])
  })
}
