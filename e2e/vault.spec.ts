import { readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { listFiles, ROOT } from './support/content'
import { findLeaks, normalize, readExport } from './support/leaks'
import { buildAndServe, type BasePathSite } from './support/fixture-builds'

// A speaker publishes from their Obsidian vault (README, "Content from anywhere"): the site is
// built from e2e/fixtures/vault/, copied outside the project and named by CONTENT_DIR, with
// nested folders, Obsidian properties, a talk that is an Obsidian note with `---` slides (the
// user's own note, unchanged), private notes, a canvas, a template, drawings, .obsidian/ and
// .trash/. A vault publishes only the notes marked `publish: true` (and its talks); nothing else
// of it reaches any file of out/, and the build's report lists what it ignored.

const VAULT = path.join(ROOT, 'e2e', 'fixtures', 'vault')

test.describe.configure({ mode: 'serial' })

let site: BasePathSite

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000)
  site = await buildAndServe({ contentDir: VAULT })
})

test.afterAll(async () => {
  await site?.close()
})

const url = (pathname: string) => new URL(pathname, site.baseUrl).href

/** Text of the vault's private files, ignored files and Obsidian's folders: none may be published. */
const SECRETS = [
  'Vault secret', // every private note's body
  'rehearse the demo twice', // notes/Areas/Speaking/Rehearsal plans.md (unmarked)
  'Secret rehearsal alias', // its alias
  'private-tag-alpha', // its tag
  'private-svg-marker', // the image only it embeds
  'private-only', // that image's file name
  'unmarked inbox thought', // notes/Inbox/Unmarked idea.md (no frontmatter)
  'private-tag-beta', // its inline tag
  'Unmarked idea', // its title
  'Explicitly private', // notes/Inbox/Explicitly private.md (publish: false)
  'Template secret line', // Meta/Templates/Talk template.md (the templates folder of .obsidian/templates.json)
  'Canvas secret card', // notes/Board.canvas
  'Excalidraw secret label', // notes/Sketch.excalidraw.md
  'Drawing-folder secret label', // Excalidraw/Drawing 2024-01-01.md
  'vault secret from the trash', // .trash/
  'attachmentFolderPath', // .obsidian/app.json
  'speaker-site-content-', // the folder CONTENT_DIR names: no machine path is published
]

