import { expect, test, type Page } from '@playwright/test'
import { publicPart, readContentFile, showDate, slideChunks, slideHeadings } from './support/content'

// Someone who sat in the audience comes back for the slides and the sources, maybe on a phone
// with JavaScript off, maybe from the shortlink shown on the last slide.

const TALK_FILE = 'talks/elixir-in-the-big-and-small.md'
const TALK_URL = '/talks/elixir-in-the-big-and-small/'
const talk = readContentFile(TALK_FILE)
// The deck ends with the share slide (siteConfig.shareSlide, on by default): short URL and QR code.
const expectedHeadings = [...slideHeadings(talk.body), 'Slides & sources']

const slidesOf = (page: Page) => page.getByRole('list', { name: 'Slides' }).locator(':scope > li')

async function slideHeadingTexts(page: Page): Promise<(string | null)[]> {
  return slidesOf(page).evaluateAll((slides) =>
    slides.map((slide) => slide.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? null),
  )
}

test('the talk page shows every slide of the source file, in order, each with its #slide-N anchor', async ({ page }) => {
  expect(expectedHeadings.length, `slides in content/${TALK_FILE}`).toBeGreaterThan(5)
  await page.goto(TALK_URL)
  const slides = slidesOf(page)
  await expect(slides).toHaveCount(expectedHeadings.length)
  expect(await slideHeadingTexts(page)).toEqual(expectedHeadings)
  for (let i = 0; i < expectedHeadings.length; i++) {
    const slide = slides.nth(i)
    await expect(slide).toHaveAttribute('id', `slide-${i + 1}`)
    const heading = expectedHeadings[i]
    // Attached, not visible: the viewer shows one slide at a time (e2e/slides.spec.ts).
    if (heading) await expect(slide.getByRole('heading', { name: heading, exact: true, includeHidden: true })).toBeAttached()
  }
  // The title slide comes first; a deep link to a slide scrolls to it.
  await page.goto(`${TALK_URL}#slide-8`)
  await expect(page.locator('#slide-8')).toBeInViewport()
})

test("slide 8's footnotes link to numbered sources, and each source links back to slide 8", async ({ page }) => {
  const slide8 = publicPart(slideChunks(talk.body)[7] ?? '')
  const footnoteRefs = new Set([...slide8.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((match) => match[1]))
  expect(footnoteRefs.size, 'footnote references in the source of slide 8').toBe(2)

  await page.goto(`${TALK_URL}#slide-8`)
  const refs = page.locator('#slide-8 a[href^="#source-"]')
  await expect(refs).toHaveCount(footnoteRefs.size)
  const sources = page.getByRole('region', { name: 'Sources' })

  for (let i = 0; i < footnoteRefs.size; i++) {
    const ref = refs.nth(i)
    const href = await ref.getAttribute('href')
    expect(href).toMatch(/^#source-\d+$/)
    const entry = sources.locator(href ?? '#none')
    await expect(entry).toHaveCount(1)
    await expect(ref).toHaveText(href?.replace('#source-', '') ?? '')
    const back = entry.getByRole('link', { name: 'slide 8', exact: true })
    await expect(back).toHaveAttribute('href', '#slide-8')

    await ref.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await expect(entry).toBeInViewport()
    await back.click()
    await expect(page).toHaveURL(/#slide-8$/)
    await expect(page.locator('#slide-8')).toBeInViewport()
  }
  await expect(sources.getByRole('link', { name: 'How Discord Scaled Elixir to 5,000,000 Concurrent Users' })).toBeVisible()
  await expect(sources.getByRole('link', { name: 'Real time communication at scale with Elixir at Discord' })).toBeVisible()
})

test('the events section shows the Elixir Meetup with its date and location', async ({ page }) => {
  const events = talk.data.events as { name: string; date: string; location: string; url: string }[]
  const meetup = events.find((event) => event.name === 'Elixir Meetup')
  expect(meetup).toBeDefined()
  await page.goto(TALK_URL)
  const section = page.getByRole('region', { name: 'Where it was given' })
  const item = section.getByRole('listitem').filter({ hasText: 'Elixir Meetup' })
  await expect(item).toHaveCount(1)
  await expect(item.getByRole('link', { name: 'Elixir Meetup' })).toHaveAttribute('href', meetup?.url ?? '')
  await expect(item).toContainText(showDate(meetup?.date ?? ''))
  await expect(item).toContainText('Dec 7, 2023')
  await expect(item).toContainText(meetup?.location ?? '')
})

test("the speaker card shows the speaker's name and profile links", async ({ page }) => {
  await page.goto(TALK_URL)
  const card = page.getByRole('region', { name: 'Jacob Bleser' })
  await expect(card.getByRole('heading', { name: 'Jacob Bleser' })).toBeVisible()
  await expect(card.getByText('Full-stack engineer at Discord')).toBeVisible()
  await expect(card.getByRole('link', { name: 'Website' })).toHaveAttribute('href', 'https://example.com')
  await expect(card.getByRole('link', { name: 'Twitter / X' })).toHaveAttribute('href', 'https://x.com/example')
  await expect(card.getByRole('link', { name: 'Discord' })).toHaveAttribute('href', 'https://discord.gg/example')
  for (const link of await card.getByRole('link').all()) await expect(link).toHaveAttribute('rel', /(^|\s)me(\s|$)/)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every slide heading is visible', async ({ page }) => {
    await page.goto(TALK_URL)
    await expect(slidesOf(page)).toHaveCount(expectedHeadings.length)
    expect(await slideHeadingTexts(page)).toEqual(expectedHeadings)
    for (const heading of expectedHeadings) {
      if (heading) await expect(slidesOf(page).getByRole('heading', { name: heading, exact: true })).toBeVisible()
    }
  })

  test('the shortlink /elixir/ redirects to the talk page with a meta refresh', async ({ page }) => {
    // A static host cannot answer with an HTTP redirect: the page itself must send browsers on.
    const shortlink = await page.request.get('/elixir/', { maxRedirects: 0 })
    expect(shortlink.status()).toBe(200)
    expect(await shortlink.text()).toMatch(/<meta http-equiv="refresh" content="0; ?url=\/talks\/elixir-in-the-big-and-small\/"/i)

    await page.goto('/elixir/')
    await expect(page).toHaveURL(TALK_URL)
    await expect(page.getByRole('heading', { level: 1, name: talk.title })).toBeVisible()
    await expect(slidesOf(page)).toHaveCount(expectedHeadings.length)
  })
})

test('the image embedded with ![[two-companies.svg]] loads from /attachments/', async ({ page }) => {
  expect(talk.body).toContain('![[two-companies.svg]]')
  const responses: number[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/attachments/two-companies.svg') responses.push(response.status())
  })
  await page.goto(`${TALK_URL}#slide-${expectedHeadings.indexOf('A tale of 2 companies') + 1}`)
  const slide = slidesOf(page).filter({ has: page.getByRole('heading', { name: 'A tale of 2 companies' }) })
  const image = slide.getByRole('img')
  await expect(image).toHaveCount(1)
  await expect(image).toHaveAttribute('src', '/attachments/two-companies.svg')
  await image.scrollIntoViewIfNeeded()
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: 'image decoded' })
    .toBe(true)
  expect(responses).toContain(200)
})
