import { expect, test } from '@playwright/test'
import { axeViolations } from './support/axe'
import { onePagePerType } from './support/pages'

// A reader with a screen reader, a keyboard, a phone or dark mode can use every kind of page.
// One URL per page type is derived from out/, so page types added later are checked too.

const PAGES = onePagePerType()
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
] as const
const SCHEMES = ['light', 'dark'] as const

test('the export has the page types the checks need (home, lists, a talk, a note, a tag, the speaker kit, the 404 page)', () => {
  const types = PAGES.map((p) => p.type)
  expect(types).toEqual(expect.arrayContaining(['/', '/talks/', '/talks/*/', '/case-studies/*/', '/notes/*/', '/tags/', '/tags/*/', '/speaker/', '/404.html']))
  test.info().annotations.push({ type: 'page types', description: PAGES.map((p) => `${p.type} -> ${p.url}`).join(', ') })
})

// One test per page type: the page is opened once and checked in each scheme at each width (the
// scheme and the width change in place, no reload), so the workers share the page types and no
// test holds all of them.
for (const { type, url } of PAGES) {
  test(`axe finds no WCAG 2.1 A/AA violation on ${type}, light and dark, desktop and phone width`, async ({ page }) => {
    test.setTimeout(90_000)
    await page.goto(url)
    const found: string[] = []
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height })
        found.push(...(await axeViolations(page, `${url} (${scheme}, ${viewport.name})`)))
      }
    }
    expect(found).toEqual([])
  })
}

test('keyboard users see where focus is: Tab reaches the navigation and every focused link has a visible outline', async ({ page }) => {
  await page.goto('/')
  const seen: string[] = []
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const style = getComputedStyle(el)
      return {
        tag: el.tagName,
        text: (el.textContent ?? '').trim(),
        inNav: Boolean(el.closest('nav')),
        focusVisible: el.matches(':focus-visible'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      }
    })
    if (!focus) continue
    seen.push(focus.text)
    expect(focus.focusVisible, `${focus.tag} "${focus.text}" matches :focus-visible`).toBe(true)
    expect(focus.outline, `${focus.tag} "${focus.text}" has a visible outline`).toBe(true)
  }
  const nav = page.getByRole('navigation').first()
  const navLinks = await nav.getByRole('link').allTextContents()
  expect(navLinks.length).toBeGreaterThan(0)
  expect(seen, 'Tab reaches the navigation links').toEqual(expect.arrayContaining(navLinks.map((t) => t.trim()).slice(0, 2)))
})