test('the vault builds from outside the project, marked notes only, and the report lists what it ignored', () => {
  const report = site.buildOutput ?? ''
  expect(report).toContain('Content report')
  expect(report).toMatch(/pages: 1 talks, 0 case studies, 2 notes\b/)
  expect(report).toMatch(/notes publish: marked \(the content is in an Obsidian vault/)
  expect(report).toContain('private, not marked publish: true: 2 notes')
  expect(report).toMatch(/notes\/Inbox\/Explicitly private\.md \(publish: false\)/)
  for (const [file, reason] of [
    ['.obsidian/', "Obsidian's settings folder, 2 files"],
    ['.trash/', "Obsidian's trash, 1 file"],
    ['Meta/Templates/', "Obsidian's templates folder, 1 file"],
    ['notes/Board.canvas', 'an Obsidian canvas'],
    ['notes/Sketch.excalidraw.md', 'an Excalidraw drawing'],
    ['Excalidraw/Drawing 2024-01-01.md', 'an Excalidraw drawing (in the Excalidraw folder)'],
  ] as const) {
    expect(report, file).toMatch(new RegExp(`- \\S*/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${reason.replace(/[()]/g, '\\$&')}\\)`))
  }
  expect(report).toMatch(/links to private notes \(2\), shown as plain text:/)
})

test('out/ has pages for the talk and the two marked notes, and for no other file of the vault', () => {
  const pages = listFiles(site.outDir).filter((file) => /^(talks|notes)\/[^/]+\/index\.html$/.test(file) && !file.includes('/page/'))
  expect(pages.sort()).toEqual([
    'notes/deeply-nested-marked-note/index.html',
    'notes/speaking-in-public/index.html',
    'talks/elixir-in-the-big-and-small/index.html',
  ])
  expect(readdirSync(path.join(site.outDir, 'attachments')).filter((name) => !name.startsWith('__'))).toEqual(['public-diagram.svg'])
  expect(readdirSync(path.join(site.outDir, 'tags')).filter((name) => !name.endsWith('.html') && !name.endsWith('.txt')).sort()).toEqual(
    expect.arrayContaining(['case-study', 'nested-tag', 'speaking']),
  )
})

test('no file of out/ holds a word of a private note, a template, a canvas, a drawing or .obsidian/', () => {
  const files = readExport(site.outDir)
  expect(files.length).toBeGreaterThan(20)
  // The check can see published text, through HTML, RSC payloads and the gzip of the search index.
  for (const published of ['How I prepare a talk, published from my vault', 'A marked note four folders deep is published']) {
    expect(files.filter((f) => f.variants.some((v) => v.includes(normalize(published)))).map((f) => f.file), published).toEqual(
      expect.arrayContaining([expect.stringMatching(/index\.html$/), expect.stringMatching(/^pagefind\/fragment\//)]),
    )
  }
  expect(findLeaks(site.outDir, SECRETS.map((text) => ({ text, from: 'the vault' })))).toEqual([])
})

test('the Obsidian note in talks/ is a talk: title from its filename, date from Created time, its own slides, its properties', async ({ page }) => {
  await page.goto(url('talks/elixir-in-the-big-and-small/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elixir in the big and small')
  await expect(page.locator('time').first()).toHaveText('Nov 30, 2023')
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Elixir Meetup Talk Talks\/speakers to learn from: Code Aesthetic/)
  const properties = page.getByRole('definition')
  await expect(properties.filter({ hasText: 'Jacob Bleser' })).toHaveCount(1)
  await expect(properties.filter({ hasText: 'Seasonal' })).toHaveCount(1)
  // The note's two sections (split at its one ---), then the "Slides & sources" slide.
  const slides = page.locator('li[id^="slide-"]')
  await expect(slides).toHaveCount(3)
  await expect(slides.nth(1)).toContainText('Today I’d like to take you on a journey of using Elixir in production.')
  await expect(page.getByRole('link', { name: 'Speaking in public' })).toBeVisible()
})

test('a marked note links to a private one as plain text: no link, no "not written yet", no backlink from it', async ({ page }) => {
  await page.goto(url('notes/speaking-in-public/'))
  const body = page.locator('article[data-pagefind-body]')
  await expect(body).toContainText('It grew out of Rehearsal plans and led to Elixir in the big and small.')
  await expect(body.getByRole('link', { name: 'Rehearsal plans' })).toHaveCount(0)
  await expect(body.locator('.wikilink-missing')).toHaveCount(0)
  await expect(body.getByRole('link', { name: 'Elixir in the big and small' }).first()).toHaveAttribute('href', /\/talks\/elixir-in-the-big-and-small\/$/)
  await expect(body.getByRole('img', { name: 'public-diagram' })).toBeVisible()
  // Linked from the marked note four folders deep, not from the private note that links here too.
  await expect(body.getByRole('link', { name: 'Deeply nested marked note' })).toBeVisible()

  await page.goto(url('notes/deeply-nested-marked-note/'))
  await expect(page.locator('article[data-pagefind-body]')).toContainText('See the published note and my private plans.')
  await expect(page.locator('article[data-pagefind-body]').getByRole('link', { name: 'my private plans' })).toHaveCount(0)
})

test('the lists and tags show the marked notes and the talk only', async ({ page }) => {
  await page.goto(url('notes/'))
  const list = page.locator('main')
  await expect(list.getByRole('link', { name: 'Speaking in public' })).toBeVisible()
  await expect(list.getByRole('link', { name: 'Deeply nested marked note' })).toBeVisible()
  await expect(list.getByRole('link', { name: /Rehearsal plans|Unmarked idea|Explicitly private/ })).toHaveCount(0)
  const missing = await page.goto(url('notes/rehearsal-plans/'))
  expect(missing?.status()).toBe(404)
  const tag = await page.goto(url('tags/private-tag-alpha/'))
  expect(tag?.status()).toBe(404)
})
