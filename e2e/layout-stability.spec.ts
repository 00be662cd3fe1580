import { devices, expect, test, type Page } from '@playwright/test'
import { onePagePerType } from './support/pages'

// A reader on a slow phone starts reading, or taps a link, while the page's scripts are still on
// their way: nothing may move under their eyes or finger when the scripts arrive and hydrate.

/** The page types a reader lands on from a shared link or a search engine. */
const LANDING_TYPES = ['/', '/talks/*/', '/case-studies/*/', '/notes/*/', '/tags/*/']
const PAGES = onePagePerType().filter(({ type }) => LANDING_TYPES.includes(type))

/**
 * Scripts arrive this long after the HTML and CSS: the first paint is the server's HTML, as on a
 * slow connection, so whatever hydration changes happens on screen. Without the delay a local
 * server hydrates before the first paint and hides every shift.
 */
const SCRIPT_DELAY_MS = 400

type Shift = { value: number; sources: string[] }

/** Collects every layout shift not caused by input, as Lighthouse's CLS counts them. */
function observeLayoutShifts() {
  const shifts: { value: number; sources: string[] }[] = []
  ;(window as unknown as { __layoutShifts: typeof shifts }).__layoutShifts = shifts
  const describe = (node: Node | null) => {
    if (!(node instanceof Element)) return node ? node.nodeName : '(removed node)'
    const label = node.getAttribute('aria-label') ?? node.textContent?.trim().slice(0, 40) ?? ''
    return `<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(/\s+/).slice(0, 3).join('.')}` : ''}> "${label}"`
  }
  type LayoutShift = PerformanceEntry & {
    value: number
    hadRecentInput: boolean
    sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) {
      if (entry.hadRecentInput) continue
      shifts.push({
        value: entry.value,
        sources: entry.sources.map(
          (s) => `${describe(s.node)} moved from y=${Math.round(s.previousRect.y)} h=${Math.round(s.previousRect.height)} to y=${Math.round(s.currentRect.y)} h=${Math.round(s.currentRect.height)}`,
        ),
      })
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

async function layoutShiftsAfterLoad(page: Page, url: string): Promise<Shift[]> {
  await page.addInitScript(observeLayoutShifts)
  await page.route('**/_next/static/**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS))
    await route.continue()
  })
  await page.goto(url, { waitUntil: 'load' })
  // Hydration ran with the last script; give effects and the frames after them time to settle.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)))
  return page.evaluate(() => (window as unknown as { __layoutShifts: Shift[] }).__layoutShifts)
}

const VIEWPORTS = [
  { name: 'desktop', use: {} },
  // Pixel 7 minus its browser type, which only a project (not a describe block) may set.
  { name: 'phone', use: (({ defaultBrowserType: _browser, ...rest }) => rest)(devices['Pixel 7']) },
]

for (const viewport of VIEWPORTS) {
  test.describe(`on a ${viewport.name}`, () => {
    test.use(viewport.use)

    for (const { type, url } of PAGES) {
      test(`nothing on the ${type} page (${url}) moves while it loads and hydrates: cumulative layout shift is 0`, async ({ page }) => {
        const shifts = await layoutShiftsAfterLoad(page, url)
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0)
        expect(total, `layout shifts:\n${shifts.flatMap((s) => [`${s.value.toFixed(4)}:`, ...s.sources.map((x) => `  ${x}`)]).join('\n')}`).toBe(0)
      })
    }
  })
}

test('the five landing page types are all measured', () => {
  expect(PAGES.map(({ type }) => type).sort()).toEqual([...LANDING_TYPES].sort())
})
