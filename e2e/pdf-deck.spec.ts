/**
 * A speaker who presents from Keynote, PowerPoint or Google Slides drags the PDF export into the
 * talk's note (e2e/fixtures/site/content/talks/pdf-deck.md, whose body is only
 * `![[pdf-deck.pdf]]`: talks/attachments/pdf-deck.pdf, made by e2e/fixtures/pdf-deck.ts: a title
 * slide with a picture, a slide with a link, a slide without text, a slide in Japanese and one in
 * Cyrillic, each in an embedded font). A visitor gets the deck a Markdown talk has: the viewer
 * with keys, #slide-N and print, the page's pictures with their text as alternative, the PDF's link
 * clickable on its slide, a page and a preview image per slide, a transcript, search finding a
 * slide's words, the recording in step (`slides.times`), the presenter view, the embed page and
 * its oEmbed file.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'
import { OUT } from './support/content'
import { fileForUrlPath } from './support/link-check'
import { slowMotion } from './support/slow-motion'

const TALK = '/talks/pdf-deck/'
const TALK_TITLE = 'A Talk Made From a PDF'
/** The PDF's pages, and the "Slides & sources" slide the viewer adds. */
const PAGES = 5
const TOTAL = PAGES + 1
const GUIDE = 'https://example.com/pdf-guide'
/** The Japanese slide's lines, and the Cyrillic last slide's. */
const JAPANESE = ['日本語のスライド', 'スライドの文字も検索できます'] as const
const CYRILLIC = ['Спасибо за внимание', 'Вопросы приветствуются'] as const
/** Each slide's picture, by its alternative: the page's text on one line. */
const pictureOf = (page: Page, slide: number) => slidesOf(page).nth(slide - 1).locator('.pdf-slide img')

const viewerOf = (page: Page) => page.getByRole('region', { name: 'Slide viewer' })
const slidesOf = (page: Page) => page.getByRole('list', { name: 'Slides' }).locator(':scope > li')
const counterOf = (page: Page) => viewerOf(page).locator('[aria-live="polite"]')
const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content')

async function openViewer(page: Page, path = TALK) {
  await page.goto(path)
  await expect(viewerOf(page).locator('[data-ready]')).toHaveCount(1)
}

test("each page of the PDF is a slide: its picture, in AVIF and WebP at two widths, its text as the picture's alternative", async ({ page }) => {
  await openViewer(page)
  const slides = slidesOf(page)
  await expect(slides).toHaveCount(TOTAL)
  const first = slides.nth(0).getByRole('img', { name: 'Decks from a PDF Exported from presentation software' })
  await expect(first).toBeVisible()
  // Drawn and loaded: the browser decoded a picture of the page's 16:9 shape.
  await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
  expect(await first.evaluate((img: HTMLImageElement) => img.naturalWidth / img.naturalHeight)).toBeCloseTo(16 / 9, 1)
  for (const format of ['avif', 'webp']) {
    const srcset = (await slides.nth(0).locator(`source[type="image/${format}"]`).getAttribute('srcset')) ?? ''
    expect(srcset, format).toMatch(new RegExp(`/slide-images/[0-9a-f]{16}/1-640\\.${format} 640w, \\S+/1-1280\\.${format} 1280w$`))
  }
  // The first slides load with the page, the later ones when shown.
  const loading = await page.locator('.pdf-slide img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('loading')))
  expect(loading).toEqual(['eager', 'eager', 'lazy', 'lazy', 'lazy'])
  await expect(slides.nth(2).getByRole('img', { name: 'Slide 3: an image without text.', includeHidden: true })).toHaveCount(1)
  await expect(slides.nth(3).getByRole('img', { name: JAPANESE.join(' '), includeHidden: true })).toHaveCount(1)
  await expect(slides.nth(4).getByRole('img', { name: CYRILLIC.join(' '), includeHidden: true })).toHaveCount(1)
})

test('keys and #slide-N move through the PDF deck as through a Markdown one', async ({ page }) => {
  await openViewer(page)
  await expect(counterOf(page)).toHaveText(`1 / ${TOTAL}`)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`${TALK}#slide-2$`))
  await expect(slidesOf(page).nth(1)).toBeVisible()
  await expect(slidesOf(page).nth(0)).toBeHidden()
  // In the focused viewer, End goes to the last slide and Home back to the first.
  await viewerOf(page).focus()
  await page.keyboard.press('End')
  await expect(counterOf(page)).toHaveText(`${TOTAL} / ${TOTAL}`)
  await page.keyboard.press('Home')
  await expect(counterOf(page)).toHaveText(`1 / ${TOTAL}`)
  await openViewer(page, `${TALK}#slide-4`)
  await expect(counterOf(page)).toHaveText(`4 / ${TOTAL}`)
  await expect(slidesOf(page).nth(3).getByRole('img', { name: JAPANESE.join(' ') })).toBeVisible()
  // Lazy as it is, the Japanese page's picture loads once shown (its embedded font drawn: see the attachment).
  await expect.poll(() => pictureOf(page, 4).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
  await test.info().attach('the Japanese slide in the viewer', { body: await viewerOf(page).screenshot(), contentType: 'image/png' })
})

