/**
 * A meetup's site embeds a talk's deck: the talk page offers the iframe code and an
 * oEmbed file; the embed page shows in an iframe on another origin, and every other page refuses
 * to be framed. The other site is a tiny server of this spec, on a port of its own.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { extract } from '@extractus/oembed-extractor'
import { expect, test } from '@playwright/test'
import { OUT } from './support/content'

const SLUG = 'größe-zählt-'
const TALK = `/talks/${SLUG}/`
const EMBED = `${TALK}embed/`

/** The site URL the build used (its pages' absolute URLs), read from the home page's canonical link. */
const siteOrigin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(path.join(OUT, 'index.html'), 'utf8'))![1]!).origin

let other: Server
let otherOrigin = ''
/** What the other site's page frames, by the query: ?src=<URL>. */
const framingPage = (src: string) => `${otherOrigin}/?src=${encodeURIComponent(src)}`

test.beforeAll(async () => {
  other = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams
    const src = query.get('src') ?? ''
    const attribute = src.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    // ?html=<embed code>&width=<px>: the code pasted as it is into a column of that width, as a blog post does.
    const pasted = query.get('html')
    if (pasted !== null) {
      res.end(`<!doctype html><html lang="en"><title>Blog post</title><body style="margin:0"><div id="column" style="width:${Number(query.get('width'))}px">${pasted}</div>`)
      return
    }
    res.end(`<!doctype html><html lang="en"><title>Meetup page</title><h1>Our meetup</h1><iframe id="deck" title="Deck" src="${attribute}" width="960" height="640"></iframe>`)
  })
  await new Promise<void>((resolve) => other.listen(0, 'localhost', resolve))
  otherOrigin = `http://localhost:${(other.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  await new Promise((resolve) => other.close(resolve))
})

test('the talk page offers the iframe code of its deck, and announces its oEmbed file', async ({ page, request }) => {
  await page.goto(TALK)
  const code = await page.getByRole('textbox', { name: 'Embed the slides on your site' }).inputValue()
  expect(code).toMatch(/<iframe src="[^"]+\/talks\/gr%C3%B6%C3%9Fe-z%C3%A4hlt-\/embed\/"/)
  await expect(page.getByRole('button', { name: 'Copy embed code' })).toBeVisible()

  const oembed = await page.locator('head link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')
  expect(oembed).toMatch(/\/talks\/gr%C3%B6%C3%9Fe-z%C3%A4hlt-\/oembed\.json$/)
  const response = await request.get(new URL(oembed!).pathname)
  expect(response.status()).toBe(200)
  const json = (await response.json()) as Record<string, unknown>
  expect(json).toMatchObject({ version: '1.0', type: 'rich', title: 'Größe zählt: schnelle Seiten 🚀', html: code })
})

test('the embed page shows in an iframe on another site: the deck, its controls and a link back to the talk', async ({ page, baseURL }) => {
  const response = await page.request.get(EMBED)
  expect(response.headers()['content-security-policy']).toMatch(/^frame-ancestors \*;/)
  expect(response.headers()['x-frame-options']).toBeUndefined()

  await page.goto(framingPage(new URL(EMBED, baseURL).href))
  const deck = page.frameLocator('#deck')
  const viewer = deck.getByRole('region', { name: 'Slide viewer' })
  await expect(viewer.locator('[data-ready]')).toHaveCount(1)
  await expect(viewer.getByRole('heading', { name: 'Größe zählt 🚀' })).toBeVisible()
  await viewer.getByRole('button', { name: 'Next slide' }).click()
  await expect(viewer.locator('[aria-live="polite"]')).toHaveText(/^2 \//)
  // Only the deck: no site header, footer or presenter view in the frame.
  await expect(deck.getByRole('banner')).toBeHidden()
  await expect(deck.getByRole('contentinfo')).toBeHidden()
  await expect(viewer.getByRole('link', { name: 'Presenter view' })).toHaveCount(0)
  const back = deck.getByRole('link', { name: 'Größe zählt: schnelle Seiten 🚀' })
  await expect(back).toHaveAttribute('target', '_blank')
  expect(new URL((await back.getAttribute('href')) ?? '').pathname).toBe(encodeURI(TALK))
  // Sized for the iframe: the deck fits its width, no horizontal scrolling.
  const fits = await deck.locator('body').evaluate((body) => body.scrollWidth <= window.innerWidth)
  expect(fits).toBe(true)
})

test('every other page refuses to be framed by another site', async ({ page, baseURL }) => {
  for (const sitePath of [TALK, `${TALK}slides/2/`, '/']) {
    const response = await page.request.get(sitePath)
    expect(response.headers()['content-security-policy'], sitePath).toMatch(/^frame-ancestors 'none'/)
    const refused = page.waitForEvent('console', (message) => /Refused to frame|frame-ancestors/i.test(message.text()))
    await page.goto(framingPage(new URL(sitePath, baseURL).href))
    await refused
    const frame = page.frames().find((f) => f !== page.mainFrame())
    expect(frame?.url(), sitePath).not.toBe(new URL(sitePath, baseURL).href)
    await expect(page.frameLocator('#deck').getByRole('region', { name: 'Slide viewer' })).toHaveCount(0)
  }
})

test('a blog embeds the deck by pasting a URL: an oEmbed consumer finds the file from the talk, a slide and the shortlink', async ({ baseURL }) => {
  // @extractus/oembed-extractor discovers the file from the page, as WordPress and others do; the
  // site's own URLs are answered by the local server.
  const fetcher = (url: string) => fetch(url.replace(siteOrigin, new URL(baseURL!).origin))
  const talkUrl = `${siteOrigin}${encodeURI(TALK)}`
  const embedUrl = `${siteOrigin}${encodeURI(EMBED)}`
  for (const [page, opensAt] of [[talkUrl, embedUrl], [`${siteOrigin}/schnell/`, embedUrl], [`${talkUrl}slides/3/`, `${embedUrl}#slide-3`]] as const) {
    const oembed = (await extract(page, { maxwidth: 400, maxheight: 400 }, fetcher)) as Record<string, unknown>
    expect(oembed, page).toMatchObject({ version: '1.0', type: 'rich', title: 'Größe zählt: schnelle Seiten 🚀', method: 'auto-discovery' })
    expect(String(oembed.html), page).toContain(`<iframe src="${opensAt}"`)
    expect(String(oembed.html), page).not.toMatch(/allowfullscreen/)
    // A static file cannot read maxwidth: it declares a column's width, and its html shrinks to any (below).
    expect([oembed.width, oembed.height], page).toEqual([560, Math.round((560 * 9) / 16) + 92])
    expect(new URL(String(oembed.thumbnail_url)).searchParams.get('v'), page).toMatch(/^[0-9a-f]{12}$/)
  }
})

