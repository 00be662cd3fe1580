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
// .trash/; and laid out as a vault is: notes outside notes/ (at the root, in Projects/), a talk
// and a case study that notes make themselves (`kind: talk`, the tag `case study`), a template
// with `{{date}}` outside the templates folder, private notes with a bad date and bad YAML, Obsidian
// Publish's site files and a file Obsidian does not show. A vault publishes only the notes marked
// `publish: true` (and its talks in talks/); nothing else of it reaches any file of out/, and the
// build's report lists what it ignored, and warns of the private note's problems.

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
  'publish-css-secret', // publish.css (Obsidian Publish's site files)
  'publish-js-secret', // publish.js
  'favicon-ico-secret', // favicon.ico
  'site-options-secret', // site-options.json
  'Daily template secret', // Journal/Daily.md (a template by its {{date}}, outside the templates folder)
  'someday soon', // notes/Inbox/Bad date.md (private, its bad date a warning)
  'Root idea', // Root idea.md (unmarked, at the vault's root)
  'Unmarked case study', // Projects/Unmarked case study.md (tagged case study, not marked)
  'translator-list-secret', // Projects/filenames.txt (not a file Obsidian shows)
]

test('the vault builds from outside the project, marked notes only, and the report lists what it ignored', () => {
  const report = site.buildOutput ?? ''
  expect(report).toContain('Content report')
  expect(report).toMatch(/pages: 2 talks, 1 case studies, 3 notes\b/)
  expect(report).toMatch(/notes publish: marked \(the content is in an Obsidian vault/)
  expect(report).toContain('private, not marked publish: true: 4 notes')
  expect(report).toMatch(/Projects\/Unmarked case study\.md \(private: not marked publish: true\)/)
  expect(report).toMatch(/notes\/Inbox\/Explicitly private\.md \(publish: false\)/)
  for (const [file, reason] of [
    ['.obsidian/', "Obsidian's settings folder, 2 files"],
    ['.trash/', "Obsidian's trash, 1 file"],
    ['Meta/Templates/', "Obsidian's templates folder, 1 file"],
    ['notes/Board.canvas', 'an Obsidian canvas'],
    ['notes/Sketch.excalidraw.md', 'an Excalidraw drawing'],
    ['Excalidraw/Drawing 2024-01-01.md', 'an Excalidraw drawing (in the Excalidraw folder)'],
    ['publish.css', "Obsidian Publish's site file"],
    ['publish.js', "Obsidian Publish's site file"],
    ['favicon.ico', "Obsidian Publish's site file"],
    ['site-options.json', "Obsidian Publish's site file"],
    ['Journal/Daily.md', 'a template (has {{date}})'],
    ['Projects/filenames.txt', 'not a file Obsidian shows (.txt)'],
  ] as const) {
    expect(report, file).toMatch(new RegExp(`- \\S*/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${reason.replace(/[()]/g, '\\$&')}\\)`))
  }
  expect(report).toMatch(/links to private notes \(2\), shown as plain text:/)
  // Unpublished notes' problems are warnings: the build above passed with them.
  expect(report).toContain('warning: problems in notes that are not published (3), not stopping the build:')
  expect(report).toMatch(/notes\/Inbox\/Half-written YAML\.md: frontmatter is not valid YAML: .* at line 2: title: Half-written: a: b/)
  // contentlayer is never handed a file it would refuse in its own words.
  expect(report).not.toMatch(/Couldn't determine the document type|Found \d+ problems? in/)
  expect(report).toMatch(/notes\/Inbox\/Bad date\.md: field "created": expected a date .* got "someday soon"/)
  expect(report).toMatch(/Projects\/Unmarked case study\.md: field "Created time": expected a date/)
  // Node's own warnings about a template's `{ date }` keys: the template is never parsed.
  expect(report).not.toMatch(/\{ date \}|Keys with collection values/)
})

test('out/ has pages for the talk and the two marked notes, and for no other file of the vault', () => {
  const pages = listFiles(site.outDir).filter((file) => /^(talks|notes|case-studies)\/[^/]+\/index\.html$/.test(file) && !file.includes('/page/'))
  expect(pages.sort()).toEqual([
    'case-studies/scaling-chat/index.html',
    'notes/deeply-nested-marked-note/index.html',
    'notes/reading-list/index.html',
    'notes/speaking-in-public/index.html',
    'talks/elixir-in-the-big-and-small/index.html',
    'talks/meetup-lightning-talk/index.html',
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
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Elixir Meetup Talk\. Talks\/speakers to learn from: Code Aesthetic, No Boilerplate, /)
  const properties = page.getByRole('definition')
  await expect(properties.filter({ hasText: 'Jacob Bleser' })).toHaveCount(1)
  await expect(properties.filter({ hasText: 'Seasonal' })).toHaveCount(1)
  // The note's two sections (split at its one ---), then the "Slides & sources" slide.
  const slides = page.locator('li[id^="slide-"]')
  await expect(slides).toHaveCount(3)
  await expect(slides.nth(1)).toContainText('Today I’d like to take you on a journey of using Elixir in production.')
  await expect(page.getByRole('link', { name: 'Speaking in public' })).toBeVisible()
})

test('a note outside notes/ is a note; a note that says kind: talk is a talk; a note tagged case study is a case study', async ({ page }) => {
  await page.goto(url('notes/reading-list/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading list')
  await expect(page.locator('article[data-pagefind-body]')).toContainText("A marked note at the vault's root, outside notes/")

  await page.goto(url('talks/meetup-lightning-talk/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetup lightning talk')
  await expect(page.locator('time').first()).toHaveText('Apr 10, 2024')
  await expect(page.locator('li[id^="slide-"]').nth(1)).toContainText('Slides split at each line of three dashes.')
  // `kind` chose the type: it is not one of the talk's properties.
  await expect(page.getByRole('term').filter({ hasText: /^kind$/i })).toHaveCount(0)

  await page.goto(url('case-studies/scaling-chat/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scaling chat')
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^How a chat service grew from one node to many/)
  await expect(page.locator('time').first()).toHaveText('May 2, 2024')

  await page.goto(url('case-studies/'))
  await expect(page.locator('main').getByRole('link', { name: 'Scaling chat' })).toBeVisible()
  const unmarked = await page.goto(url('case-studies/unmarked-case-study/'))
  expect(unmarked?.status()).toBe(404)
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
