/**
 * The speaker's editor: the real Decap CMS in Chromium, against decap-server in fs mode, on a
 * temporary copy of content/ (never the repository's own). `npm run cms` (scripts/cms.ts) is
 * started here rather than in playwright.config.ts, so the other specs need no CMS.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect as baseExpect, test, type Page } from '@playwright/test'
import { talkSchema } from '@/content-schema'
import { splitFrontmatter } from '@/lib/core/frontmatter'
import { validateFrontmatter } from '@/lib/content'
import { CONTENT, OUT, ROOT, readContent } from './support/content'
import { caretToEnd, save } from './support/decap-editor'
import { copyFixturePublic } from './support/fixture-builds'

const ADMIN_PORT = Number(process.env.E2E_PORT ?? 4173) + 100
const PROXY_PORT = ADMIN_PORT + 3876
const ADMIN = `http://127.0.0.1:${ADMIN_PORT}/admin/`
const NOTE = 'notes/Elixir in the big and small.md'
const NEW_TALK = 'talks/testing-in-the-browser.md'
/** A note in a sub-folder, as Obsidian writes one: a BOM, no frontmatter. */
const SUB_NOTE = 'notes/Speaking/Speakers to learn from – Jacob’s list.md'
/** An .mdx note in a sub-folder, written here: Obsidian properties, a flow list, MDX in the body. */
const MDX_NOTE = 'notes/Speaking/Talk ideas.mdx'
const MDX_NOTE_TEXT = [
  '---',
  'title: Talk ideas',
  'Owner: Jacob Bleser',
  'Created time: 2024-01-05T09:30',
  'tags: [speaking, ideas]',
  "rating: '4'",
  '---',
  '<Callout title="Next">A talk about [[Elixir Meetup Talk|Elixir]] at work.</Callout>',
  '',
  '- Property-based testing   ',
  '',
].join('\n')
/** What the build's content steps need besides content/, linked into the temp project. */
const LINKED = ['node_modules', 'contentlayer.config.ts', 'content-schema', 'lib', 'scripts', 'tsconfig.json', 'package.json']

let dir = ''
let cms: ChildProcess | undefined
const contentFile = (file: string) => path.join(dir, 'content', file)

test.describe.configure({ mode: 'serial', timeout: 90_000 })

// The editor is a large single-page app that loads each entry from decap-server: on a 2-core
// runner building other sites beside it, a field once took more than 5 s (Playwright's default)
// to arrive, and passed on its retry. Each wait is for a condition, so a longer limit costs a passing
// test nothing.
const expect = baseExpect.configure({ timeout: 20_000 })

test.beforeAll(async () => {
  // decap-server and the editor's bundle start beside the other specs' builds.
  test.setTimeout(180_000)
  dir = mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-'))
  cpSync(CONTENT, path.join(dir, 'content'), { recursive: true, dereference: true })
  writeFileSync(contentFile(MDX_NOTE), MDX_NOTE_TEXT)
  cms = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cms.ts'], {
    cwd: ROOT,
    env: { ...process.env, CMS_ROOT: dir, CMS_PORT: String(ADMIN_PORT), CMS_PROXY_PORT: String(PROXY_PORT) },
    stdio: ['ignore', 'pipe', 'inherit'],
    // Its own process group, so that tsx, the script and decap-server stop together.
    detached: true,
  })
  await new Promise<void>((resolve, reject) => {
    cms?.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('/admin/')) resolve()
    })
    cms?.on('exit', (code) => reject(new Error(`npm run cms exited with ${code}`)))
  })
})

test.afterAll(() => {
  if (cms?.pid && cms.exitCode === null) process.kill(-cms.pid, 'SIGTERM')
  // CMS_E2E_KEEP=1 keeps the edited copy, to look at what the editor wrote.
  if (dir && !process.env.CMS_E2E_KEEP) rmSync(dir, { recursive: true, force: true })
  else console.log(`Edited content kept in ${dir}`)
})

