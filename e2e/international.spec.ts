import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { FIXTURE_BUILD_LOG, OUT, readContent, readContentFile } from './support/content'
import { useSharedBasePathBuild } from './support/shared-build'

// A speaker who writes in their own language and names notes after their titles (Obsidian does):
// German, Russian, Japanese, Hebrew, Arabic, Greek, Hindi and Chinese, emoji in titles, file and
// folder names (e2e/fixtures/site/content/); and the scripts of a many-language vault in
// notes/Scripts/ (Thai, Khmer and Traditional Chinese a note each; Lao, Bengali, Tamil, Telugu,
// Sinhala, Georgian, Armenian and Ethiopic in one title), whose link-preview images must draw every letter. Every such page is exported with its content at a URL
// that works, and every way to it (lists, tags, wikilinks, backlinks, search, shortlink, feeds,
// sitemap, canonical and preview tags) arrives there, at the root and under a base path.

const content = readContent()
const nonAscii = content.filter((entry) => entry.published && /[^\x00-\x7f]/.test(entry.slug))
const pathOf = (entry: { collection: string; slug: string }) => `/${entry.collection}/${entry.slug}/`
const cafe = readContentFile('notes/Über Café ☕.md')
const tokyo = readContentFile('notes/Reisen 🌍/Ünterordner/東京メモ.md')
const russian = readContentFile('notes/Заметки о Go.md')
const hebrew = readContentFile('notes/Reisen 🌍/שלום עולם.md')
const talk = readContentFile('talks/Größe zählt 🚀.md')

/** The scripts whose letters only their own Noto font draws in a preview image, each in a title of notes/Scripts/. */
const SCRIPT_NOTES: [script: string, letters: RegExp][] = [
  ['Thai', /\p{Script=Thai}/u],
  ['Lao', /\p{Script=Lao}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Telugu', /\p{Script=Telugu}/u],
  ['Sinhala', /\p{Script=Sinhala}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['Traditional Chinese', /[體這們說國語學時來為書讀寫筆記進階與連結]/u],
]
const scriptNotes = content.filter((entry) => entry.published && entry.file.startsWith('notes/Scripts/'))

/** A test that opens every such page: a few seconds each on a busy machine, over the default 30 s. */
const perPage = () => test.setTimeout(30_000 + nonAscii.length * 2_000)

const heading = (page: Page) => page.getByRole('heading', { level: 1 })
/** What a URL in a sitemap, feed or meta tag may hold: RFC 3986 characters only, non-ASCII percent-encoded. */
const RFC3986 = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/

test('the fixture content has pages whose URLs hold letters of many scripts and emoji', () => {
  const scripts = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Han}|\p{Script=Katakana}/u, /\p{Script=Hebrew}/u, /\p{Script=Arabic}/u, /\p{Script=Greek}/u, /\p{Script=Devanagari}/u]
  for (const script of scripts) expect(content.some((entry) => entry.published && script.test(entry.title) && /[^\x00-\x7f]/.test(entry.title)), String(script)).toBe(true)
  expect(content.some((entry) => /\p{Extended_Pictographic}/u.test(entry.file))).toBe(true)
  expect(nonAscii.length).toBeGreaterThanOrEqual(8)
})

test('every page whose URL holds non-ASCII letters opens at its percent-encoded URL with its own title', async ({ page }) => {
  perPage()
  for (const entry of nonAscii) {
    const response = await page.goto(encodeURI(pathOf(entry)))
    expect(response?.status(), pathOf(entry)).toBe(200)
    await expect(heading(page), pathOf(entry)).toHaveText(entry.title)
  }
})

test('the notes list leads to a Cyrillic note, and its link to a German one, with client-side navigation', async ({ page }) => {
  await page.goto('/notes/')
  await page.getByRole('main').getByRole('link', { name: russian.title, exact: true }).click()
  await expect(heading(page)).toHaveText(russian.title)
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(pathOf(russian))
  await page.getByRole('main').getByRole('link', { name: 'Über Café ☕', exact: true }).first().click()
  await expect(heading(page)).toHaveText(cafe.title)
})

test('wikilinks show the text written and arrive: an alias, a heading in another note, a talk', async ({ page }) => {
  await page.goto(encodeURI(pathOf(cafe)))
  const body = page.getByRole('main')
  await body.getByRole('link', { name: 'Tokio-Notiz', exact: true }).click()
  await expect(heading(page)).toHaveText(tokyo.title)

  await page.goto(encodeURI(pathOf(cafe)))
  await body.getByRole('link', { name: '東京メモ > 見出し', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: '見出し' })).toBeInViewport()
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#見出し')

  await page.goto(encodeURI(pathOf(cafe)))
  await body.getByRole('link', { name: 'der Vortrag', exact: true }).click()
  await expect(heading(page)).toHaveText(talk.title)
})

test('a note lists the pages that link to it, and the backlink arrives', async ({ page }) => {
  await page.goto(encodeURI(pathOf(tokyo)))
  const backlinks = page.getByRole('region', { name: /Linked from/i }).or(page.locator('section', { hasText: /Linked from/i })).first()
  await backlinks.getByRole('link', { name: cafe.title }).click()
  await expect(heading(page)).toHaveText(cafe.title)
})