test("the PDF's link is clickable where the page shows it, and leads where the PDF says", async ({ page }) => {
  await page.route(`${GUIDE}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Guide</title>' }))
  await openViewer(page, `${TALK}#slide-2`)
  const slide = slidesOf(page).nth(1)
  const link = slide.getByRole('link', { name: GUIDE })
  await expect(link).toBeVisible()
  // Over the words "example.com/pdf-guide": from 36 to 260 points across and 218 to 248 down the 640 by 360 page.
  const picture = (await slide.getByRole('img').boundingBox())!
  const box = (await link.boundingBox())!
  expect((box.x - picture.x) / picture.width).toBeCloseTo(36 / 640, 2)
  expect((box.y - picture.y) / picture.height).toBeCloseTo(218 / 360, 2)
  expect(box.width / picture.width).toBeCloseTo(224 / 640, 2)
  await link.click()
  await expect(page).toHaveURL(GUIDE)
})

test("each slide has its page: the slide's first line as title, its text as description, a preview drawn from its picture", async ({ page }) => {
  await page.goto(`${TALK}slides/2/`)
  await expect(page).toHaveTitle(new RegExp(`^Read the guide · ${TALK_TITLE}`))
  expect(await meta(page, 'description')).toContain('Every page of the PDF is a slide.')
  await page.goto(`${TALK}slides/4/`)
  await expect(page).toHaveTitle(new RegExp(`^${JAPANESE[0]} · ${TALK_TITLE}`))
  expect(await meta(page, 'description')).toBe(JAPANESE[1])
  await expect(page.getByRole('img', { name: JAPANESE.join(' ') })).toBeVisible()
  await page.goto(`${TALK}slides/5/`)
  await expect(page).toHaveTitle(new RegExp(`^${CYRILLIC[0]} · ${TALK_TITLE}`))
  expect(await meta(page, 'description')).toBe(CYRILLIC[1])

  const previews = [1, 2, 3].map((n) => readFileSync(fileForUrlPath(OUT, `/og${TALK}slides/${n}.png`, '')!))
  for (const png of previews) {
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 })
  }
  // Slide 3 has no text: its preview differs from slide 2's by the picture it shows too.
  expect(previews[1]!.equals(previews[2]!)).toBe(false)
  await test.info().attach('preview of slide 1', { body: previews[0]!, contentType: 'image/png' })
})

/**
 * How much of a band of a slide's 640-pixel picture is ink (pixels darker than mid-grey), 0 to 1.
 * The PDF's page is 640 by 360 points: a point is a pixel.
 */
