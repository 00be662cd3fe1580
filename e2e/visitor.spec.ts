import { expect, test, type Locator } from '@playwright/test'

// A visitor who heard of the speaker finds who they are, their latest talk, and the rest of their work.

const TALK = {
  title: 'Elixir in the Big and Small',
  url: '/talks/elixir-in-the-big-and-small/',
  description:
    'Using Elixir in production at a seed-stage startup and at Discord, and what that says about whether Elixir fits your work.',
  date: 'Dec 7, 2023',
  tags: ['elixir', 'scaling', 'startups'],
}
const DRAFT_TITLE = 'Untitled next talk'
const DISCORD_BLOG = 'https://discord.com/blog/how-discord-scaled-elixir-to-5-000-000-concurrent-users'
const PROFILE_LINKS = [
  { name: 'Website', href: 'https://example.com' },
  { name: 'Twitter / X', href: 'https://x.com/example' },
  { name: 'Discord', href: 'https://discord.gg/example' },
  { name: 'Mastodon', href: 'https://mastodon.social/@example' },
]

async function expectImageLoaded(image: Locator) {
  await image.scrollIntoViewIfNeeded()
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: 'image loaded' })
    .toBe(true)
}

test('the home page introduces the speaker with name, headline, avatar, bio and rel="me" profile links', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/Jacob Bleser/)
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: 'Jacob Bleser' })).toBeVisible()
  await expect(main.getByText('Full-stack engineer at Discord', { exact: true })).toBeVisible()
  await expectImageLoaded(main.getByRole('img', { name: 'Jacob Bleser' }))
  await expect(main.getByText("Hi, I'm Jacob! I'm a full-stack engineer at Discord")).toBeVisible()
  await expect(main.getByText('Before Discord I built backend services in Elixir at The Marriage Pact')).toBeVisible()
  const profileLinks = main.getByRole('list').filter({ has: page.getByRole('link', { name: 'Website', exact: true }) })
  await expect(profileLinks.getByRole('link')).toHaveText(PROFILE_LINKS.map((link) => link.name))
  for (const link of PROFILE_LINKS) {
    const anchor = profileLinks.getByRole('link', { name: link.name, exact: true })
    await expect(anchor).toBeVisible()
    await expect(anchor).toHaveAttribute('href', link.href)
    await expect(anchor).toHaveAttribute('rel', /(^|\s)me(\s|$)/)
  }
})

test('the home page lists the latest published talk, and never the draft', async ({ page }) => {
  await page.goto('/')
  const talks = page.getByRole('region', { name: 'Talks' })
  await expect(talks.getByRole('link', { name: TALK.title })).toHaveAttribute('href', TALK.url)
  await expect(talks.getByText(TALK.description)).toBeVisible()
  await expect(talks.getByRole('link', { name: DRAFT_TITLE })).toHaveCount(0)
  await expect(page.getByText(DRAFT_TITLE)).toHaveCount(0)
})

test('clicking the latest talk opens its page with title, description, date and tags', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('region', { name: 'Talks' }).getByRole('link', { name: TALK.title }).click()
  await expect(page).toHaveURL(TALK.url)
  await expect(page.getByRole('heading', { level: 1, name: TALK.title })).toBeVisible()
  const main = page.getByRole('main')
  await expect(main.getByText(TALK.description, { exact: true })).toBeVisible()
  await expect(main.getByText(new RegExp(`^Talk · ${TALK.date}`))).toBeVisible()
  const tags = page.getByRole('list', { name: 'Tags' })
  await expect(tags.getByRole('link')).toHaveText(TALK.tags.map((tag) => `#${tag}`))
  for (const tag of TALK.tags) {
    await expect(tags.getByRole('link', { name: `#${tag}` })).toHaveAttribute('href', `/tags/${tag}/`)
  }
})

