import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { OUT } from './support/content'
import { brokenLinks } from './support/link-check'
import { allPages, pageFile } from './support/pages'

// A vault laid out as Obsidian lays it out (README, "Links between pages" and the notes' keys):
// three notes named "Pricing and plans" in different folders, links of every form between them,
// Obsidian Publish's permalink, description, cssclasses and aliases. The fixture notes are in
// e2e/fixtures/site/content/notes/Folders/.

const TOP = '/notes/folders/pricing-and-plans/'
const SYNC = '/notes/folders/sync/pricing-and-plans/'
const PUBLISH = '/notes/folders/publish/pricing-and-plans/'
const LINKS = '/notes/folder-links/'
const GUIDE = '/guides/permalinked/'

const body = (page: Page) => page.locator('article .prose').first()
const pathOf = (page: Page) => new URL(page.url()).pathname

test('same-named notes in different folders each have their page, at their folder URL', async ({ page }) => {
  for (const [url, text] of [
    [TOP, 'the shortest path of the three notes'],
    [SYNC, 'folder-sync-marker'],
    [PUBLISH, 'folder-publish-marker'],
  ] as const) {
    const response = await page.goto(url)
    expect(response?.status(), url).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Pricing and plans' })).toBeVisible()
    await expect(body(page)).toContainText(text)
  }
  // The name alone is shared: no page takes the short URL.
  expect(allPages()).not.toContain('/notes/pricing-and-plans/')
})

test('each [[Folder/Note]] link lands on its own note, and [[Note]] on the one with the shortest path', async ({ page }) => {
  for (const [name, url, text] of [
    ['Sync/Pricing and plans', SYNC, 'folder-sync-marker'],
    ['Publish plans', PUBLISH, 'folder-publish-marker'],
    ['relative Publish link', PUBLISH, 'folder-publish-marker'],
    ['Pricing and plans', TOP, 'the shortest path of the three notes'],
  ] as const) {
    await page.goto(LINKS)
    await body(page).getByRole('link', { name, exact: true }).click()
    await expect(page).toHaveURL((u) => u.pathname === url)
    await expect(body(page)).toContainText(text)
  }
  await page.goto(LINKS)
  await body(page).getByRole('link', { name: 'Sync/Pricing and plans > Team plan', exact: true }).click()
  await expect(page).toHaveURL((u) => u.pathname === SYNC && u.hash === '#team-plan')
  await expect(page.getByRole('heading', { name: 'Team plan' })).toBeInViewport()
})

test('backlinks follow the folders: each same-named note lists only the notes that link to it', async ({ page }) => {
  await page.goto(SYNC)
  const linkedFrom = page.getByRole('region', { name: 'Linked from' })
  await expect(linkedFrom.getByRole('link', { name: 'Folder links' })).toHaveAttribute('href', LINKS)
  await page.goto(TOP)
  await expect(page.getByRole('region', { name: 'Linked from' }).getByRole('link', { name: 'Folder links' })).toBeVisible()
})

test('a permalink serves the note at the site root; shared permalinks gain their leading folders; the old URL sends the reader on', async ({ page }) => {
  const response = await page.goto(GUIDE)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'Permalinked guide' })).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${GUIDE}$`))
  await page.goto(LINKS)
  await body(page).getByRole('link', { name: 'Permalinked guide', exact: true }).click()
  await expect(page).toHaveURL((u) => u.pathname === GUIDE)

  await page.goto('/notes/permalinked-guide/')
  await expect(page).toHaveURL((u) => u.pathname === GUIDE)
  await expect(page.getByRole('heading', { level: 1, name: 'Permalinked guide' })).toBeVisible()

  for (const [url, marker] of [
    ['/folders/en/callout-guide/', 'permalink-en-marker'],
    ['/folders/th/callout-guide/', 'permalink-th-marker'],
  ] as const) {
    await page.goto(url)
    await expect(body(page)).toContainText(marker)
  }
  // From the Thai note, [[Callout guide]] stays in its language folder.
  await body(page).getByRole('link', { name: 'Callout guide', exact: true }).click()
  await expect(page).toHaveURL((u) => u.pathname === '/folders/th/callout-guide/')
})

test("an alias's redirect page reaches its note", async ({ page }) => {
  await page.goto('/notes/publish-pricing-page/')
  await expect(page).toHaveURL((u) => u.pathname === PUBLISH)
  await expect(body(page)).toContainText('folder-publish-marker')
  // And the link written with the alias goes straight to the note.
  await page.goto(LINKS)
  await expect(body(page).getByRole('link', { name: 'Publish pricing page', exact: true })).toHaveAttribute('href', PUBLISH)
})

test('cssclasses are classes of the article; description is the meta description; neither is a property row', async ({ page }) => {
  await page.goto(SYNC)
  const article = page.locator('article[data-pagefind-body]')
  await expect(article).toHaveClass(/\bwide-note\b/)
  await expect(article).toHaveClass(/\bfixture-sync\b/)
  const description = 'What Sync costs, as its description property says it.'
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description)
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description)
  const terms = await page.getByLabel('Properties').getByRole('term').allTextContents()
  for (const key of ['cssclasses', 'description', 'permalink', 'aliases', 'publish']) expect(terms.map((t) => t.trim().toLowerCase())).not.toContain(key)

  await page.goto(PUBLISH)
  await expect(page.locator('article[data-pagefind-body]')).toHaveClass(/\bfixture-publish\b/)
})

test('no body link of the fixture site is dead, and every folder link resolved', () => {
  expect(brokenLinks(OUT, '')).toEqual([])
  const html = readFileSync(pageFile(LINKS), 'utf8')
  expect(html).not.toContain('wikilink-missing')
})
