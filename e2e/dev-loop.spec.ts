/**
 * The speaker's daily loop: the real `npm run dev`, in a temporary copy of the project
 * with the fixture site's content, a page open in the browser, and files saved beside it. Each edit
 * must be on screen without a reload; each mistake must show in the browser, naming the file and
 * the field in the build's words, over the last good page, and clear when the file is fixed; new and
 * deleted files must come and go from the lists and backlinks.
 *
 * Not against the export: this is the one spec of `npm run dev`.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { startDevServer, type DevServer } from '../scripts/bench/dev-loop'
import { copyProject, FIXTURE_SITE, freePort } from './support/fixture-builds'
import { expectHydrated } from './support/hydrated'

test.describe.configure({ mode: 'serial' })

// Saved to seen: the issue asks for a median of 1 s at 1,000 files, which the benchmark measures
// (`npm run bench`, "writing loop"). Here the spec checks that each edit arrives without a reload,
// on a 2-core CI runner that is building other sites beside it: at a slow hour a save once took
// more than 8 s to show, and passed on its retry; in CI once more than 20 s. 45 s tells "arrives"
// from "never arrives".
const ON_SCREEN_MS = 45_000

const TALK = 'talks/elixir-in-the-big-and-small.md'
const NOTE = 'notes/Elixir in the big and small.md'

let dir = ''
let server: DevServer | undefined
let original: Record<string, string> = {}

const file = (relative: string) => path.join(dir, 'content', relative)
const read = (relative: string) => readFileSync(file(relative), 'utf8')
const save = (relative: string, text: string) => writeFileSync(file(relative), text)
const restore = (relative: string) => save(relative, original[relative] ?? '')

/** Marks the document, so a test can tell an update in place from a reload. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true))
}
async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), 'the page must not reload').toBe(true)
}

/** Opens a page of the dev server, its live-reload connection open. */
async function open(page: Page, url: string) {
  const connected = page.waitForResponse((response) => response.url().includes('/dev-content-events/'))
  await page.goto(`${server?.url}${url}`)
  await connected
  await markDocument(page)
}

const problems = (page: Page) => page.getByRole('alert', { name: 'Content problems' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  dir = mkdtempSync(path.join(tmpdir(), 'speaker-site-dev-'))
  // `next dev` keeps a cache of its own: none of the builds' compiled modules.
  await copyProject(dir, { compileCache: false })
  cpSync(FIXTURE_SITE, dir, { recursive: true })
  original = Object.fromEntries([TALK, NOTE, 'profile.md'].map((relative) => [relative, read(relative)]))
  server = await startDevServer(dir, await freePort(), '/')
  // Next compiles each route on its first request: done here, so the tests time saves, not compiles.
  for (const url of ['/notes/', '/notes/elixir-in-the-big-and-small/', '/talks/elixir-in-the-big-and-small/', '/talks/elixir-in-the-big-and-small/present/', '/dev-content-events/']) {
    const response = await fetch(`${server.url}${url}`)
    expect(response.status, url).toBe(200)
    await response.body?.cancel()
  }
})

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('npm run dev output', { body: server?.output() ?? '', contentType: 'text/plain' })
})

test.afterAll(async () => {
  await server?.stop()
  // Next may still be flushing its cache as it stops.
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 })
})

test.beforeEach(() => {
  test.setTimeout(120_000)
})

test('a line added to a note is on screen without a reload', async ({ page }) => {
  await open(page, '/notes/elixir-in-the-big-and-small/')
  for (const n of [1, 2]) {
    const line = `Added while writing, save ${n}.`
    appendFileSync(file(NOTE), `\n${line}\n`)
    await expect(page.getByText(line)).toBeVisible({ timeout: ON_SCREEN_MS })
  }
  await expectSameDocument(page)
  restore(NOTE)
})

test("a slide's text and the profile follow their files without a reload", async ({ page }) => {
  await open(page, '/talks/elixir-in-the-big-and-small/')
  // The first slide: the one the slide viewer shows.
  save(TALK, original[TALK]!.replace('Using Elixir in production, at a seed-stage startup', 'Using Elixir in production, edited live'))
  await expect(page.getByText('Using Elixir in production, edited live').first()).toBeVisible({ timeout: ON_SCREEN_MS })
  await expectSameDocument(page)
  restore(TALK)

  await open(page, '/')
  save('profile.md', original['profile.md']!.replace('headline: Full-stack engineer at Discord', 'headline: Speaker, edited live'))
  await expect(page.getByText('Speaker, edited live').first()).toBeVisible({ timeout: ON_SCREEN_MS })
  await expectSameDocument(page)
  restore('profile.md')
  await expect(page.getByText('Full-stack engineer at Discord').first()).toBeVisible({ timeout: ON_SCREEN_MS })
})

