import { expect, test, type Page } from '@playwright/test'
import { readContentFile, slideHeadings } from './support/content'

// An attendee reading the slides on the talk page: one slide at a time in a 16:9 viewer, by
// keyboard, buttons or swipe, each slide with its own URL; the whole deck without JavaScript and
// on paper. The viewer never scrolls the page and never keeps focus.

const TALK_URL = '/talks/elixir-in-the-big-and-small/'
const headings = slideHeadings(readContentFile('talks/elixir-in-the-big-and-small.md').body)
// The deck ends with the "Slides & sources" slide (siteConfig.shareSlide, on by default).
const TOTAL = headings.length + 1

const viewerOf = (page: Page) => page.getByRole('region', { name: 'Slide viewer' })
const slidesOf = (page: Page) => page.getByRole('list', { name: 'Slides' }).locator(':scope > li')
const scrollY = (page: Page) => page.evaluate(() => window.scrollY)
/** The counter, "3 / 11", which screen readers hear as it changes. */
const counterOf = (page: Page) => viewerOf(page).locator('[aria-live="polite"]')

/** Opens the talk page and waits until the viewer's script has taken over the slide list. */
async function openViewer(page: Page, hash = '') {
  await page.goto(`${TALK_URL}${hash}`)
  await expect(viewerOf(page).locator('[data-ready]')).toHaveCount(1)
}

/** Slide n, and no other, is on screen, and the counter says so. */
async function expectOnlySlide(page: Page, n: number) {
  const slides = slidesOf(page)
  await expect(slides).toHaveCount(TOTAL)
  for (let i = 1; i <= TOTAL; i++) {
    if (i === n) await expect(slides.nth(i - 1), `slide ${i}`).toBeVisible()
    else await expect(slides.nth(i - 1), `slide ${i}`).toBeHidden()
  }
  const heading = headings[n - 1]
  if (heading) await expect(slides.nth(n - 1).getByRole('heading', { name: heading, exact: true })).toBeVisible()
  await expect(counterOf(page)).toHaveText(`${n} / ${TOTAL}`)
  await expect(counterOf(page)).toBeVisible()
}

test('the arrow keys move between slides and the URL names the slide shown', async ({ page }) => {
  expect(TOTAL, 'slides in the sample talk').toBeGreaterThan(5)
  await openViewer(page)
  await expectOnlySlide(page, 1)
  await page.keyboard.press('ArrowRight')
  await expectOnlySlide(page, 2)
  await expect(page).toHaveURL(new RegExp(`${TALK_URL}#slide-2$`))
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowLeft')
  await expectOnlySlide(page, 2)
  await expect(page).toHaveURL(/#slide-2$/)
  // With a modifier held the arrows are the browser's (Alt+Left is "back").
  await page.keyboard.press('Shift+ArrowRight')
  await expectOnlySlide(page, 2)
})

test('opening #slide-3 directly shows slide 3 and only slide 3', async ({ page }) => {
  await openViewer(page, '#slide-3')
  await expectOnlySlide(page, 3)
  await expect(slidesOf(page).nth(2)).toBeInViewport()
})

test('following a link to #slide-8 on the page shows slide 8', async ({ page }) => {
  await openViewer(page)
  const back = page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: 'slide 8', exact: true }).first()
  await back.click()
  await expectOnlySlide(page, 8)
  await expect(slidesOf(page).nth(7)).toBeInViewport()
})