for (const width of [320, 900]) {
  test(`the pasted embed keeps the deck 16:9 in a ${width} px column, with no blank band, at the slide it was pasted from`, async ({ page, baseURL }) => {
    const fetcher = (url: string) => fetch(url.replace(siteOrigin, new URL(baseURL!).origin))
    const { html } = (await extract(`${siteOrigin}${encodeURI(TALK)}slides/2/`, {}, fetcher)) as unknown as { html: string }
    const warnings: string[] = []
    page.on('console', (message) => warnings.push(message.text()))
    await page.goto(`${otherOrigin}/?width=${width}&html=${encodeURIComponent(html.replaceAll(siteOrigin, new URL(baseURL!).origin))}`)
    const frame = page.frameLocator('#column iframe')
    const viewer = frame.getByRole('region', { name: 'Slide viewer' })
    await expect(viewer.locator('[data-ready]')).toHaveCount(1)
    await expect(viewer.locator('[aria-live="polite"]')).toHaveText(/^2 \//)
    const box = (await page.locator('#column iframe').boundingBox())!
    expect(box.width).toBe(width)
    expect(Math.abs(box.height - (Math.round((width * 9) / 16) + 92))).toBeLessThanOrEqual(1)
    // Inside the frame, the page ends at the frame's bottom: no blank band, no scrolling.
    const inside = await frame.locator('body').evaluate((body) => ({
      content: body.scrollHeight,
      frame: window.innerHeight,
      last: body.querySelector('[data-embed-page] > p')!.getBoundingClientRect().bottom,
    }))
    expect(inside.content).toBeLessThanOrEqual(inside.frame)
    expect(inside.frame - inside.last).toBeLessThanOrEqual(16)
    expect(warnings.filter((text) => /allowfullscreen/i.test(text))).toEqual([])
  })
}