async function open(page: Page, hash: string) {
  await page.goto(`${ADMIN}#${hash}`)
  await page.getByRole('button', { name: 'Login' }).click()
}

/**
 * The file as the editor saved it: decap-server truncates and then writes, so a read can land between
 * the two. Waits until the file differs from `before`, is not empty, and reads the same twice in a row.
 */
async function savedFile(file: string, before: string | null): Promise<string> {
  const read = () => (existsSync(contentFile(file)) ? readFileSync(contentFile(file), 'utf8') : null)
  let text: string | null = null
  await expect
    .poll(async () => {
      const first = read()
      await new Promise((resolve) => setTimeout(resolve, 150))
      text = read()
      return text !== null && text !== '' && text !== before && text === first
    }, { message: `${file} saved by the editor`, timeout: 20_000 })
    .toBe(true)
  return text as unknown as string
}

/** The entries of the collection shown (the sidebar holds links of the same names). */
const entries = (page: Page) => page.getByRole('main')

const listField = (page: Page, label: string) =>
  page.locator('[aria-label="list field"]').filter({ has: page.locator('label', { hasText: new RegExp(`^${label}`) }) })

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

const TALK_BODY = [
  '# Testing in the browser',
  '',
  '- a point',
  '',
  '---',
  '',
  '## Second slide',
  '',
  'See [[Elixir Meetup Talk]] and [[Elixir Meetup Talk#Introduction|its introduction]].[^pw]',
  '',
  '<Callout title="Why">Because a deck is code.</Callout>',
  '',
  '[^pw]: Playwright, https://playwright.dev/',
  '',
  'Note:',
  'Say hello.',
].join('\n')

test('a talk created in the editor, with two events and two sources, is written as a valid file', async ({ page }) => {
  await open(page, '/collections/talks/new')
  await page.getByLabel('Title', { exact: true }).fill('Testing in the browser')
  await page.getByLabel('Description', { exact: true }).fill('How we test a static site end to end.')
  await page.getByLabel('Date', { exact: true }).fill('2024-03-14')

  const events = listField(page, 'Events')
  const givenAt = [
    { name: 'Elixir Meetup', date: '2024-03-14', url: 'https://www.meetup.com/elixir' },
    { name: 'ElixirConf EU', date: '2024-06-12', url: 'https://www.elixirconf.eu/' },
  ]
  for (const [i, event] of givenAt.entries()) {
    await events.getByRole('button', { name: 'Add events' }).click()
    await events.getByLabel('Name', { exact: true }).nth(i).fill(event.name)
    await events.getByLabel('Date', { exact: true }).nth(i).fill(event.date)
    await events.getByLabel('Event page').nth(i).fill(event.url)
  }
  const sources = listField(page, 'Sources')
  const cited = [
    { title: 'How Discord Scaled Elixir', url: 'https://discord.com/blog/how-discord-scaled-elixir' },
    { title: 'Playwright docs', url: 'https://playwright.dev/docs/intro' },
  ]
  for (const [i, source] of cited.entries()) {
    await sources.getByRole('button', { name: 'Add sources' }).click()
    await sources.getByLabel('Title', { exact: true }).nth(i).fill(source.title)
    await sources.getByLabel('URL', { exact: true }).nth(i).fill(source.url)
  }
  const body = page.locator('[data-slate-editor="true"]')
  await body.click()
  await page.keyboard.insertText(TALK_BODY)

  // The preview cuts the body into slides as the site does, without the speaker notes.
  const preview = page.frameLocator('iframe').first()
  await expect(preview.getByRole('region', { name: 'Slide 2' })).toContainText('Second slide')
  await expect(preview.getByText('Say hello.')).toHaveCount(0)

  await save(page)
  const written = await savedFile(NEW_TALK, null)
  const { data, body: writtenBody } = splitFrontmatter(written)
  expect(validateFrontmatter(talkSchema, data, NEW_TALK)).toEqual([])
  expect(data).toMatchObject({ title: 'Testing in the browser', date: '2024-03-14', events: givenAt, sources: cited })
  expect(writtenBody.trim()).toBe(TALK_BODY)
})

