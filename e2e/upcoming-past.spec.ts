import { expect, test, type Locator, type Page } from '@playwright/test'

// A visitor looks for where the speaker talks next. The talks list and the home page put the next
// upcoming delivery first and set "Upcoming" apart from "Past", as of the visitor's day, not the
// build's: the clock is faked to days around the fixture talks' events
// (e2e/fixtures/site/content/talks/: deck-elsewhere 2024-03-14, in-step 2024-03-10 and
// 2024-09-20, in-step-on-youtube 2024-05-01; the others in 2023 and early 2024).

const DECK_ELSEWHERE = 'A Talk With Its Deck Elsewhere'
const IN_STEP = 'The Recording in Step'
const ON_YOUTUBE = 'In Step on YouTube'
const ELIXIR = 'Elixir in the Big and Small'

const at = (day: string) => new Date(`${day}T12:00:00`)

/** Titles of a list's entries as shown, top to bottom. */
async function shownTitles(list: Locator): Promise<string[]> {
  const items = await list.locator(':scope > li:visible').all()
  const boxes = await Promise.all(items.map(async (item) => ({ y: (await item.boundingBox())?.y ?? 0, title: await item.getByRole('heading').innerText() })))
  return boxes.sort((a, b) => a.y - b.y).map((box) => box.title)
}

const upcomingList = (scope: Page | Locator) => scope.getByRole('list', { name: 'Upcoming' })
const pastList = (scope: Page | Locator) => scope.getByRole('list', { name: 'Past' })

test('on the talks list, the next upcoming delivery comes first, and Upcoming is set apart from Past', async ({ page }) => {
  await page.clock.setFixedTime(at('2024-03-12'))
  await page.goto('/talks/')
  await expect(page.getByText('Upcoming', { exact: true })).toBeVisible()
  // deck-elsewhere is given in two days, in-step-on-youtube in May, in-step again in September.
  expect(await shownTitles(upcomingList(page))).toEqual([DECK_ELSEWHERE, ON_YOUTUBE, IN_STEP])
  const past = await shownTitles(pastList(page))
  expect(past).toContain(ELIXIR)
  expect(past).not.toContain(IN_STEP)
  expect(past).not.toContain(DECK_ELSEWHERE)
})

test('the split is the visitor’s day’s: a few weeks later the talk given is past, and the next one leads', async ({ page }) => {
  await page.clock.setFixedTime(at('2024-04-01'))
  await page.goto('/talks/')
  expect(await shownTitles(upcomingList(page))).toEqual([ON_YOUTUBE, IN_STEP])
  expect((await shownTitles(pastList(page)))[0]).toBe(DECK_ELSEWHERE)

  // On the day of its last delivery a talk is still upcoming; the day after, it is past.
  await page.clock.setFixedTime(at('2024-09-20'))
  await page.reload()
  expect(await shownTitles(upcomingList(page))).toEqual([IN_STEP])
  await page.clock.setFixedTime(at('2024-09-21'))
  await page.reload()
  await expect(page.getByText('Upcoming', { exact: true })).toBeHidden()
  await expect(page.getByText('Past', { exact: true })).toBeHidden()
  expect(await shownTitles(page.getByRole('main').getByRole('list').filter({ visible: true }).first())).toHaveLength(6)
})

test('the home page’s talks put the next upcoming delivery first', async ({ page }) => {
  await page.clock.setFixedTime(at('2024-04-01'))
  await page.goto('/')
  const talks = page.getByRole('region', { name: 'Talks' })
  expect(await shownTitles(upcomingList(talks))).toEqual([ON_YOUTUBE, IN_STEP])
  expect(await shownTitles(pastList(talks))).toEqual([DECK_ELSEWHERE])
})

test('without JavaScript the list says nothing about today: every talk, latest delivery first', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/talks/')
  await expect(page.getByText('Upcoming', { exact: true })).toBeHidden()
  const list = page.getByRole('main').getByRole('list').filter({ visible: true }).first()
  expect((await shownTitles(list)).slice(0, 3)).toEqual([IN_STEP, ON_YOUTUBE, DECK_ELSEWHERE])
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
    await page.clock.setFixedTime(at('2024-03-12'))
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
