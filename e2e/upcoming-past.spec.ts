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
// Given 2022-11-20 and no events: the earliest delivery, past on every day the tests set.
const PDF = 'A Talk Made From a PDF'

const at = (day: string) => new Date(`${day}T12:00:00`)

type Shown = { upcoming: string[]; past: string[] } | { all: string[] }

/**
 * The talks of a list as a visitor sees them, top to bottom: under "Upcoming" until the "Past"
 * label, then under it; or one list when neither label shows.
 */
async function shownTalks(scope: Page | Locator): Promise<Shown> {
  const list = scope.getByRole('list').first()
  const rows = await list.evaluate((ul) =>
    [...ul.querySelectorAll(':scope > li')]
      .map((li) => ({
        y: li.getBoundingClientRect().y,
        title: li.querySelector('h2, h3')?.textContent?.trim() ?? '',
        pastStartsHere: [...li.querySelectorAll('p')].some((p) => p.checkVisibility() && p.textContent?.trim() === 'Past'),
      }))
      .sort((a, b) => a.y - b.y),
  )
  const titles = rows.map((row) => row.title)
  if (!(await scope.getByText('Upcoming', { exact: true }).isVisible())) {
    expect(rows.some((row) => row.pastStartsHere), 'a Past label without an Upcoming one').toBe(false)
    return { all: titles }
  }
  const pastAt = rows.findIndex((row) => row.pastStartsHere)
  return pastAt === -1 ? { upcoming: titles, past: [] } : { upcoming: titles.slice(0, pastAt), past: titles.slice(pastAt) }
}

const mainOf = (page: Page) => page.getByRole('main')

test('on the talks list, the next upcoming delivery comes first, and Upcoming is set apart from Past', async ({ page }) => {
  await page.clock.setFixedTime(at('2023-10-01'))
  await page.goto('/talks/')
  await expect(page.getByText('Upcoming', { exact: true })).toBeVisible()
  // Listed latest delivery first, deck-elsewhere leads the build's list; elixir is given first.
  expect(await shownTalks(mainOf(page))).toEqual({ upcoming: [ELIXIR, IMAGES, DECK], past: [IN_STEP, GROESSE, ON_YOUTUBE, PDF] })
})

test('the split is the visitor’s day’s, and a talk is upcoming on the day of its last delivery, past the day after', async ({ page }) => {
  await page.clock.setFixedTime(at('2023-04-01'))
  await page.goto('/talks/')
  expect(await shownTalks(mainOf(page))).toEqual({ upcoming: [ON_YOUTUBE, GROESSE, IN_STEP, ELIXIR, IMAGES, DECK], past: [PDF] })

  await page.clock.setFixedTime(at('2023-09-20'))
  await page.reload()
  expect(await shownTalks(mainOf(page))).toEqual({ upcoming: [IN_STEP, ELIXIR, IMAGES, DECK], past: [GROESSE, ON_YOUTUBE, PDF] })
  await page.clock.setFixedTime(at('2023-09-21'))
  await page.reload()
  expect(await shownTalks(mainOf(page))).toEqual({ upcoming: [ELIXIR, IMAGES, DECK], past: [IN_STEP, GROESSE, ON_YOUTUBE, PDF] })

  // After every delivery, nothing is upcoming: one list, with no label.
  await page.clock.setFixedTime(at('2024-03-15'))
  await page.reload()
  expect(await shownTalks(mainOf(page))).toEqual({ all: [DECK, IMAGES, ELIXIR, IN_STEP, GROESSE, ON_YOUTUBE, PDF] })
})

test('the home page’s talks put the next upcoming delivery first', async ({ page }) => {
  await page.clock.setFixedTime(at('2024-01-01'))
  await page.goto('/')
  const talks = page.getByRole('region', { name: 'Talks' })
  expect(await shownTalks(talks)).toEqual({ upcoming: [IMAGES, DECK], past: [ELIXIR] })
})

test('without JavaScript the list says nothing about today: every talk, latest delivery first', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto('/talks/')
  expect(await shownTalks(mainOf(page))).toEqual({ all: [DECK, IMAGES, ELIXIR, IN_STEP, GROESSE, ON_YOUTUBE, PDF] })
  await context.close()
})

/** Every layout shift not caused by input, as Lighthouse's CLS counts them (as e2e/layout-stability.spec.ts). */
function observeLayoutShifts() {
  const shifts: { value: number; sources: string[] }[] = []
  ;(window as unknown as { __shifts: typeof shifts }).__shifts = shifts
  type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) {
      if (entry.hadRecentInput) continue
      shifts.push({
        value: entry.value,
        sources: entry.sources.map((s) => `${s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : s.node?.nodeName} y=${Math.round(s.previousRect.y)} -> ${Math.round(s.currentRect.y)}`),
      })
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

for (const url of ['/', '/talks/']) {
  test(`the split moves nothing while ${url} loads and hydrates, on a day with talks to come: CLS 0`, async ({ page }) => {
    await page.clock.setFixedTime(at('2023-10-01'))
    await page.addInitScript(observeLayoutShifts)
    // The inline script changed the markup before React hydrated it: React must take it as it is.
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    // Scripts arrive late, so the first paint is the server's HTML, as on a slow connection.
    await page.route('**/_next/static/**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400))
      await route.continue()
    })
    await page.goto(url, { waitUntil: 'load' })
    await expect(page.getByText('Upcoming', { exact: true })).toBeVisible()
    await page.waitForTimeout(1000)
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts)
    expect(shifts.reduce((sum, shift) => sum + shift.value, 0), JSON.stringify(shifts, null, 1)).toBe(0)
    expect(errors).toEqual([])
  })
}