test('an Obsidian note edited in the editor keeps its properties and its body byte for byte', async ({ page }) => {
  const before = readFileSync(path.join(CONTENT, NOTE), 'utf8')
  await open(page, '/collections/notes/entries/Elixir in the big and small')
  // Obsidian's names for the site's fields ("Development", "Lifespan") fill those fields, as the
  // build reads them; an edit is saved under the file's own name.
  await expect(page.getByLabel('Growth stage (optional)', { exact: true })).toHaveValue('Budding')
  const lifespan = page.getByLabel('Lifespan (optional)', { exact: true })
  await expect(lifespan).toHaveValue('Seasonal')
  await lifespan.fill('Perennial')
  await page.getByLabel('Title (optional)', { exact: true }).fill('Elixir in the Big and Small')
  const body = page.locator('[data-slate-editor="true"]')
  await expect(body).toContainText('[[Elixir Meetup Talk]]')
  await caretToEnd(page, body)
  await page.keyboard.insertText('\nEdited in the browser.')
  await save(page)
  const after = await savedFile(NOTE, before)
  const old = splitFrontmatter(before)
  const edited = splitFrontmatter(after)
  // Every Obsidian property survives, "Created time" and the others the editor does not show.
  expect(edited.data).toEqual({ ...old.data, Lifespan: 'Perennial', title: 'Elixir in the Big and Small' })
  // The body up to the edit is untouched, byte for byte; only the typed line is added.
  expect(edited.body.startsWith(old.body.replace(/\n+$/, ''))).toBe(true)
  expect(edited.body.slice(old.body.replace(/\n+$/, '').length).trim()).toBe('Edited in the browser.')
  // Measured with Decap 3.16, the whole file: properties the editor does not show keep their
  // place and quoting; the fields it shows follow the schema's order (the new title lands before
  // tags); the file gains a final newline. Nothing else changes.
  expect(after).toBe(
    `${before.replace('Lifespan: Seasonal\n', 'Lifespan: Perennial\n').replace('Type: Project\n', 'Type: Project\ntitle: Elixir in the Big and Small\n')}\nEdited in the browser.\n`,
  )
  // Files the editor did not save are not rewritten.
  for (const file of ['profile.md', 'talks/elixir-in-the-big-and-small.md', 'notes/Rehearsal checklist.md']) {
    expect(readFileSync(contentFile(file), 'utf8'), file).toBe(readFileSync(path.join(CONTENT, file), 'utf8'))
  }
})

test('an existing talk edited in the editor keeps its deck byte for byte', async ({ page }) => {
  const file = 'talks/elixir-in-the-big-and-small.md'
  const before = readFileSync(path.join(CONTENT, file), 'utf8')
  await open(page, '/collections/talks/entries/elixir-in-the-big-and-small')
  const description = page.getByLabel('Description', { exact: true })
  await expect(description).toHaveValue(/^Using Elixir in production/)
  await description.fill('Elixir in production, at a startup and at Discord.')
  await save(page)
  const after = await savedFile(file, before)
  const old = splitFrontmatter(before)
  const edited = splitFrontmatter(after)
  expect(edited.body).toBe(old.body)
  expect(edited.data).toEqual({ ...old.data, description: 'Elixir in production, at a startup and at Discord.' })
  expect(validateFrontmatter(talkSchema, edited.data, file)).toEqual([])
  // The whole file: only the edited line changed; flow lists ([a, b]) stay flow lists.
  expect(after).toBe(before.replace(/^description: .*$/m, 'description: Elixir in production, at a startup and at Discord.'))
  expect(after).toContain('tags: [elixir, scaling, startups]\n')
})

