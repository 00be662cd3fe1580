import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Frame, type Page } from '@playwright/test'
import { OUT } from './support/content'
import { slowMotion } from './support/slow-motion'

// Someone watches a talk's recording with its deck beside it. Its slides say when each starts in
// the recording (`Time: 0:05`), so after they load the player "Play from this slide" starts it at
// the slide they are on, the deck turns with the recording while it plays, and turning the deck
// seeks the recording. A video file of the site's own plays in the browser's <video>
// (e2e/fixtures/site/content/talks/in-step.md); a YouTube recording is driven through the
// player's postMessage protocol, here by a local stand-in for YouTube's player page
// (in-step-on-youtube.md), since the tests have no network.

const FILE_TALK = '/talks/in-step/'
const YOUTUBE_TALK = '/talks/in-step-on-youtube/'
const PLAYER_ORIGIN = 'https://www.youtube-nocookie.com'

const viewerOf = (page: Page) => page.getByRole('region', { name: 'Slide viewer' })
const mediaOf = (page: Page) => page.getByRole('region', { name: 'Slides and recording' })
const playFrom = (page: Page) => mediaOf(page).getByRole('button', { name: /^Play from this slide/ })
const deckSlide = async (page: Page) => Number(await viewerOf(page).getAttribute('data-slide'))

async function openTalk(page: Page, url: string) {
  await page.goto(url)
  await expect(viewerOf(page).locator('[data-ready]')).toHaveCount(1)
}

const videoOf = (page: Page) => mediaOf(page).locator('video')
const videoTime = (page: Page) => videoOf(page).evaluate((video: HTMLVideoElement) => video.currentTime)
const videoPlaying = (page: Page) => videoOf(page).evaluate((video: HTMLVideoElement) => !video.paused && !video.ended)

test.describe('a video file of the site’s own', () => {
  test('the slides show no Time: line, and the speaker notes stay out of the page', async ({ page }) => {
    await openTalk(page, FILE_TALK)
    const deck = page.getByRole('list', { name: 'Slides' })
    await expect(deck.getByText(/^Time: 0:0[0-5]$/)).toHaveCount(0)
    // A Time: line inside code is the slide's text, not a time.
    await expect(deck.getByText('Time: 0:12')).toHaveCount(1)
    expect(readFileSync(path.join(OUT, 'talks/in-step/index.html'), 'utf8')).not.toContain('In-step speaker note')
  })

  test('“Play from this slide” starts the recording at the slide’s time, and the deck follows it as it plays', async ({ page }) => {
    await slowMotion(page)
    await openTalk(page, `${FILE_TALK}#slide-4`)
    await expect(playFrom(page)).toHaveAccessibleName('Play from this slide (slide 4, 0:10)')
    // Nothing is loaded before the visitor asks.
    await expect(videoOf(page)).toHaveCount(0)
    await playFrom(page).click()
    await expect(videoOf(page)).toHaveCount(1)
    await expect.poll(() => videoPlaying(page)).toBe(true)
    expect(await videoTime(page)).toBeGreaterThanOrEqual(10)
    expect(await videoTime(page)).toBeLessThan(14)
    expect(await deckSlide(page)).toBe(4)
    // Slide 5 starts at 0:15: playing on, the deck turns to it by itself (20 s at a quarter speed).
    await expect(viewerOf(page)).toHaveAttribute('data-slide', '5', { timeout: 45_000 })
    expect(await videoTime(page)).toBeGreaterThanOrEqual(15)
  })

  test('turning the deck while it plays seeks the recording to that slide’s start', async ({ page }) => {
    await slowMotion(page)
    await openTalk(page, FILE_TALK)
    await mediaOf(page).getByRole('button', { name: /^Load Recording/ }).click()
    await expect.poll(() => videoPlaying(page)).toBe(true)
    expect(await deckSlide(page)).toBe(1)

    await viewerOf(page).getByRole('button', { name: 'Next slide' }).click()
    await expect.poll(() => videoTime(page)).toBeGreaterThanOrEqual(5)
    expect(await videoTime(page)).toBeLessThan(9)
    await viewerOf(page).getByRole('button', { name: 'Next slide' }).click()
    await viewerOf(page).getByRole('button', { name: 'Next slide' }).click()
    await expect.poll(() => videoTime(page)).toBeGreaterThanOrEqual(10)
    await expect(viewerOf(page)).toHaveAttribute('data-slide', '4')

    // Slide 3 has no time: the recording goes back to slide 2's, and the deck stays on 3.
    await viewerOf(page).getByRole('button', { name: 'Previous slide' }).click()
    await expect.poll(() => videoTime(page)).toBeLessThan(9)
    // It plays on within slide 2's time (a few of the video's time updates, each a chance for the
    // deck to turn back), and the deck stays where the visitor put it.
    const sought = await videoTime(page)
    await expect.poll(() => videoTime(page)).toBeGreaterThan(sought + 0.5)
    await expect(viewerOf(page)).toHaveAttribute('data-slide', '3')

    // Seeking the recording itself moves the deck.
    await videoOf(page).evaluate((video: HTMLVideoElement) => (video.currentTime = 15.5))
    await expect(viewerOf(page)).toHaveAttribute('data-slide', '5')
  })
})

/**
 * A stand-in for youtube-nocookie.com's player page, speaking its side of the IFrame API's
 * postMessage protocol: it waits to be told someone listens, then reports its time and state
 * every 100 ms, and obeys seekTo, playVideo and pauseVideo. Commands it got are in
 * window.commands; window.setTime(s) jumps, as a visitor dragging the progress bar would.
 */