test('the previous and next buttons move one slide, and the counter follows', async ({ page }) => {
  await openViewer(page)
  const viewer = viewerOf(page)
  const previous = viewer.getByRole('button', { name: 'Previous slide' })
  const next = viewer.getByRole('button', { name: 'Next slide' })
  await expect(previous).toHaveAttribute('aria-disabled', 'true')
  await next.click()
  await next.click()
  await expectOnlySlide(page, 3)
  await expect(page).toHaveURL(/#slide-3$/)
  await previous.click()
  await expectOnlySlide(page, 2)
  await page.goto(`${TALK_URL}#slide-${TOTAL}`)
  await expect(next).toHaveAttribute('aria-disabled', 'true')
  // At the end "Next" does nothing, and keeps the keyboard user's focus.
  await next.focus()
  await page.keyboard.press('Enter')
  await expectOnlySlide(page, TOTAL)
  await expect(next).toBeFocused()
})

test('in the focused viewer, Space, Shift+Space, Page Up/Down, Home and End move slides without scrolling', async ({ page }) => {
  await openViewer(page)
  const viewer = viewerOf(page)
  await viewer.focus()
  await expect(viewer).toBeFocused()
  const before = await scrollY(page)
  await page.keyboard.press('Space')
  await expectOnlySlide(page, 2)
  await page.keyboard.press('Shift+Space')
  await expectOnlySlide(page, 1)
  await page.keyboard.press('End')
  await expectOnlySlide(page, TOTAL)
  await expect(page).toHaveURL(new RegExp(`#slide-${TOTAL}$`))
  await page.keyboard.press('Home')
  await expectOnlySlide(page, 1)
  await page.keyboard.press('PageDown')
  await expectOnlySlide(page, 2)
  await page.keyboard.press('PageUp')
  await expectOnlySlide(page, 1)
  expect(await scrollY(page)).toBe(before)
})

test('outside the viewer, Space scrolls the page as usual and leaves the slide alone', async ({ page }) => {
  await openViewer(page)
  expect(await scrollY(page)).toBe(0)
  await page.keyboard.press('Space')
  await expect.poll(() => scrollY(page)).toBeGreaterThan(0)
  await expectOnlySlide(page, 1)
})

test('the page does not scroll by itself, on load or when the arrow keys move slides', async ({ page }) => {
  await openViewer(page)
  // Give a late script the chance to scroll, as the test would otherwise pass too early.
  await page.waitForTimeout(300)
  expect(await scrollY(page)).toBe(0)
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  await expectOnlySlide(page, 5)
  await page.keyboard.press('ArrowLeft')
  await expectOnlySlide(page, 4)
  expect(await scrollY(page)).toBe(0)
})

test('a swipe to the left shows the next slide, a swipe to the right the previous one', async ({ page }) => {
  await openViewer(page)
  const slide = (n: number) => slidesOf(page).nth(n - 1)
  const swipe = async (n: number, fromX: number, toX: number) => {
    const box = await slide(n).boundingBox()
    if (!box) throw new Error(`slide ${n} has no box`)
    const y = box.y + box.height / 2
    const init = { pointerId: 7, pointerType: 'touch', isPrimary: true, clientY: y }
    await slide(n).dispatchEvent('pointerdown', { ...init, clientX: box.x + fromX })
    await slide(n).dispatchEvent('pointermove', { ...init, clientX: box.x + (fromX + toX) / 2 })
    await slide(n).dispatchEvent('pointerup', { ...init, clientX: box.x + toX })
  }
  await swipe(1, 400, 100)
  await expectOnlySlide(page, 2)
  await expect(page).toHaveURL(/#slide-2$/)
  await swipe(2, 100, 400)
  await expectOnlySlide(page, 1)
  // A short touch is a tap, not a swipe.
  await swipe(1, 200, 190)
  await expectOnlySlide(page, 1)
})

test('the full screen button shows the viewer full screen, and leaving it returns to the page', async ({ page }) => {
  await openViewer(page, '#slide-4')
  const viewer = viewerOf(page)
  await viewer.getByRole('button', { name: 'Full screen' }).click()
  await expect(viewer).toHaveAttribute('data-fullscreen', 'true')
  expect(await page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label'))).toBe('Slide viewer')
  await expectOnlySlide(page, 4)
  await page.keyboard.press('ArrowRight')
  await expectOnlySlide(page, 5)
  await viewer.getByRole('button', { name: 'Exit full screen' }).click()
  await expect(viewer).not.toHaveAttribute('data-fullscreen')
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull()
})

test('where the browser offers no full screen, the button is not offered and the controls stay where they were', async ({ browser }) => {
  const presenterLinkBox = async (fullscreenEnabled: boolean) => {
    const page = await browser.newPage()
    if (!fullscreenEnabled) await page.addInitScript(() => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }))
    await openViewer(page)
    const viewer = viewerOf(page)
    if (fullscreenEnabled) await expect(viewer.getByRole('button', { name: 'Full screen' })).toBeVisible()
    else await expect(viewer.getByRole('button', { name: 'Full screen' })).toBeHidden()
    const box = await viewer.getByRole('link', { name: 'Presenter view' }).boundingBox()
    await page.close()
    return box
  }
  expect(await presenterLinkBox(false)).toEqual(await presenterLinkBox(true))
})

test('Tab moves through the viewer and out of it: focus is never trapped', async ({ page }) => {
  await openViewer(page)
  const viewer = viewerOf(page)
  await viewer.focus()
  const path: { inViewer: boolean; name: string }[] = []
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    path.push(
      await page.evaluate(() => {
        const active = document.activeElement
        const inViewer = Boolean(active?.closest('[aria-label="Slide viewer"]'))
        return { inViewer, name: active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '' }
      }),
    )
  }
  const names = path.map((step) => step.name)
  expect(names).toEqual(expect.arrayContaining(['Previous slide', 'Next slide', 'Full screen']))
  const firstOutside = path.findIndex((step) => !step.inViewer)
  expect(firstOutside, `focus path: ${names.join(' > ')}`).toBeGreaterThan(0)
  expect(path.slice(firstOutside).every((step) => !step.inViewer), `focus path: ${names.join(' > ')}`).toBe(true)
  // Shift+Tab goes back in, and back out before the viewer.
  await viewer.focus()
  await page.keyboard.press('Shift+Tab')
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[aria-label="Slide viewer"]')))).toBe(false)
})

test('printed, the deck is every slide in order, one per page, without the viewer controls', async ({ page }) => {
  await openViewer(page, '#slide-5')
  await page.emulateMedia({ media: 'print' })
  const slides = slidesOf(page)
  for (let i = 0; i < TOTAL; i++) {
    await expect(slides.nth(i)).toBeVisible()
    const heading = headings[i]
    if (heading) await expect(slides.nth(i).getByRole('heading', { name: heading, exact: true })).toBeVisible()
  }
  const breaks = await slides.evaluateAll((items) => items.map((item) => getComputedStyle(item).breakAfter))
  expect(breaks).toEqual(Array(TOTAL).fill('page'))
  const tops = await slides.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top))
  expect(tops, 'slides one below the other, in order').toEqual([...tops].sort((a, b) => a - b))
  await expect(viewerOf(page).getByRole('button', { name: 'Next slide' })).toBeHidden()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every slide is on the page, in order, and no dead viewer control is shown', async ({ page }) => {
    await page.goto(`${TALK_URL}#slide-3`)
    const slides = slidesOf(page)
    await expect(slides).toHaveCount(TOTAL)
    for (let i = 0; i < TOTAL; i++) {
      await expect(slides.nth(i)).toBeVisible()
      const heading = headings[i]
      if (heading) await expect(slides.nth(i).getByRole('heading', { name: heading, exact: true })).toBeVisible()
    }
    const tops = await slides.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top))
    expect(tops).toEqual([...tops].sort((a, b) => a - b))
    await expect(page.getByRole('button', { name: 'Next slide' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Full screen' })).toBeHidden()
  })
})