test('an entry opened by its address from another entry\'s editor shows and saves that entry', async ({ page }) => {
  const errors: Error[] = []
  page.on('pageerror', (error) => errors.push(error))
  await open(page, '/collections/notes/entries/Elixir in the big and small')
  await expect(page.locator('[data-slate-editor="true"]')).toContainText('[[Elixir Meetup Talk]]')
  // A bookmark or the address bar, while the note is open.
  const before = readFileSync(contentFile('profile.md'), 'utf8')
  await page.goto(`${ADMIN}#/collections/profile/entries/profile`)
  await expect(page.getByLabel('Headline (optional)', { exact: true })).toHaveValue('Full-stack engineer at Discord')
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Jacob Bleser')
  await page.getByLabel('Pronouns (optional)', { exact: true }).fill('he/him')
  await save(page)
  expect(await savedFile('profile.md', before)).toBe(before.replace(/^pronouns: .*$/m, 'pronouns: he/him'))
  expect(errors).toEqual([])
})

test('the save controls say Save, since a local save only writes the file', async ({ page }) => {
  const file = 'talks/elixir-in-the-big-and-small.md'
  const before = readFileSync(contentFile(file), 'utf8')
  await open(page, '/collections/talks/entries/elixir-in-the-big-and-small')
  const toolbar = page.getByRole('button', { name: 'Saved', exact: true })
  await expect(toolbar).toBeVisible()
  await page.getByLabel('Duration (minutes) (optional)', { exact: true }).fill('35')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('menuitem')).toHaveText(['Save now', 'Save and create new', 'Save and duplicate'])
  await expect(page.getByRole('button', { name: /publish/i })).toHaveCount(0)
  await page.getByRole('menuitem', { name: 'Save now' }).click()
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible()
  await expect(toolbar).toBeVisible()
  expect(await savedFile(file, before)).toBe(before.replace(/^duration: .*$/m, 'duration: 35'))
})

test('an error the editor does not catch while saving is shown to the speaker', async ({ page }) => {
  await open(page, '/collections/talks/entries/elixir-in-the-big-and-small')
  await page.getByLabel('Description', { exact: true }).fill('Not saved.')
  // A click handler that throws, as Decap's did on an entry opened over another (decaporg/decap-cms#4147).
  await page.evaluate(() =>
    document.addEventListener('click', () => {
      throw new TypeError('the draft has no fields')
    }, { capture: true, once: true }),
  )
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'may not be saved' })).toContainText(
    'your last change may not be saved: TypeError: the draft has no fields',
  )
})

test('the editor lists notes in sub-folders and .mdx files, and the profile', async ({ page }) => {
  await open(page, '/collections/notes')
  // Sub-folders are a tree in the sidebar; a folder lists its notes, by file name.
  await page.getByRole('link', { name: 'Speaking' }).click()
  await expect(entries(page).getByRole('link', { name: /Speakers to learn from/ })).toBeVisible()
  await page.goto(`${ADMIN}#/collections/notes-mdx/filter/Speaking`)
  await expect(entries(page).getByRole('link', { name: /Talk ideas/ })).toBeVisible()
  await page.goto(`${ADMIN}#/collections/case-studies-mdx`)
  await expect(entries(page).getByRole('link', { name: /Discord/ })).toBeVisible()
  await page.goto(`${ADMIN}#/collections/profile`)
  await expect(entries(page).getByRole('link', { name: 'Profile' })).toBeVisible()
})

test('the lists mark drafts and private notes, which the build leaves out', async ({ page }) => {
  await open(page, '/collections/talks')
  await expect(entries(page).getByRole('link', { name: /^Draft: Untitled next talk/ })).toBeVisible()
  await expect(entries(page).getByRole('link', { name: /^Elixir in the Big and Small/ })).toBeVisible()
  await page.goto(`${ADMIN}#/collections/notes`)
  await expect(entries(page).getByRole('link', { name: /^Private: Rehearsal checklist/ })).toBeVisible()
  await expect(entries(page).getByRole('link', { name: /^Private: Privat – Geheimnis/ })).toBeVisible()
  await expect(entries(page).getByRole('link', { name: /^Elixir in the big and small/ })).toBeVisible()
})