test('tags in German and Russian have pages, linked from the pages that carry them and listed in /tags/', async ({ page }) => {
  for (const [tag, from] of [['größe', cafe], ['производительность', russian]] as const) {
    await page.goto(encodeURI(pathOf(from)))
    await page.getByRole('main').getByRole('link', { name: `#${tag}` }).first().click()
    await expect(heading(page)).toContainText(tag)
    await expect(page.getByRole('main').getByRole('link', { name: from.title, exact: true })).toBeVisible()
    await page.goto('/tags/')
    await page.getByRole('main').getByRole('link', { name: new RegExp(`^#?${tag}`) }).click()
    await expect(heading(page)).toContainText(tag)
  }
})

test('the shortlink of a talk with a non-ASCII URL arrives at the talk', async ({ page }) => {
  expect(talk.data.shortlink).toBe('schnell')
  await page.goto('/schnell/')
  await expect(heading(page)).toHaveText(talk.title)
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(pathOf(talk))
})

test('a Russian word finds its note, and the result arrives there', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible()
  await page.keyboard.press('/')
  const dialog = page.getByRole('dialog', { name: 'Search the site' })
  await dialog.getByRole('searchbox').fill('горутины')
  await dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first().click()
  await expect(heading(page)).toHaveText(russian.title)
})

test('canonical, Open Graph, sitemap and feed URLs are percent-encoded (RFC 3986) and lead to the page', async ({ page, request }) => {
  for (const entry of [cafe, tokyo, hebrew, talk]) {
    await page.goto(encodeURI(pathOf(entry)))
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? ''
    const ogUrl = (await page.locator('meta[property="og:url"]').getAttribute('content')) ?? ''
    const ogImage = (await page.locator('meta[property="og:image"]').first().getAttribute('content')) ?? ''
    for (const url of [canonical, ogUrl, ogImage]) expect(url, pathOf(entry)).toMatch(RFC3986)
    expect(decodeURIComponent(new URL(canonical).pathname)).toBe(pathOf(entry))
    const image = await request.get(new URL(ogImage).pathname)
    expect(image.status(), ogImage).toBe(200)
    expect(image.headers()['content-type']).toContain('image/png')
  }
  const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8')
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '')
  for (const entry of nonAscii) expect(locs.map((loc) => decodeURIComponent(new URL(loc).pathname))).toContain(pathOf(entry))
  for (const loc of locs) expect(loc).toMatch(RFC3986)
  for (const feed of ['feed.xml', 'atom.xml']) {
    const links = [...readFileSync(path.join(OUT, feed), 'utf8').matchAll(/<(?:link|id)>([^<]+)<\/(?:link|id)>|<link href="([^"]+)"/g)].map((m) => (m[1] ?? m[2] ?? '').trim())
    for (const link of links.filter((l) => l.startsWith('http'))) expect(link, feed).toMatch(RFC3986)
  }
  const json = JSON.parse(readFileSync(path.join(OUT, 'feed.json'), 'utf8')) as { items: { url: string }[] }
  for (const item of json.items) expect(item.url).toMatch(RFC3986)
})

test('a note titled in each script of a many-language vault has a preview image with every letter drawn, not boxes', async ({ page, request }) => {
  perPage()
  for (const [script, letters] of SCRIPT_NOTES) expect(scriptNotes.some((entry) => letters.test(entry.title)), script).toBe(true)
  // The build names every page whose preview shows boxes: the content report before it renders,
  // and the image route for what only satori saw. None of these notes may be among them.
  const log = readFileSync(FIXTURE_BUILD_LOG, 'utf8')
  expect(log, 'the fixture build printed its content report').toContain('Content report')
  const boxes = log.split('\n').filter((line) => /no (link-)?preview font|^\s+- .*: U\+[0-9A-F]{4,}/.test(line))
  for (const entry of scriptNotes) expect(boxes.filter((line) => line.includes(entry.file)), entry.file).toEqual([])
  for (const entry of scriptNotes) {
    await page.goto(encodeURI(pathOf(entry)))
    await expect(heading(page)).toHaveText(entry.title)
    const ogImage = (await page.locator('meta[property="og:image"]').first().getAttribute('content')) ?? ''
    const image = await request.get(new URL(ogImage).pathname)
    expect(image.status(), ogImage).toBe(200)
    expect(image.headers()['content-type']).toContain('image/png')
  }
})

test('a right-to-left title is marked as such where it is shown', async ({ page }) => {
  await page.goto(encodeURI(pathOf(hebrew)))
  await expect(heading(page)).toHaveText(hebrew.title)
  const direction = await heading(page).evaluate((el) => getComputedStyle(el).direction)
  expect(direction).toBe('rtl')
})

test.describe('under a base path', () => {
  const { url } = useSharedBasePathBuild()

  test('every page whose URL holds non-ASCII letters opens with its own title, and the list links arrive', async ({ page }) => {
    perPage()
    for (const entry of nonAscii) {
      // url() is a URL: already percent-encoded.
      const response = await page.goto(url(pathOf(entry)))
      expect(response?.status(), pathOf(entry)).toBe(200)
      await expect(heading(page), pathOf(entry)).toHaveText(entry.title)
    }
    await page.goto(url('/notes/'))
    await page.getByRole('main').getByRole('link', { name: tokyo.title, exact: true }).click()
    await expect(heading(page)).toHaveText(tokyo.title)
  })
})
