import { expect, test, type Locator, type Page } from '@playwright/test'

// A visitor looks for where the speaker talks next. The talks list and the home page put the next
// upcoming delivery first and set "Upcoming" apart from "Past", as of the visitor's day, not the
// build's: the clock is faked to days around the fixture talks' last deliveries
// (e2e/fixtures/site/content/talks/), which the build lists latest first: deck-elsewhere
// 2024-03-14, slide-images 2024-02-01, elixir 2023-12-07, in-step 2023-03-10 and 2023-09-20,
// Größe zählt 2023-06-15, in-step-on-youtube 2023-05-01.

const DECK = 'A Talk With Its Deck Elsewhere'
const IMAGES = 'Images in Slides'
const ELIXIR = 'Elixir in the Big and Small'
const IN_STEP = 'The Recording in Step'
const GROESSE = 'Größe zählt: schnelle Seiten 🚀'
const ON_YOUTUBE = 'In Step on YouTube'

const at = (day: string) => new Date(`${day}T12:00:00`)

/** Titles of a list's entries as shown, top to bottom. */
async function shownTitles(list: Locator): Promise<string[]> {
  const items = await list.locator(':scope > li:visible').all()
  const boxes = await Promise.all(items.map(async (item) => ({ y: (await item.boundingBox())?.y ?? 0, title: await item.getByRole('heading').innerText() })))
  return boxes.sort((a, b) => a.y - b.y).map((box) => box.title)
}

const upcomingList = (scope: Page | Locator) => scope.getByRole('list', { name: 'Upcoming' })
const pastList = (scope: Page | Locator) => scope.getByRole('list', { name: 'Past' })
/** The one list shown when nothing is said about today. */
const onlyList = (page: Page) => page.getByRole('main').locator('ul:visible').first()

test('on the talks list, the next upcoming delivery comes first, and Upcoming is set apart from Past', async ({ page }) => {
  await page.clock.setFixedTime(at('2023-10-01'))
  await page.goto('/talks/')
  await expect(page.getByText('Upcoming', { exact: true })).toBeVisible()
  // Listed latest delivery first, deck-elsewhere leads the build's list; elixir is given first.
  expect(await shownTitles(upcomingList(page))).toEqual([ELIXIR, IMAGES, DECK])
  expect(await shownTitles(pastList(page))).toEqual([IN_STEP, GROESSE, ON_YOUTUBE])
})

test('the split is the visitor’s day’s, and a talk is upcoming on the day of its last delivery, past the day after', async ({ page }) => {
  await page.clock.setFixedTime(at('2023-04-01'))
  await page.goto('/talks/')
  expect(await shownTitles(upcomingList(page))).toEqual([ON_YOUTUBE, GROESSE, IN_STEP, ELIXIR, IMAGES, DECK])
  await expect(page.getByText('Past', { exact: true })).toBeHidden()

  await page.clock.setFixedTime(at('2023-09-20'))
  await page.reload()
  expect(await shownTitles(upcomingList(page))).toEqual([IN_STEP, ELIXIR, IMAGES, DECK])
  await page.clock.setFixedTime(at('2023-09-21'))
  await page.reload()
  expect(await shownTitles(upcomingList(page))).toEqual([ELIXIR, IMAGES, DECK])

  // After every delivery, nothing is upcoming: one list, with no label.
  await page.clock.setFixedTime(at('2024-03-15'))
  await page.reload()
  await expect(page.getByText('Upcoming', { exact: true })).toBeHidden()
  await expect(page.getByText('Past', { exact: true })).toBeHidden()
  expect(await shownTitles(onlyList(page))).toEqual([DECK, IMAGES, ELIXIR, IN_STEP, GROESSE, ON_YOUTUBE])
})

test('the home page’s talks put the next upcoming delivery first', async ({ page }) => {
  await page.clock.setFixedTime(at('2024-01-01'))
  await page.goto('/')
  const talks = page.getByRole('region', { name: 'Talks' })
  expect(await shownTitles(upcomingList(talks))).toEqual([IMAGES, DECK])
  expect(await shownTitles(pastList(talks))).toEqual([ELIXIR])
})

test('without JavaScript the list says nothing about today: every talk, latest delivery first', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto('/talks/')
  await expect(page.getByText('Upcoming', { exact: true })).toBeHidden()
  expect(await shownTitles(onlyList(page))).toEqual([DECK, IMAGES, ELIXIR, IN_STEP, GROESSE, ON_YOUTUBE])
  await context.close()
})

/** Every layout shift not caused by input, as Lighthouse's CLS counts them (as e2e/layout-stability.spec.ts). */
function observeLayoutShifts() {
  const shifts: number[] = []
  ;(window as unknown as { __shifts: number[] }).__shifts = shifts
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) shifts.push(entry.value)
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

for (const url of ['/', '/talks/']) {
  test(`the split moves nothing while ${url} loads and hydrates, on a day with talks to come: CLS 0`, async ({ page }) => {
    await page.clock.setFixedTime(at('2023-10-01'))
    await page.addInitScript(observeLayoutShifts)
    // Scripts arrive late, so the first paint is the server's HTML, as on a slow connection.
    await page.route('**/_next/static/**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400))
      await route.continue()
    })
    await page.goto(url, { waitUntil: 'load' })
    await expect(page.getByText('Upcoming', { exact: true })).toBeVisible()
    await page.waitForTimeout(1000)
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0)
  })
}
