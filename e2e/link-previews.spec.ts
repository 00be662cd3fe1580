/**
 * A link pasted into X, Discord, Slack, Bluesky, Mastodon or LinkedIn: each reads the page's Open
 * Graph and Twitter tags into a card. Read here by open-graph-scraper, a widely used reader of
 * those tags, on every page type, a slide page and a shortlink; then what a card needs beyond the
 * tags: the image it names, the icons, and the speaker's fediverse handle.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { previewCard } from './support/clients'
import { OUT, readContent } from './support/content'

const content = readContent().filter((entry) => entry.published)
const published = (collection: string) => content.filter((entry) => entry.collection === collection).map((entry) => `/${entry.page}/`)
const TALK = '/talks/elixir-in-the-big-and-small/'
const pageTypes: Record<string, string | undefined> = {
  home: '/',
  'talk list': '/talks/',
  talk: TALK,
  'slide 6': `${TALK}slides/6/`,
  shortlink: '/elixir/',
  'case study': published('case-studies')[0],
  note: published('notes')[0],
  'tag index': '/tags/',
  // A tag of the talk (its frontmatter: tags: [elixir, …]).
  tag: '/tags/elixir/',
}

/** The site URL the build used, read from the home page's canonical link. */
const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(path.join(OUT, 'index.html'), 'utf8'))![1]!).origin
/** The Mastodon link of the fixture's profile (content/profile.md), as its handle. */
const FEDIVERSE_CREATOR = '@example@mastodon.social'

async function cardOf(html: string) {
  const { error, card } = await previewCard(html)
  expect(error, 'open-graph-scraper reads the page').toBe(false)
  return card
}

for (const [type, sitePath] of Object.entries(pageTypes)) {
  test(`a ${type} link reads as a complete card for X, Discord, Slack, Bluesky, Mastodon and LinkedIn`, async ({ request }) => {
    test.skip(!sitePath, `no published ${type}`)
    const response = await request.get(sitePath!)
    expect(response.status()).toBe(200)
    const card = await cardOf(await response.text())
    expect(card.ogTitle).toBeTruthy()
    expect(card.ogDescription).toBeTruthy()
    expect(card.ogSiteName).toBe('Jacob Bleser')
    // OGP's locale is language_TERRITORY; the site's language is "en".
    expect(card.ogLocale).toBe('en_US')
    expect(card.twitterCard).toBe('summary_large_image')
    expect(card.customMetaTags?.fediverseCreator).toBe(FEDIVERSE_CREATOR)

    const [image] = card.ogImage ?? []
    expect(image, 'an og:image').toBeTruthy()
    // The alt describes the card drawn, not the page's title once more.
    expect(image!.alt).toMatch(/^Preview card: /)
    expect(image!.alt).not.toBe(card.ogTitle)
    expect(card.twitterImage?.[0]?.url).toBe(image!.url)
    // The image URL carries the hash of what it shows; the file behind it is the 1200x630 PNG.
    const url = new URL(image!.url)
    expect(url.origin).toBe(origin)
    expect(url.searchParams.get('v')).toMatch(/^[0-9a-f]{12}$/)
    const png = await request.get(url.pathname + url.search)
    expect(png.headers()['content-type']).toMatch(/^image\/png/)
    expect(await sharp(await png.body()).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 })
  })
}

test("the slide page's card is the slide's own: another image, described by the slide's words", async ({ request }) => {
  const talk = await cardOf(await (await request.get(TALK)).text())
  const slide = await cardOf(await (await request.get(`${TALK}slides/6/`)).text())
  expect(new URL(slide.ogImage![0]!.url).pathname).toBe('/og/talks/elixir-in-the-big-and-small/slides/6.png')
  expect(slide.ogImage![0]!.alt).not.toBe(talk.ogImage![0]!.alt)
  expect(slide.ogImage![0]!.alt).toContain('Jacob Bleser')
})

test('a raster favicon and a home-screen icon, drawn from the site icon, are linked and served', async ({ page, request }) => {
  await page.goto('/')
  const apple = await page.locator('head link[rel="apple-touch-icon"]').getAttribute('href')
  expect(apple).toBe('/apple-touch-icon.png')
  await expect(page.locator('head link[rel="shortcut icon"]')).toHaveAttribute('href', '/favicon.ico')

  const touch = await request.get('/apple-touch-icon.png')
  expect(touch.headers()['content-type']).toMatch(/^image\/png/)
  const touchImage = sharp(await touch.body())
  expect(await touchImage.metadata()).toMatchObject({ format: 'png', width: 180, height: 180 })
  expect((await touchImage.stats()).isOpaque).toBe(true)

  const ico = await request.get('/favicon.ico')
  expect(ico.status()).toBe(200)
  const bytes = await ico.body()
  // An ICO header (reserved 0, type 1) and its first image, a PNG the ICO holds.
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1])
  expect(bytes.readUInt16LE(4)).toBeGreaterThanOrEqual(1)
  const first = bytes.subarray(bytes.readUInt32LE(18), bytes.readUInt32LE(18) + bytes.readUInt32LE(14))
  expect(await sharp(first).metadata()).toMatchObject({ format: 'png', width: 16, height: 16 })
})