async function inkIn(png: Buffer, band: { left: number; top: number; width: number; height: number }): Promise<number> {
  const { data, info } = await sharp(png).extract(band).greyscale().raw().toBuffer({ resolveWithObject: true })
  let dark = 0
  for (const value of data) if (value < 128) dark++
  return dark / (info.width * info.height)
}

test("the Japanese page is drawn in the font the PDF embeds: both its lines are on its picture", async ({ page }) => {
  await openViewer(page, `${TALK}#slide-4`)
  const webp = (await pictureOf(page, 4).getAttribute('src'))!
  expect(webp).toMatch(/\/4-1280\.webp$/)
  const small = await page.request.get(webp.replace('-1280.', '-640.'))
  const png = await sharp(await small.body()).png().toBuffer()
  // The title, 36 points from x 40 with its baseline 80 points down; the line under it, 20 points at 140.
  // Each character drawn covers a share of its band; a missing glyph leaves it white.
  for (const [line, band] of [
    [JAPANESE[0], { left: 40, top: 46, width: 288, height: 42 }],
    [JAPANESE[1], { left: 40, top: 121, width: 280, height: 24 }],
  ] as const) {
    for (let i = 0; i < line.length; i++) {
      const cell = { ...band, left: band.left + Math.floor((i * band.width) / line.length), width: Math.floor(band.width / line.length) }
      expect(await inkIn(png, cell), `"${line[i]}" of "${line}" is drawn`).toBeGreaterThan(0.05)
    }
  }
  await test.info().attach('the Japanese slide', { body: png, contentType: 'image/png' })
})

test("the transcript under the deck holds every slide's text, and search finds a slide's words", async ({ page }) => {
  await page.goto(TALK)
  const transcript = page.getByRole('region', { name: 'Transcript' })
  await expect(transcript.getByRole('listitem')).toHaveCount(PAGES)
  await expect(transcript.getByRole('listitem').nth(1)).toContainText('Read the guideEvery page of the PDF is a slide.')
  await expect(transcript.getByRole('listitem').nth(2)).toContainText('No text on this slide.')
  await expect(transcript.getByRole('listitem').nth(3)).toContainText(JAPANESE.join(''))
  await expect(transcript.getByRole('listitem').nth(4)).toContainText(CYRILLIC[1]!)
  await test.info().attach('the transcript', { body: await transcript.screenshot(), contentType: 'image/png' })
  // The PDF's download link stays, to the PDF of the content folder, published as an attachment;
  // the PDF is not offered a second time as a viewer to load.
  const download = page.getByRole('link', { name: 'Download the slides (PDF)' })
  await expect(download).toHaveAttribute('href', '/attachments/pdf-deck.pdf')
  const pdf = await page.request.get('/attachments/pdf-deck.pdf')
  expect(pdf.status()).toBe(200)
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  await expect(page.getByRole('button', { name: /^Load Slides \(PDF\)/ })).toHaveCount(0)

  await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible()
  await page.keyboard.press('/')
  const dialog = page.getByRole('dialog', { name: 'Search the site' })
  const results = dialog.getByRole('list', { name: 'Search results' })
  for (const words of ['приветствуются', JAPANESE[0]!, JAPANESE[1]!]) {
    await dialog.getByRole('searchbox').fill(words)
    await expect(results.getByRole('link', { name: new RegExp(TALK_TITLE) }), words).toBeVisible()
  }
})

test("the recording in step: the slides' times in the frontmatter start the video at a slide, and the deck follows it", async ({ page }) => {
  const media = page.getByRole('region', { name: 'Slides and recording' })
  const video = media.locator('video')
  await slowMotion(page)
  await openViewer(page, `${TALK}#slide-2`)
  // slides.times: ["0:00", "0:03", "0:06", "0:09"]; slide 5 has none, and goes with slide 4.
  const playFrom = media.getByRole('button', { name: /^Play from this slide/ })
  await expect(playFrom).toHaveAccessibleName('Play from this slide (slide 2, 0:03)')
  await playFrom.click()
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime >= 3)).toBe(true)
  expect(await video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeLessThan(6)
  // Slide 3 starts at 0:06: playing on, the deck turns to it by itself (12 s at a quarter speed).
  await expect(viewerOf(page)).toHaveAttribute('data-slide', '3', { timeout: 45_000 })
  // Turning the deck seeks the recording to that slide's time.
  await viewerOf(page).getByRole('button', { name: 'Next slide' }).click()
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(9)
})