test("a typo'd key is shown over the last good page, naming the file and field as the build does, and the fix clears it", async ({ page }, testInfo) => {
  await open(page, '/talks/elixir-in-the-big-and-small/')
  save(TALK, original[TALK]!.replace(/^title:/m, 'tittle:'))
  const alert = problems(page)
  await expect(alert).toContainText(`content/${TALK}: field "tittle": unknown field (did you mean "title"?)`, { timeout: ON_SCREEN_MS })
  // The last good page stays readable beneath.
  await expect(page.getByRole('heading', { level: 1, name: 'Elixir in the Big and Small' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('typo-overlay.png') })
  // ... and the terminal says the same.
  expect(server?.output()).toContain(`content/${TALK}: field "tittle": unknown field (did you mean "title"?)`)

  restore(TALK)
  await expect(alert).toBeHidden({ timeout: ON_SCREEN_MS })
  await expectSameDocument(page)
})

test('a date that is no date, YAML that does not parse and two files with one slug are each named; the server lives on', async ({ page }) => {
  await open(page, '/talks/elixir-in-the-big-and-small/')
  const alert = problems(page)

  save(TALK, original[TALK]!.replace(/^date: 2023-12-07$/m, 'date: soon'))
  await expect(alert).toContainText(`content/${TALK}: field "date": expected a date such as 2023-12-07, got "soon"`, { timeout: ON_SCREEN_MS })
  restore(TALK)
  await expect(alert).toBeHidden({ timeout: ON_SCREEN_MS })

  save(TALK, original[TALK]!.replace(/^description: .*$/m, 'description: [not closed'))
  await expect(alert).toContainText(`content/${TALK}: frontmatter is not valid YAML`, { timeout: ON_SCREEN_MS })
  await expect(alert).toContainText('line')
  restore(TALK)
  await expect(alert).toBeHidden({ timeout: ON_SCREEN_MS })

  save('talks/Elixir in the Big and Small.md', original[TALK]!)
  await expect(alert).toContainText('field "slug"', { timeout: ON_SCREEN_MS })
  await expect(alert).toContainText(`content/${TALK}`)
  await expect(alert).toContainText('content/talks/Elixir in the Big and Small.md')
  unlinkSync(file('talks/Elixir in the Big and Small.md'))
  await expect(alert).toBeHidden({ timeout: ON_SCREEN_MS })

  await expect(page.getByRole('heading', { level: 1, name: 'Elixir in the Big and Small' })).toBeVisible()
  await expectSameDocument(page)
  expect(server?.process.exitCode, 'the dev server must still run').toBeNull()
})

test('a new note appears in the notes list and as a backlink, and goes when deleted', async ({ page }) => {
  const created = 'notes/Written just now.md'
  await open(page, '/notes/')
  save(created, '---\ntags: [fresh ideas]\n---\nA note written just now, about [[Elixir in the big and small]].\n')
  await expect(page.getByRole('link', { name: 'Written just now' })).toBeVisible({ timeout: ON_SCREEN_MS })
  await expectSameDocument(page)

  await open(page, '/notes/elixir-in-the-big-and-small/')
  await expect(page.getByRole('link', { name: 'Written just now' })).toBeVisible()
  unlinkSync(file(created))
  await expect(page.getByRole('link', { name: 'Written just now' })).toHaveCount(0, { timeout: ON_SCREEN_MS })
  await expectSameDocument(page)

  // Gone: not served. `next dev` answers a path that generateStaticParams no longer lists with 404
  // or, under `output: 'export'` and a catch-all route such as /notes/[...slug], with 500 ("missing
  // param"), as it does for any unknown path there; either way no page.
  const gone = await page.request.get(`${server?.url}/notes/written-just-now/`)
  expect([404, 500]).toContain(gone.status())
  expect(await gone.text()).not.toContain('A note written just now')
})

test('the presenter view shows speaker notes in dev and follows edits to them', async ({ page }) => {
  await open(page, '/talks/elixir-in-the-big-and-small/present/')
  // The first slide's notes, which the presenter view opens on.
  await expect(page.getByText("Hi, today I'd like to take you on a journey").first()).toBeVisible()
  save(TALK, original[TALK]!.replace("Hi, today I'd like to take you on a journey", 'Ask for hands, edited.'))
  await expect(page.getByText('Ask for hands, edited.').first()).toBeVisible({ timeout: ON_SCREEN_MS })
  await expectSameDocument(page)
  restore(TALK)
})

test('the search says why it has no index in dev', async ({ page }) => {
  await open(page, '/')
  // The key opens the search once the page's scripts listen for it.
  await expectHydrated(page, '/')
  await page.keyboard.press('/')
  await expect(page.getByText('There is no search index in development: search works after npm run build (then npm start).')).toBeVisible({ timeout: ON_SCREEN_MS })
})