test('a note\'s preview shows its wikilinks and callouts as the site does, in the site\'s styles', async ({ page }) => {
  await open(page, '/collections/notes/entries/Obsidian syntax/Callouts showcase')
  const preview = page.frameLocator('iframe').first()
  const callout = preview.locator('.callout', { hasText: "Here's a callout title" })
  await expect(callout).toBeVisible()
  // The site's stylesheet: a callout has its coloured left border (app/globals.css).
  await expect(callout).toHaveCSS('border-left-width', '4px')
  await expect(callout.getByRole('link', { name: 'Wikilinks' })).toHaveClass(/wikilink/)
  await expect(preview.getByRole('main', { name: 'Note preview' })).not.toContainText('[[')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Callouts showcase')
})

test('a note in a sub-folder, opened from the tree and given a title, keeps its body byte for byte', async ({ page }) => {
  const before = readFileSync(contentFile(SUB_NOTE), 'utf8')
  await open(page, '/collections/notes/filter/Speaking')
  await entries(page).getByRole('link', { name: /Speakers to learn from/ }).click()
  await page.getByLabel('Title (optional)', { exact: true }).fill('Speakers to learn from')
  await save(page)
  const after = await savedFile(SUB_NOTE, before)
  // Same file, same folder: a frontmatter block is added after the byte-order mark, with the
  // file's own line breaks (CRLF, as Windows wrote it); nothing else changes.
  expect(before).toContain('\r\n')
  const block = ['---', 'title: Speakers to learn from', '---', ''].join('\r\n')
  expect(after).toBe(before.replace(/^\uFEFF/, `\uFEFF${block}`))
})

test('an .mdx note edited in one field keeps its flow list, its Obsidian properties and its body', async ({ page }) => {
  await open(page, `/collections/notes-mdx/entries/${MDX_NOTE.replace(/^notes\//, '').replace(/\.mdx$/, '')}`)
  const title = page.getByLabel('Title (optional)', { exact: true })
  await expect(title).toHaveValue('Talk ideas')
  await title.fill('Ideas for talks')
  await save(page)
  const after = await savedFile(MDX_NOTE, MDX_NOTE_TEXT)
  expect(after).toContain('tags: [speaking, ideas]\n')
  expect(after).toContain('Owner: Jacob Bleser\nCreated time: 2024-01-05T09:30\n')
  expect(after).toContain("rating: '4'\n")
  expect(splitFrontmatter(after).body).toBe(splitFrontmatter(MDX_NOTE_TEXT).body)
  expect(after).toBe(MDX_NOTE_TEXT.replace('title: Talk ideas', 'title: Ideas for talks'))
})

// A new key goes before the next key in the editor's order (links), wherever the file has it.
const ONE_FIELD_EDITS = [
  { what: 'an .mdx case study', file: 'case-studies/discord.mdx', hash: '/collections/case-studies-mdx/entries/discord', label: 'Role (optional)', line: /^links:\n/m, value: 'Full-stack engineer', add: 'role: Full-stack engineer\n$&' },
  { what: 'the profile', file: 'profile.md', hash: '/collections/profile/entries/profile', label: 'Location (optional)', line: /^links:\n/m, value: 'San Francisco, CA', add: 'location: San Francisco, CA\n$&' },
]
for (const edit of ONE_FIELD_EDITS) {
  test(`${edit.what}, given one more field in the editor, gains that line only`, async ({ page }) => {
    const before = readFileSync(contentFile(edit.file), 'utf8')
    await open(page, edit.hash)
    await page.getByLabel(edit.label, { exact: true }).fill(edit.value)
    await save(page)
    expect(await savedFile(edit.file, before)).toBe(before.replace(edit.line, edit.add))
  })
}

/** An upload's name as a speaker's camera or desktop gives it: a space, capitals, a letter beyond ASCII. */
const PHOTO = 'Stage photo – Bühne.png'

