import { expect, test, type Locator } from '@playwright/test'
import jsQR from 'jsqr'

// At the end of the meetup the speaker shows the last slide; attendees scan it, or someone copies
// the link into the group chat.

const TALK_URL = '/talks/elixir-in-the-big-and-small/'

/**
 * What a QR code on the page holds, as a phone would read it: a screenshot of the element, its
 * pixels (the browser decodes the PNG), then jsQR.
 */
async function decodeQr(qr: Locator): Promise<string | undefined> {
  const png = (await qr.screenshot()).toString('base64')
  const { data, width, height } = await qr.page().evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.drawImage(bitmap, 0, 0)
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height)
    return { data: Array.from(pixels.data), width: pixels.width, height: pixels.height }
  }, png)
  return jsQR(new Uint8ClampedArray(data), width, height)?.data
}

test('the QR code in the Share section decodes to the talk page\'s own URL', async ({ page, baseURL }) => {
  await page.goto(TALK_URL)
  const share = page.getByRole('region', { name: 'Share' })
  const qr = share.getByRole('img', { name: /^QR code of / })
  await expect(qr).toBeVisible()
  const decoded = await decodeQr(qr)
  // The build's SITE_URL is the public origin, not the test server: compare the path, and the
  // accessible name, which states the same URL.
  expect(decoded).toBeDefined()
  expect(new URL(decoded ?? '').pathname).toBe(TALK_URL)
  await expect(qr).toHaveAccessibleName(`QR code of ${decoded}`)
  expect(baseURL).toBeDefined()
})

test('the deck ends with a "Slides & sources" slide whose QR code decodes to the talk\'s URL', async ({ page }) => {
  await page.goto(TALK_URL)
  const slides = page.getByRole('list', { name: 'Slides' }).locator(':scope > li')
  const last = slides.last()
  await expect(last).toHaveAttribute('id', `slide-${await slides.count()}`)
  // The viewer shows one slide at a time: go to the last one, as the speaker does at the end.
  await page.getByRole('region', { name: 'Slide viewer' }).focus()
  await page.keyboard.press('End')
  await expect(last.getByRole('heading', { name: 'Slides & sources' })).toBeVisible()
  // The short URL to read aloud: the talk's shortlink.
  await expect(last.getByRole('link', { name: /\/elixir\/$/ })).toHaveAttribute('href', /\/elixir\/$/)
  const qr = last.getByRole('img', { name: /^QR code of / })
  await qr.scrollIntoViewIfNeeded()
  const decoded = await decodeQr(qr)
  expect(new URL(decoded ?? 'about:blank').pathname).toBe(TALK_URL)
})

test('"Copy link" puts the talk\'s URL on the clipboard and says "Copied"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(TALK_URL)
  const share = page.getByRole('region', { name: 'Share' })
  const field = share.getByRole('textbox', { name: "The talk's link" })
  const url = await field.inputValue()
  expect(new URL(url).pathname).toBe(TALK_URL)
  await share.getByRole('button', { name: 'Copy link' }).click()
  await expect(share.getByRole('button', { name: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
})

test('"Share on X" opens a tweet intent with the talk\'s title and URL', async ({ page }) => {
  await page.goto(TALK_URL)
  const share = page.getByRole('region', { name: 'Share' })
  const url = await share.getByRole('textbox', { name: "The talk's link" }).inputValue()
  const href = new URL((await share.getByRole('link', { name: 'Share on X' }).getAttribute('href')) ?? '')
  expect(`${href.origin}${href.pathname}`).toBe('https://twitter.com/intent/tweet')
  expect(href.searchParams.get('url')).toBe(url)
  expect(href.searchParams.get('text')).toBe(await page.getByRole('heading', { level: 1 }).textContent())
})

test('Bluesky and LinkedIn links share the talk beside X', async ({ page }) => {
  await page.goto(TALK_URL)
  const share = page.getByRole('region', { name: 'Share' })
  const url = await share.getByRole('textbox', { name: "The talk's link" }).inputValue()
  const title = await page.getByRole('heading', { level: 1 }).textContent()
  const bluesky = new URL((await share.getByRole('link', { name: 'Share on Bluesky' }).getAttribute('href')) ?? '')
  expect(`${bluesky.origin}${bluesky.pathname}`).toBe('https://bsky.app/intent/compose')
  expect(bluesky.searchParams.get('text')).toBe(`${title} ${url}`)
  const linkedIn = new URL((await share.getByRole('link', { name: 'Share on LinkedIn' }).getAttribute('href')) ?? '')
  expect(`${linkedIn.origin}${linkedIn.pathname}`).toBe('https://www.linkedin.com/sharing/share-offsite/')
  expect(linkedIn.searchParams.get('url')).toBe(url)
})

test("Mastodon shares on the reader's own instance, whichever it is", async ({ page, context }) => {
  // The instance's share page is answered here: nothing goes out.
  await context.route('https://hachyderm.io/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Share</title>' }))
  await page.goto(TALK_URL)
  const share = page.getByRole('region', { name: 'Share' })
  const url = await share.getByRole('textbox', { name: "The talk's link" }).inputValue()
  const title = await page.getByRole('heading', { level: 1 }).textContent()
  const form = share.getByRole('form', { name: 'Share on Mastodon' })
  await form.getByRole('button', { name: 'Share on Mastodon' }).click()
  await expect(form.getByRole('status')).toHaveText('Type your instance, such as mastodon.social')
  await form.getByRole('textbox', { name: 'Mastodon instance' }).fill('@me@hachyderm.io')
  const [tab] = await Promise.all([context.waitForEvent('page'), form.getByRole('button', { name: 'Share on Mastodon' }).click()])
  await tab.waitForURL(/^https:\/\/hachyderm\.io\/share\?/)
  expect(new URL(tab.url()).searchParams.get('text')).toBe(`${title} ${url}`)
  await expect(form.getByRole('status')).toHaveText('')
})

test('the talk page makes no request outside the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin
  const outside: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:')) outside.push(request.url())
  })
  // Nothing may really go out, even if the assertion below is about to fail.
  await page.route((url) => url.origin !== origin, (route) => route.abort())
  await page.goto(TALK_URL)
  await page.getByRole('region', { name: 'Share' }).scrollIntoViewIfNeeded()
  await page.waitForLoadState('networkidle')
  expect(outside).toEqual([])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the link to copy is still there, in a read-only field', async ({ page }) => {
    await page.goto(TALK_URL)
    const field = page.getByRole('region', { name: 'Share' }).getByRole('textbox', { name: "The talk's link" })
    await expect(field).toHaveAttribute('readonly', '')
    expect(new URL(await field.inputValue()).pathname).toBe(TALK_URL)
  })
})