test("the talk's sources section links to the Discord engineering blog post", async ({ page }) => {
  await page.goto(TALK.url)
  const sources = page.getByRole('region', { name: 'Sources' })
  await expect(sources.getByRole('heading', { name: 'Sources' })).toBeVisible()
  const post = sources.getByRole('link', { name: 'How Discord Scaled Elixir to 5,000,000 Concurrent Users' })
  await expect(post).toBeVisible()
  await expect(post).toHaveAttribute('href', DISCORD_BLOG)
})

test('the case studies and notes lists show every published entry, reached from the main navigation', async ({ page }) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })

  await nav.getByRole('link', { name: 'Case studies' }).click()
  await expect(page).toHaveURL('/case-studies/')
  await expect(page.getByRole('heading', { level: 1, name: 'Case studies' })).toBeVisible()
  const caseStudies = page.getByRole('main').getByRole('heading', { level: 2 })
  await expect(caseStudies).toHaveText(['Discord', 'The Marriage Pact'], { useInnerText: true })
  await expect(page.getByRole('link', { name: 'The Marriage Pact' })).toHaveAttribute('href', '/case-studies/the-marriage-pact/')
  await expect(page.getByRole('main').getByRole('link', { name: 'Discord', exact: true })).toHaveAttribute('href', '/case-studies/discord/')

  await nav.getByRole('link', { name: 'Notes' }).click()
  await expect(page).toHaveURL('/notes/')
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible()
  const main = page.getByRole('main')
  await expect(main.getByRole('link', { name: 'Elixir in the big and small' })).toHaveAttribute('href', '/notes/elixir-in-the-big-and-small/')
  await expect(main.getByRole('link', { name: 'Speakers to learn from – Jacob’s list' })).toHaveAttribute(
    'href',
    '/notes/speakers-to-learn-from--jacobs-list/',
  )
  await expect(main.getByText('Rehearsal checklist')).toHaveCount(0)
})

test('the #elixir tag page lists the talk and both case studies', async ({ page }) => {
  await page.goto('/tags/elixir/')
  await expect(page.getByRole('heading', { level: 1, name: '#elixir' })).toBeVisible()
  const main = page.getByRole('main')
  await expect(main.getByRole('link', { name: TALK.title })).toHaveAttribute('href', TALK.url)
  await expect(main.getByRole('link', { name: 'Discord', exact: true })).toHaveAttribute('href', '/case-studies/discord/')
  await expect(main.getByRole('link', { name: 'The Marriage Pact' })).toHaveAttribute('href', '/case-studies/the-marriage-pact/')
  await expect(main.getByRole('heading', { level: 2 })).toHaveCount(3)
  await expect(main.getByText(DRAFT_TITLE)).toHaveCount(0)
})

test('a missing page answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/talks/no-such-talk/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Go home' })).toHaveAttribute('href', '/')

  const elsewhere = await page.goto('/no/such/page')
  expect(elsewhere?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible()
})

test('following links moves between pages in place, and every file the browser asks of the site for it exists', async ({ page, baseURL }) => {
  // Links prefetch the pages they lead to (per-segment files beside each page's index.html) and
  // a click renders the next page from them, without loading a new document.
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.url().startsWith(baseURL!) && response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  // Links prefetch when they come into view, or on hover: the first prefetched file, whichever.
  const segments = page.waitForResponse((response) => /\/__next\.[^/]*\.txt(\?|$)/.test(response.url()))
  await page.goto('/')
  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true))
  await page.getByRole('region', { name: 'Talks' }).getByRole('link', { name: TALK.title }).hover()
  expect((await segments).ok()).toBe(true)
  await page.getByRole('region', { name: 'Talks' }).getByRole('link', { name: TALK.title }).click()
  await expect(page).toHaveURL(TALK.url)
  await expect(page.getByRole('heading', { level: 1, name: TALK.title })).toBeVisible()
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: '#elixir' }).click()
  await expect(page).toHaveURL('/tags/elixir/')
  await expect(page.getByRole('heading', { level: 1, name: '#elixir' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click()
  await expect(page).toHaveURL('/notes/')
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true)
  expect(failed).toEqual([])
})