test('an image uploaded in the editor keeps its name in the notes\' attachments folder, and a note embeds it by that name', async ({ page }) => {
  await open(page, '/collections/notes')
  await page.getByRole('button', { name: 'Media' }).click()
  await page.getByLabel('Upload').setInputFiles({ name: PHOTO, mimeType: 'image/png', buffer: PNG })
  const uploaded = contentFile(`notes/attachments/${PHOTO}`)
  await expect.poll(() => existsSync(uploaded) && readFileSync(uploaded).equals(PNG), { timeout: 20_000 }).toBe(true)
  expect(readdirSync(contentFile('notes/attachments')).filter((name) => /stage/i.test(name))).toEqual([PHOTO])
  // The library lists it by that name, the one to embed.
  await expect(page.getByText(PHOTO, { exact: true })).toBeVisible()

  // A second file of the same name is refused with a message, not written over the first.
  await page.getByLabel('Upload').setInputFiles({ name: PHOTO, mimeType: 'image/png', buffer: Buffer.concat([PNG, Buffer.from('x')]) })
  await expect(page.getByText(`"${PHOTO}" is already in the attachments`)).toBeVisible()
  expect(readFileSync(uploaded).equals(PNG)).toBe(true)

  // Embedded the Obsidian way; the build then publishes it (checked by the build test below).
  const before = readFileSync(contentFile(SUB_NOTE), 'utf8')
  await page.keyboard.press('Escape')
  await page.goto(`${ADMIN}#/collections/notes/entries/${SUB_NOTE.replace(/^notes\//, '').replace(/\.md$/, '')}`)
  const body = page.locator('[data-slate-editor="true"]')
  await expect(body).toContainText('[[No Boilerplate]]')
  await caretToEnd(page, body)
  await page.keyboard.insertText(`\n![[${PHOTO}]]`)
  await save(page)
  const after = await savedFile(SUB_NOTE, before)
  expect(after).toContain(`![[${PHOTO}]]`)
  // The note is a CRLF file: its edited body keeps CRLF to its last line.
  expect(after.endsWith(`![[${PHOTO}]]\r\n`)).toBe(true)
  expect(after.replace(/\r\n/g, '')).not.toContain('\n')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('a talk edited at 390 px, a field and the body, is saved with exactly those changes', async ({ page }) => {
    const file = 'talks/elixir-in-the-big-and-small.md'
    const before = readFileSync(contentFile(file), 'utf8')
    await open(page, '/collections/talks/entries/elixir-in-the-big-and-small')
    const description = page.getByLabel('Description', { exact: true })
    await expect(description).toBeVisible()
    // The form fits the screen, the preview is out of its way, and the save control is on screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await expect(page.frameLocator('iframe').first().getByRole('main', { name: 'Slides preview' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeInViewport()
    await expect(description).toBeInViewport({ ratio: 1 })

    await description.fill('Edited on a phone.')
    const body = page.locator('[data-slate-editor="true"]')
    await caretToEnd(page, body)
    await page.keyboard.insertText('\nA line typed on a phone.')
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeInViewport()
    await save(page)
    const after = await savedFile(file, before)
    const old = splitFrontmatter(before)
    expect(after.slice(0, after.length - splitFrontmatter(after).body.length)).toBe(
      before.slice(0, before.length - old.body.length).replace(/^description: .*$/m, 'description: Edited on a phone.'),
    )
    // The caret was on the body's last, empty line: what was typed is added there, nothing else moves.
    expect(splitFrontmatter(after).body).toBe(`${old.body}\nA line typed on a phone.\n`)
  })
})

function run(bin: string, args: string[]) {
  const result = spawnSync(path.join('node_modules', '.bin', bin), args, {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    // contentlayer takes its working directory from $PWD before process.cwd().
    env: { ...process.env, PWD: dir, FORCE_COLOR: '0', NO_COLOR: '1', CI: '1' },
  })
  expect(result.status, `${bin} ${args.join(' ')}\n${result.stdout}${result.stderr}`).toBe(0)
  return result.stdout
}

