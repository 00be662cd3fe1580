/**
 * An organiser needs the speaker's bio, a photo to print and the talks on offer: the speaker kit,
 * /speaker/, linked from the home page. Against the fixture site, whose profile fills every kit
 * field with a visible placeholder (e2e/fixtures/site/content/profile.md); then a build of its own
 * whose profile gives none of them, which shows no part it has nothing for.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { splitFrontmatter } from '../lib/core/frontmatter'
import { CONTENT, OUT, readContent } from './support/content'
import { buildAndServe } from './support/fixture-builds'
import { expectHydrated } from './support/hydrated'
import { fileForUrlPath } from './support/link-check'

const KIT = '/speaker/'
const FIXTURE_PUBLIC = path.join(CONTENT, '..', 'public')
const profile = splitFrontmatter(readFileSync(path.join(CONTENT, 'profile.md'), 'utf8')).data as {
  name: string
  pronouns: string
  pronunciation: string
  bios: Record<'short' | 'medium' | 'long', string>
  headshots: { image: string; alt: string; credit: string }[]
  contact: string
}
const headshot = profile.headshots[0]!
const talks = readContent().filter((file) => file.collection === 'talks' && file.published)

const jsonLd = async (page: Page) =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>)
const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content')
const headings = (page: Page) =>
  page.locator('main').locator('h1, h2, h3').evaluateAll((found) => found.map((h) => `${h.tagName.toLowerCase()} ${h.textContent?.trim()}`))

test('the home page links the kit, which shows the name, pronouns and pronunciation as the profile writes them', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Speaker kit for organisers' }).click()
  await expect(page).toHaveURL(new RegExp(`${KIT}$`))
  await expect(page).toHaveTitle(`Speaker kit · ${profile.name}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(profile.name)
  await expect(page.locator('[data-kit="pronouns"]')).toHaveText(profile.pronouns)
  await expect(page.locator('[data-kit="pronunciation"]')).toHaveText(profile.pronunciation)
})

test('each bio, shortest first, has a copy button that copies the bio as shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(KIT)
  await expectHydrated(page, KIT)
  const bios = page.getByRole('region', { name: 'Bios' })
  await expect(bios.getByRole('heading', { level: 3 })).toHaveText(['Short bio', 'Medium bio', 'Long bio'])
  for (const [length, label] of [['short', 'short bio'], ['medium', 'medium bio'], ['long', 'long bio']] as const) {
    const text = page.locator(`#bio-${length}`)
    const shown = (await text.innerText()).trim()
    // Rendered Markdown: the words without their ** and [](), each paragraph kept.
    expect(shown).toContain(`Placeholder ${length} bio`)
    expect(shown).not.toMatch(/\*\*|\]\(/)
    await page.getByRole('button', { name: `Copy ${label}` }).click()
    await expect(page.getByRole('status').filter({ hasText: `${label} copied` })).toHaveCount(1)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown)
  }
  expect(profile.bios.long).toContain('\n\n')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/first paragraph[^]*\n\n?Placeholder long bio, second paragraph, with a link to Elixir\.$/)
})

test('without JavaScript the bios are on the page as text', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(KIT)
  await expect(page.locator('#bio-short')).toHaveText('Placeholder short bio. Jacob Bleser is a full-stack engineer at Discord.')
  await expect(page.locator('#bio-medium')).toContainText('Placeholder medium bio.')
  await context.close()
})

test('the headshot is shown with its description and credit, and downloads at full size', async ({ page }) => {
  await page.goto(KIT)
  const section = page.getByRole('region', { name: 'Headshot' })
  const image = section.getByRole('img', { name: headshot.alt })
  await expect(image).toBeVisible()
  await expect(section).toContainText(headshot.credit)
  await expect(section).toContainText('1200 × 1500 px, JPEG, 30.9 kB')
  const original = readFileSync(path.join(FIXTURE_PUBLIC, headshot.image))
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: /^Download placeholder-headshot\.jpg at full size/ }).click()])
  expect(download.suggestedFilename()).toBe('placeholder-headshot.jpg')
  expect(readFileSync((await download.path())!).equals(original)).toBe(true)
})

test('every published talk is offered with its abstract (else its description) and its duration', async ({ page }) => {
  await page.goto(KIT)
  const section = page.getByRole('region', { name: 'Talks' })
  await expect(section.locator('[data-kit-talk]')).toHaveCount(talks.length)
  for (const talk of talks) {
    const item = section.locator(`[data-kit-talk="${talk.slug}"]`)
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(talk.title)
    const duration = item.locator('[data-kit="duration"]')
    if (typeof talk.data.duration === 'number') await expect(duration).toHaveText(`${talk.data.duration} min`)
    else await expect(duration).toHaveCount(0)
    if (typeof talk.data.abstract === 'string') {
      await expect(item.locator('strong')).toHaveText('seed-stage startup')
      await expect(item).toContainText('Placeholder abstract, second paragraph')
    } else {
      await expect(item).toContainText(String(talk.data.description))
    }
  }
  expect(talks.some((talk) => typeof talk.data.abstract === 'string' && talk.data.duration === 30)).toBe(true)
  const drafts = readContent().filter((file) => file.collection === 'talks' && !file.published)
  for (const draft of drafts) await expect(page.locator('main')).not.toContainText(draft.title)
})

test('the links and the contact line are the profile\'s', async ({ page }) => {
  await page.goto(KIT)
  await expect(page.getByRole('region', { name: 'Links' }).getByRole('link')).toHaveText(['Website', 'Twitter / X', 'Discord', 'Mastodon'])
  await expect(page.getByRole('region', { name: 'Contact' }).getByRole('link', { name: profile.contact })).toHaveAttribute('href', `mailto:${profile.contact}`)
})

test('the kit is a JSON-LD Person with its headshot, and has a preview image of its own', async ({ page }) => {
  await page.goto(KIT)
  const [person, breadcrumbs] = await jsonLd(page)
  const canonical = (await page.locator('head link[rel="canonical"]').getAttribute('href')) ?? ''
  const site = new URL(canonical).origin
  expect(person).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: profile.name,
    email: profile.contact,
    mainEntityOfPage: canonical,
    image: [{ '@type': 'ImageObject', contentUrl: `${site}${headshot.image}`, caption: headshot.alt, creditText: headshot.credit }],
  })
  expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList', itemListElement: [{ name: profile.name }, { name: 'Speaker kit', item: canonical }] })

  expect(await meta(page, 'description')).toBe(`Speaker kit of ${profile.name} for organisers: bios, headshots, talks with their abstracts and a contact.`)
  const image = (await meta(page, 'og:image')) ?? ''
  expect(image).toMatch(new RegExp(`^${site}/og/speaker\\.png\\?v=[0-9a-f]{12}$`))
  const png = readFileSync(fileForUrlPath(OUT, '/og/speaker.png', '')!)
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 })
  expect(png.equals(readFileSync(fileForUrlPath(OUT, '/og/index.png', '')!))).toBe(false)
  await test.info().attach('the kit\'s preview image', { body: png, contentType: 'image/png' })
})

test('a profile without the kit\'s fields builds a kit with no part it has nothing for', async ({ browser }) => {
  test.setTimeout(15 * 60_000)
  // No bios, headshots, pronouns, links or contact: the profile's own text is its one bio.
  const site = await buildAndServe({ content: { 'profile.md': '---\nname: Placeholder Speaker\n---\nA placeholder bio, written in the body.\n' } })
  try {
    const page = await browser.newPage({ baseURL: site.baseUrl })
    await page.goto(KIT)
    expect(await headings(page)).toEqual(['h1 Placeholder Speaker', 'h2 Bio', 'h2 Talks', ...talks.map(() => expect.stringMatching(/^h3 /))])
    await expect(page.locator('#bio')).toHaveText('A placeholder bio, written in the body.')
    await expect(page.locator('main dl, main figure')).toHaveCount(0)
    const [person] = await jsonLd(page)
    expect(person).not.toHaveProperty('image')
    expect(person).not.toHaveProperty('email')
    await page.close()
  } finally {
    await site.close()
  }
})