test('the presenter view shows the current and the next PDF slide, and steps through them', async ({ page }) => {
  await page.goto(TALK)
  await expect(page.getByRole('link', { name: 'Presenter view' })).toHaveAttribute('href', `${TALK}present/`)
  await page.goto(`${TALK}present/`)
  await expect(page.locator('.slide-stack[data-ready]')).toHaveCount(2)
  const region = (name: string) => page.getByRole('region', { name, exact: true })
  const picture = (name: string, alt: string) => region(name).getByRole('img', { name: alt, exact: true })
  await expect(picture('Current slide', 'Decks from a PDF Exported from presentation software')).toBeVisible()
  await expect(picture('Next slide', 'Read the guide Every page of the PDF is a slide. example.com/pdf-guide')).toBeVisible()
  await page.getByRole('button', { name: 'Next slide' }).click()
  await page.getByRole('button', { name: 'Next slide' }).click()
  await expect(picture('Current slide', 'Slide 3: an image without text.')).toBeVisible()
  await expect(picture('Next slide', JAPANESE.join(' '))).toBeVisible()
  // The next slide's picture is drawn, not a lazy placeholder that never loads.
  await expect.poll(() => picture('Next slide', JAPANESE.join(' ')).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
  await expect(region('Current slide').locator('[aria-live="polite"]')).toHaveText(`3 / ${TOTAL}`)
})

test('the embed page shows the PDF deck, and the oEmbed file offers the iframe the talk page offers', async ({ page, request }) => {
  await page.goto(TALK)
  const code = await page.getByRole('textbox', { name: 'Embed the slides on your site' }).inputValue()
  expect(code).toMatch(/<iframe src="[^"]+\/talks\/pdf-deck\/embed\/"/)
  const oembedUrl = await page.locator('head link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')
  const oembed = await request.get(new URL(oembedUrl!).pathname)
  expect(oembed.status()).toBe(200)
  expect(await oembed.json()).toMatchObject({ version: '1.0', type: 'rich', title: TALK_TITLE, html: code })

  await page.goto(`${TALK}embed/`)
  const viewer = viewerOf(page)
  await expect(viewer.locator('[data-ready]')).toHaveCount(1)
  await expect(viewer.getByRole('img', { name: 'Decks from a PDF Exported from presentation software' })).toBeVisible()
  await viewer.getByRole('button', { name: 'Next slide' }).click()
  await expect(viewer.getByRole('link', { name: GUIDE })).toBeVisible()
  await expect(page.getByRole('banner')).toBeHidden()
})

test("printed, the PDF deck is every page's picture in order, one per sheet, without the viewer's controls", async ({ page }) => {
  await openViewer(page, `${TALK}#slide-3`)
  await page.emulateMedia({ media: 'print' })
  const slides = slidesOf(page)
  for (let i = 1; i <= PAGES; i++) {
    await expect(pictureOf(page, i)).toBeVisible()
    const box = (await pictureOf(page, i).boundingBox())!
    expect(box.width / box.height, `slide ${i}'s picture`).toBeCloseTo(16 / 9, 1)
  }
  const breaks = await slides.evaluateAll((items) => items.map((item) => getComputedStyle(item).breakAfter))
  expect(breaks).toEqual(Array(TOTAL).fill('page'))
  const tops = await slides.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top))
  expect(tops, 'slides one below the other, in order').toEqual([...tops].sort((a, b) => a - b))
  await expect(viewerOf(page).getByRole('button', { name: 'Next slide' })).toBeHidden()
})
