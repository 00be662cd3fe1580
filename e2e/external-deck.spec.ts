import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { BASE_PATH } from './support/fixture-builds'
import { useSharedBasePathBuild } from './support/shared-build'

// Someone opens a talk whose slides live elsewhere (e2e/fixtures/site/content/talks/deck-elsewhere.md:
// Google Slides, a PDF and a YouTube recording, nothing in its body), in the base-path build that
// specs share. They see a placeholder and a plain link for each, and a PDF download link; the page
// asks nothing of a third party until they click a placeholder, and loads no slide viewer.

const FIXTURE_URL = '/talks/deck-elsewhere/'
const EMBED_URL = 'https://docs.google.com/presentation/d/e/2PACX-fixture/embed'
const VIDEO_URL = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ'
const PLAYER_URL = 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1'
const PDF_PATH = `${BASE_PATH}/slides/deck-elsewhere.pdf`

const { site, url } = useSharedBasePathBuild()

const media = (page: Page) => page.getByRole('region', { name: 'Slides and recording' })

/**
 * Records every request of the page; any that would leave 127.0.0.1 is aborted, so nothing really
 * goes out, and listed.
 */
async function recordRequests(page: Page) {
  const all: string[] = []
  const external: string[] = []
  await page.route('**/*', (route) => {
    const requested = route.request().url()
    all.push(requested)
    if (new URL(requested).hostname !== '127.0.0.1') {
      external.push(requested)
      return route.abort('blockedbyclient')
    }
    return route.continue()
  })
  return { all, external }
}

/** The client chunks that hold the slide viewer's code, found by its label in out/_next/. */
function viewerChunks(): string[] {
  const dir = path.join(site().outDir, '_next', 'static', 'chunks')
  const chunks = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'))
  return chunks.filter((file) => readFileSync(path.join(dir, file), 'utf8').includes('"Slide viewer"')).map((file) => path.basename(file))
}

test('the talk page shows a placeholder and a plain link for the deck, the PDF and the recording, and a PDF download link', async ({ page }) => {
  await page.goto(url(FIXTURE_URL))
  const section = media(page)
  // Each placeholder says what it loads, and from where.
  for (const name of [/^Load Slides\s*Loads the player from docs\.google\.com/, /^Load Slides \(PDF\)/, /^Load Recording on YouTube\s*Loads the player from youtube-nocookie\.com/]) {
    await expect(section.getByRole('button', { name })).toBeVisible()
  }
  await expect(section.getByRole('link', { name: 'Slides: open the original' })).toHaveAttribute('href', EMBED_URL)
  await expect(section.getByRole('link', { name: 'Recording on YouTube: open the original' })).toHaveAttribute('href', VIDEO_URL)
  await expect(section.getByRole('link', { name: 'Open the PDF' })).toHaveAttribute('href', PDF_PATH)
  const download = section.getByRole('link', { name: 'Download the slides (PDF)' })
  await expect(download).toHaveAttribute('href', PDF_PATH)
  await expect(download).toHaveAttribute('download', '')
  expect((await page.request.get(new URL(PDF_PATH, site().baseUrl).href)).headers()['content-type']).toContain('application/pdf')
  // No deck in the body: no slide viewer, no slide list.
  await expect(page.getByRole('region', { name: 'Slide viewer' })).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Slides' })).toHaveCount(0)
})

test('the page loads no slide viewer code, which a talk with slides does load', async ({ page }) => {
  const chunks = viewerChunks()
  expect(chunks.length, 'chunks of out/_next/ holding the slide viewer').toBeGreaterThan(0)
  const loadedChunks = async (sitePath: string) => {
    const { all } = await recordRequests(page)
    await page.goto(url(sitePath))
    await page.waitForLoadState('networkidle')
    await page.unrouteAll()
    return all.map((request) => path.basename(new URL(request).pathname)).filter((name) => chunks.includes(name))
  }
  expect(await loadedChunks('/talks/elixir-in-the-big-and-small/'), 'the sample talk, with slides').not.toEqual([])
  expect(await loadedChunks(FIXTURE_URL), 'the talk with its deck elsewhere').toEqual([])
})

test('no request leaves 127.0.0.1 before a placeholder is clicked; a click loads the player from its embed URL', async ({ page }) => {
  const { all, external } = await recordRequests(page)
  await page.goto(url(FIXTURE_URL))
  await expect(media(page).getByRole('button', { name: /^Load Slides/ }).first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(all.length, 'requests recorded').toBeGreaterThan(3)
  expect(external).toEqual([])

  await media(page).getByRole('button', { name: /^Load Recording on YouTube/ }).click()
  await expect(media(page).locator('iframe[title="Recording on YouTube"]')).toHaveAttribute('src', PLAYER_URL)
  await expect.poll(() => external).toContain(PLAYER_URL)

  await media(page).getByRole('button', { name: /^Load Slides\s*Loads/ }).click()
  await expect(media(page).locator('iframe[title="Slides"]')).toHaveAttribute('src', EMBED_URL)
  await expect.poll(() => external).toContain(EMBED_URL)
  // Only the two players asked for went out.
  expect(new Set(external.map((request) => new URL(request).hostname))).toEqual(new Set(['www.youtube-nocookie.com', 'docs.google.com']))
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('each plain link and the PDF download are there to follow', async ({ page }) => {
    await page.goto(url(FIXTURE_URL))
    await expect(media(page).getByRole('link', { name: 'Slides: open the original' })).toHaveAttribute('href', EMBED_URL)
    await expect(media(page).getByRole('link', { name: 'Download the slides (PDF)' })).toHaveAttribute('href', PDF_PATH)
  })
})
