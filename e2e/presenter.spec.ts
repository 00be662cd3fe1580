import { expect, test, type Page } from '@playwright/test'
import { readContentFile, slideChunks, slideHeadings, speakerNotes } from './support/content'

// The speaker presents from the presenter view (current and next slide, timer, notes) while the
// audience window, the talk page, follows. A normal build is public: its presenter view says the
// notes are left out, and has none.

const TALK_URL = '/talks/elixir-in-the-big-and-small/'
const PRESENTER_URL = `${TALK_URL}present/`
const talk = readContentFile('talks/elixir-in-the-big-and-small.md')
const headings = slideHeadings(talk.body)
// The deck ends with the "Slides & sources" slide (siteConfig.shareSlide, on by default).
const TOTAL = headings.length + 1
const noteLines = slideChunks(talk.body)
  .flatMap((chunk) => speakerNotes(chunk).split('\n'))
  .map((line) => line.trim())
  .filter((line) => line.length > 20)

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const headingIn = (page: Page, name: string, slide: number) =>
  region(page, name).getByRole('heading', { name: headings[slide - 1] ?? 'Slides & sources', exact: true })

async function openPresenter(page: Page) {
  await page.goto(PRESENTER_URL)
  await expect(page.locator('.slide-stack[data-ready]')).toHaveCount(2)
}

async function openAudience(page: Page) {
  await page.goto(TALK_URL)
  await expect(page.getByRole('region', { name: 'Slide viewer' }).locator('[data-ready]')).toHaveCount(1)
}

test('the talk page links to its presenter view, which search engines are told not to index', async ({ page }) => {
  await page.goto(TALK_URL)
  await expect(page.getByRole('link', { name: 'Presenter view' })).toHaveAttribute('href', PRESENTER_URL)
  await page.goto(PRESENTER_URL)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
})

test('the presenter view shows the current and next slide and a timer, and no speaker notes', async ({ page }) => {
  expect(noteLines.length, 'speaker note lines in the sample talk').toBeGreaterThan(3)
  await openPresenter(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible()
  await expect(headingIn(page, 'Current slide', 1)).toBeVisible()
  await expect(headingIn(page, 'Next slide', 2)).toBeVisible()
  await expect(headingIn(page, 'Next slide', 3)).toBeHidden()

  await page.getByRole('button', { name: 'Next slide' }).click()
  await expect(headingIn(page, 'Current slide', 2)).toBeVisible()
  await expect(headingIn(page, 'Current slide', 1)).toBeHidden()
  await expect(headingIn(page, 'Next slide', 3)).toBeVisible()
  await expect(region(page, 'Current slide').locator('[aria-live="polite"]')).toHaveText(`2 / ${TOTAL}`)

  const timer = page.getByRole('timer', { name: 'Elapsed time' })
  await expect(timer).toContainText('0:00')
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(timer).toContainText('0:01', { timeout: 3000 })
  await page.getByRole('button', { name: 'Pause' }).click()
  const paused = await timer.textContent()
  await page.waitForTimeout(1200)
  expect(await timer.textContent()).toBe(paused)
  await page.getByRole('button', { name: 'Reset' }).click()
  await expect(timer).toContainText('0:00')

  const notes = region(page, 'Speaker notes')
  await expect(notes).toContainText('Speaker notes are not included in this build')
  const html = await page.content()
  for (const line of noteLines) expect(html, 'a speaker note line on the presenter view').not.toContain(line)
})

test('moving in the presenter view moves the audience window, and moving there moves the presenter', async ({ context }) => {
  const audience = await context.newPage()
  await openAudience(audience)
  const presenter = await context.newPage()
  await openPresenter(presenter)

  await presenter.keyboard.press('ArrowRight')
  await presenter.getByRole('button', { name: 'Next slide' }).click()
  await expect(headingIn(presenter, 'Current slide', 3)).toBeVisible()
  const slide3 = audience.getByRole('list', { name: 'Slides' }).locator(':scope > li').nth(2)
  await expect(slide3).toBeVisible()
  await expect(audience).toHaveURL(/#slide-3$/)

  await audience.keyboard.press('ArrowRight')
  await expect(audience).toHaveURL(/#slide-4$/)
  await expect(headingIn(presenter, 'Current slide', 4)).toBeVisible()
  await expect(headingIn(presenter, 'Next slide', 5)).toBeVisible()
})

test('"Open audience window" opens the talk page at the presenter\'s slide', async ({ context }) => {
  const presenter = await context.newPage()
  await openPresenter(presenter)
  await presenter.keyboard.press('End')
  await expect(headingIn(presenter, 'Current slide', TOTAL)).toBeVisible()
  await expect(presenter.getByText('End of the deck.')).toBeVisible()
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    presenter.getByRole('link', { name: 'Open audience window' }).click(),
  ])
  await expect(audience).toHaveURL(new RegExp(`${TALK_URL}#slide-${TOTAL}$`))
  await expect(audience.getByRole('list', { name: 'Slides' }).locator(':scope > li').nth(TOTAL - 1)).toBeVisible()
})
