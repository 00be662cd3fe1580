import { expect, test, type Page } from '@playwright/test'
import { readContentFile, showDate } from './support/content'

// The speaker publishes a note straight from their Obsidian vault: its properties, tags and
// [[wikilinks]] become a page that is woven into the talk and the case studies.

const NOTE_FILE = 'notes/Elixir in the big and small.md'
const NOTE_URL = '/notes/elixir-in-the-big-and-small/'
const NOTE_TITLE = 'Elixir in the big and small'
const TALK_URL = '/talks/elixir-in-the-big-and-small/'
const TALK_TITLE = 'Elixir in the Big and Small'
const note = readContentFile(NOTE_FILE)

/** The note's properties as shown: each term with the definition that follows it. */
function shownProperties(page: Page): Promise<[string, string][]> {
  return page
    .getByLabel('Properties')
    .getByRole('term')
    .evaluateAll((terms) =>
      terms.map((term): [string, string] => {
        const definition = term.nextElementSibling
        const text = definition instanceof HTMLElement ? definition.innerText : ''
        return [term.textContent?.trim() ?? '', text.trim()]
      }),
    )
}

const linkedFrom = (page: Page) => page.getByRole('region', { name: 'Linked from' })

test('the note shows its growth stage, planted date and Obsidian properties', async ({ page }) => {
  expect(note.data['Development']).toBe('Budding')
  expect(String(note.data['Created time'])).toMatch(/^2023-11-30/)

  await page.goto(NOTE_URL)
  await expect(page.getByRole('heading', { level: 1, name: NOTE_TITLE })).toBeVisible()
  const properties = page.getByLabel('Properties')
  await expect(properties).toBeVisible()
  const shown = await shownProperties(page)
  expect(shown.map(([term]) => term)).toEqual(['Growth stage', 'Planted', 'Owner', 'Lifespan', 'Type'])
  const value = (term: string) => shown.find(([t]) => t === term)?.[1] ?? ''
  expect(value('Growth stage')).toMatch(/(^|\s)Budding$/)
  expect(value('Planted')).toBe('Nov 30, 2023')
  expect(value('Planted')).toBe(showDate(String(note.data['Created time'])))
  expect(value('Owner')).toBe('Jacob Bleser')
  expect(value('Lifespan')).toBe('Seasonal')
  expect(value('Type')).toBe('Project')
  await expect(properties.getByRole('definition').filter({ hasText: 'Nov 30, 2023' }).locator('time')).toHaveAttribute('datetime', '2023-11-30')
  // The keys the site understands are shown under their own names, not repeated as raw properties.
  for (const raw of ['Created time', 'Development', 'tags']) {
    await expect(properties.getByRole('term').filter({ hasText: new RegExp(`^${raw}$`) })).toHaveCount(0)
  }
})

test('the note\'s "case study" tag links to its tag page, which lists the note', async ({ page }) => {
  await page.goto(NOTE_URL)
  const tag = page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: '#case study' })
  await expect(tag).toHaveAttribute('href', '/tags/case-study/')
  await tag.click()
  await expect(page).toHaveURL('/tags/case-study/')
  await expect(page.getByRole('heading', { level: 1, name: '#case study' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: NOTE_TITLE })).toHaveAttribute('href', NOTE_URL)
})

test('the [[Elixir Meetup Talk]] wikilink in the note leads to the talk, found by its alias and showing it', async ({ page }) => {
  expect(note.body).toContain('[[Elixir Meetup Talk]]')
  expect(readContentFile('talks/elixir-in-the-big-and-small.md').data.aliases).toContain('Elixir Meetup Talk')

  await page.goto(NOTE_URL)
  const body = page.getByRole('main')
  await expect(body.getByText('[[Elixir Meetup Talk]]')).toHaveCount(0)
  // Obsidian shows the alias as written, not the talk's title.
  const link = body.getByRole('link', { name: 'Elixir Meetup Talk', exact: true })
  await expect(link).toHaveAttribute('href', TALK_URL)
  await link.click()
  await expect(page).toHaveURL(TALK_URL)
  await expect(page.getByRole('heading', { level: 1, name: TALK_TITLE })).toBeVisible()
})

test('the talk page lists the note and both case studies under "Linked from"', async ({ page }) => {
  await page.goto(TALK_URL)
  const backlinks = linkedFrom(page)
  await expect(backlinks.getByRole('heading', { name: 'Linked from' })).toBeVisible()
  await expect(backlinks.getByRole('link', { name: NOTE_TITLE, exact: true })).toHaveAttribute('href', NOTE_URL)
  await expect(backlinks.getByRole('link', { name: 'Discord', exact: true })).toHaveAttribute('href', '/case-studies/discord/')
  await expect(backlinks.getByRole('link', { name: 'The Marriage Pact', exact: true })).toHaveAttribute(
    'href',
    '/case-studies/the-marriage-pact/',
  )
  await backlinks.getByRole('link', { name: NOTE_TITLE, exact: true }).click()
  await expect(page).toHaveURL(NOTE_URL)
})

test('each case study lists the talk that links to it under "Linked from"', async ({ page }) => {
  for (const url of ['/case-studies/discord/', '/case-studies/the-marriage-pact/']) {
    await page.goto(url)
    await expect(linkedFrom(page).getByRole('link', { name: TALK_TITLE, exact: true })).toHaveAttribute('href', TALK_URL)
  }
})

test("a wikilink to a talk's heading lands on that slide", async ({ page }) => {
  await page.goto('/case-studies/discord/')
  const link = page.getByRole('main').getByRole('link', { name: TALK_TITLE, exact: true }).and(page.locator(`[href="${TALK_URL}#the-big-discord"]`))
  await expect(link).toHaveCount(1)
  await link.click()
  await expect(page).toHaveURL(`${TALK_URL}#the-big-discord`)
  const heading = page.getByRole('heading', { name: 'The big: Discord' })
  await expect(heading).toHaveAttribute('id', 'the-big-discord')
  await expect(heading).toBeInViewport()
})