test('the site builds the edited content as it is: the new talk with its events and sources, the note', () => {
  for (const name of LINKED) symlinkSync(path.join(ROOT, name), path.join(dir, name))
  copyFixturePublic(dir)
  run('contentlayer2', ['build'])
  const report = run('tsx', ['scripts/content-report.ts'])
  // The fixture site's published talks, and the one created in the editor.
  const talks = readContent(CONTENT).filter((entry) => entry.collection === 'talks' && entry.published).length
  expect(report).toContain(`pages: ${talks + 1} talks`)
  // What the talk page and the note page are made from (lib/content/index.ts), read from the temp build.
  const pages = JSON.parse(
    run('tsx', [
      '-e',
      `import { getAttachments, getTalk, getNotes } from '@/lib/content'
       const talk = getTalk('testing-in-the-browser')
       const note = getNotes().find((n) => n.title === 'Elixir in the Big and Small')
       const attachments = getAttachments().map((a) => a.file)
       console.log(JSON.stringify({ events: talk?.events, sources: talk?.sources, slides: talk?.slides.length, note: note?.url, attachments }))`,
    ]),
  )
  expect(pages.events.map((e: { name: string }) => e.name).sort()).toEqual(['Elixir Meetup', 'ElixirConf EU'])
  expect(pages.sources.map((s: { title: string }) => s.title)).toEqual([
    'How Discord Scaled Elixir',
    'Playwright docs',
    // The slide's footnote, a source too: it came back from the editor intact.
    'Playwright',
  ])
  expect(pages.slides).toBe(2)
  expect(pages.note).toBeTruthy()
  // The image uploaded in the editor is published, since a note embeds it.
  expect(pages.attachments).toContainEqual(expect.stringMatching(new RegExp(`(^|/)notes/attachments/${PHOTO}$`)))
})

test('a talk without its required title is refused in the editor, with a message', async ({ page }) => {
  const talksBefore = readdirSync(path.join(dir, 'content', 'talks')).sort()
  await open(page, '/collections/talks/new')
  await page.getByLabel('Description', { exact: true }).fill('No title yet.')
  await page.getByLabel('Date', { exact: true }).fill('2024-03-14')
  await page.getByLabel('Video').fill('javascript:alert(1)')
  await save(page)
  await expect(page.getByText(/missed a required field/i)).toBeVisible()
  await expect(page.getByText(/Title is required/i)).toBeVisible()
  // The video may be a URL or a file under public/ (content-schema/talk.ts), never javascript:.
  await expect(page.getByText('Must be an http(s) URL or a path under public/ starting with "/"')).toBeVisible()
  // Nothing was written.
  expect(readdirSync(path.join(dir, 'content', 'talks')).sort()).toEqual(talksBefore)
})

test.describe('in production', () => {
  test('the exported site has no admin page when no git backend is configured', async ({ request }) => {
    test.skip(Boolean(process.env.CMS_BACKEND), 'built with a CMS backend')
    expect(existsSync(path.join(OUT, 'admin'))).toBe(false)
    expect((await request.get('/admin/')).status()).toBe(404)
  })

  test('a build with a GitHub backend writes the editor to out/admin/, and one without removes it', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'cms-out-'))
    try {
      const build = (env: Record<string, string>) =>
        spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cms-admin.ts'], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, CMS_BACKEND: '', CMS_REPO: '', ...env, OUT_DIR: out },
        })
      expect(build({ CMS_BACKEND: 'github', CMS_REPO: 'jacob/talks-site' }).status).toBe(0)
      expect(readFileSync(path.join(out, 'admin', 'index.html'), 'utf8')).toContain('admin.js')
      const script = readFileSync(path.join(out, 'admin', 'admin.js'), 'utf8')
      expect(script.includes('name:"github-token",repo:"jacob/talks-site"'), 'the backend is bundled in').toBe(true)
      const refused = build({ CMS_BACKEND: 'github' })
      expect(refused.status).toBe(1)
      expect(refused.stderr).toContain('CMS_REPO')
      expect(build({}).status).toBe(0)
      expect(existsSync(path.join(out, 'admin'))).toBe(false)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