const PLAYER_STUB = `<!doctype html><title>player</title><script>
const params = new URLSearchParams(location.search)
let time = Number(params.get('start') || 0), playing = params.get('autoplay') === '1', listener = null, last = Date.now()
window.commands = []
window.received = []
window.setTime = (s) => { time = s }
const send = (message) => listener && listener.postMessage(JSON.stringify(message), '*')
addEventListener('message', (event) => {
  const message = JSON.parse(event.data)
  window.received.push({ origin: event.origin, message })
  if (message.event === 'listening') {
    if (!listener) { listener = event.source; send({ event: 'onReady', id: message.id, channel: 'widget' }) }
  } else if (message.event === 'command') {
    window.commands.push([message.func, ...(message.args || [])])
    if (message.func === 'seekTo') time = message.args[0]
    if (message.func === 'playVideo') playing = true
    if (message.func === 'pauseVideo') playing = false
  }
})
setInterval(() => {
  const now = Date.now()
  if (playing) time += (now - last) / 1000
  last = now
  send({ event: 'infoDelivery', info: { currentTime: time, playerState: playing ? 1 : 2 }, id: 1, channel: 'widget' })
}, 100)
</script>`

test.describe('a YouTube recording', () => {
  async function stubPlayer(page: Page) {
    const external: string[] = []
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.hostname === '127.0.0.1') return route.continue()
      external.push(url.href)
      if (url.origin === PLAYER_ORIGIN && url.pathname.startsWith('/embed/')) {
        return route.fulfill({ contentType: 'text/html', body: PLAYER_STUB })
      }
      return route.abort('blockedbyclient')
    })
    return external
  }

  const playerFrame = async (page: Page): Promise<Frame> => {
    await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(`${PLAYER_ORIGIN}/embed/`))).toBe(true)
    return page.frames().find((frame) => frame.url().startsWith(`${PLAYER_ORIGIN}/embed/`))!
  }
  const commands = (frame: Frame) => frame.evaluate(() => (window as unknown as { commands: unknown[][] }).commands)

  test('no request leaves the site before the click; then the player loads from youtube-nocookie.com with its API on', async ({ page }) => {
    const external = await stubPlayer(page)
    await openTalk(page, YOUTUBE_TALK)
    await page.waitForLoadState('networkidle')
    expect(external).toEqual([])
    await mediaOf(page).getByRole('button', { name: /^Load Recording on YouTube/ }).click()
    const frame = await playerFrame(page)
    const src = new URL(frame.url())
    expect(src.pathname).toBe('/embed/dQw4w9WgXcQ')
    expect(src.searchParams.get('enablejsapi')).toBe('1')
    expect(src.searchParams.get('origin')).toBe(new URL(page.url()).origin)
    expect(external.every((url) => url.startsWith(`${PLAYER_ORIGIN}/embed/`)), external.join('\n')).toBe(true)
  })

  test('“Play from this slide” loads the player at the slide’s time; the deck follows the recording and seeks it', async ({ page }) => {
    await stubPlayer(page)
    await openTalk(page, `${YOUTUBE_TALK}#slide-2`)
    await expect(playFrom(page)).toHaveAccessibleName('Play from this slide (slide 2, 1:00)')
    await playFrom(page).click()
    const frame = await playerFrame(page)
    expect(new URL(frame.url()).searchParams.get('start')).toBe('60')

    // The recording reaches 2:00, where slide 3 starts: the deck turns.
    await expect.poll(() => frame.evaluate(() => (window as unknown as { received: unknown[] }).received.length)).toBeGreaterThan(0)
    await frame.evaluate(() => (window as unknown as { setTime: (s: number) => void }).setTime(121))
    await expect(viewerOf(page)).toHaveAttribute('data-slide', '3')

    // The visitor turns back to slide 1: the recording seeks to its start.
    await viewerOf(page).getByRole('button', { name: 'Previous slide' }).click()
    await viewerOf(page).getByRole('button', { name: 'Previous slide' }).click()
    await expect.poll(() => commands(frame)).toContainEqual(['seekTo', 0, true])
    await expect(viewerOf(page)).toHaveAttribute('data-slide', '1')

    // Every message went to the player's own origin, and only it was listened to.
    const received = await frame.evaluate(() => (window as unknown as { received: { origin: string }[] }).received)
    expect(new Set(received.map((m) => m.origin))).toEqual(new Set([new URL(page.url()).origin]))
  })
})

test('only talks whose slides give times load the sync code', async ({ page }) => {
  const dir = path.join(OUT, '_next', 'static', 'chunks')
  const syncChunks = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') && readFileSync(path.join(dir, file), 'utf8').includes('Play from this slide'))
    .map((file) => path.basename(file))
  expect(syncChunks.length).toBeGreaterThan(0)
  const loadedOn = async (url: string) => {
    const scripts: string[] = []
    page.on('request', (request) => scripts.push(path.basename(new URL(request.url()).pathname)))
    await openTalk(page, url)
    await page.waitForLoadState('networkidle')
    page.removeAllListeners('request')
    return syncChunks.filter((chunk) => scripts.includes(chunk))
  }
  expect(await loadedOn(FILE_TALK)).not.toEqual([])
  expect(await loadedOn('/talks/elixir-in-the-big-and-small/')).toEqual([])
})
