import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { expect, test, type Page } from '@playwright/test'
import { BASE_PATH } from './support/fixture-builds'
import { useSharedBasePathBuild } from './support/shared-build'
import { brokenLinks } from './support/link-check'
import { CONTENT, OUT, listFiles, publicPart, readContent, readContentFile, slideChunks, speakerNotes } from './support/content'

// A visitor searches the site: "/" or the Search button opens the search, a word finds the page
// that holds it, and the result leads there, with or without a base path. What was never
// published (drafts, unpublished notes, speaker notes) is found by no search.

const NOTE_FILE = 'notes/Elixir in the big and small.md'
const WORD = 'greenfield'
const note = readContentFile(NOTE_FILE)
const noteUrl = `/notes/${note.slug}/`
const content = readContent()

const wordsOf = (text: string) => new Set((text.normalize('NFC').toLowerCase().match(/\p{L}{5,}/gu) ?? []))

/** Every word the speaker published: the public text of published files, their frontmatter and the profile. */
const publishedWords = wordsOf(
  [
    readFileSync(path.join(CONTENT, 'profile.md'), 'utf8'),
    ...content
      .filter((entry) => entry.published)
      .map((entry) => JSON.stringify(entry.data) + (entry.collection === 'talks' ? slideChunks(entry.body).map(publicPart).join('\n') : entry.body)),
  ].join('\n'),
)

/**
 * Words that only private text holds, by where they come from. A word that a published word starts
 * with, or that starts with one ("question", "questions"), is left out: Pagefind stems words and
 * matches prefixes, so it would find the published one.
 */
function privateWords(from: string, text: string): { from: string; words: string[] } {
  const isPublished = (word: string) => [...publishedWords].some((known) => known.startsWith(word) || word.startsWith(known))
  return { from, words: [...wordsOf(text)].filter((word) => !isPublished(word)) }
}

const draft = readContentFile('talks/untitled-next-talk.md')
const privateNote = readContentFile('notes/Rehearsal checklist.md')
const talks = content.filter((entry) => entry.collection === 'talks' && entry.published)
const secrets = [
  privateWords(`content/${draft.file}`, `${draft.title}\n${String(draft.data.description)}\n${draft.body}`),
  privateWords(`content/${privateNote.file}`, privateNote.body),
  privateWords('speaker notes', talks.flatMap((talk) => slideChunks(talk.body).map(speakerNotes)).join('\n')),
]

const SIGNATURE = 'pagefind_dcd'

/** Every string in a JSON value, keys left out ("word_count" is Pagefind's, not the page's). */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : []

/**
 * Pagefind's index as text and words. Its files are gzip-compressed and start "pagefind_dcd" inside;
 * a page's fragment is then JSON (its text, title and URL), the word index and meta are binary.
 */
function readIndex(): { text: string; words: Set<string> } {
  const dir = path.join(OUT, 'pagefind')
  const files = listFiles(dir).filter((file) => /\.pf_(fragment|index|meta|filter)$/.test(file))
  expect(files.filter((file) => file.endsWith('.pf_fragment')).length, 'page fragments in out/pagefind/ (run `npm run build` first)').toBeGreaterThan(2)
  const texts = files.map((file) => {
    const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8')
    expect(text.startsWith(SIGNATURE), file).toBe(true)
    const body = text.slice(SIGNATURE.length)
    return file.endsWith('.pf_fragment') ? stringsOf(JSON.parse(body)).join('\n') : body
  })
  const text = texts.join('\n').normalize('NFC').toLowerCase()
  return { text, words: new Set(text.match(/\p{L}+/gu)) }
}

const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search the site' })
const searchBox = (page: Page) => searchDialog(page).getByRole('searchbox')

const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Search' })

/** Opens the search with "/" once the page is interactive (the button shows then) and types a query. */
async function search(page: Page, query: string) {
  await expect(searchButton(page)).toBeVisible()
  await page.keyboard.press('/')
  await expect(searchBox(page)).toBeFocused()
  await searchBox(page).fill(query)
}

test('the chosen word appears in one note’s body and in no other content file', () => {
  expect(note.published).toBe(true)
  expect(note.body).toContain(WORD)
  const others = listFiles(CONTENT).filter((file) => /\.(mdx?|ya?ml|json|txt)$/.test(file) && file !== NOTE_FILE)
  expect(others.length).toBeGreaterThan(5)
  for (const file of others) {
    expect(readFileSync(path.join(CONTENT, file), 'utf8').toLowerCase(), `content/${file}`).not.toContain(WORD.toLowerCase())
  }
})

test('pressing / opens the search with the focus in its input, and Escape closes it back to the Search button', async ({ page }) => {
  await page.goto('/talks/')
  const trigger = searchButton(page)
  await expect(trigger).toBeVisible()
  await expect(searchDialog(page)).toBeHidden()

  await page.keyboard.press('/')
  await expect(searchDialog(page)).toBeVisible()
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('a/b')
  await expect(searchBox(page), 'a "/" typed in the input is text').toHaveValue('a/b')
  await expect(searchDialog(page)).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(searchDialog(page)).toBeHidden()
  await expect(trigger).toBeFocused()

  await trigger.click()
  await expect(searchBox(page)).toBeFocused()
  await searchDialog(page).getByRole('button', { name: 'Close search' }).click()
  await expect(searchDialog(page)).toBeHidden()
  await expect(trigger).toBeFocused()
})

test('a word from one note’s body finds that note, with the word highlighted in its excerpt, and the result leads to it', async ({ page }) => {
  await page.goto('/')
  await search(page, WORD.toLowerCase())
  const results = searchDialog(page).getByRole('list', { name: 'Search results' })
  await expect(results.getByRole('listitem')).toHaveCount(1)
  const result = results.getByRole('link')
  await expect(result).toContainText(note.title)
  await expect(result.locator('mark')).toContainText(WORD, { ignoreCase: true })
  await expect(result).toContainText('Is Elixir fit for startups/greenfield?')
  await expect(result).toHaveAttribute('href', noteUrl)

  await result.click()
  await expect(page).toHaveURL(noteUrl)
  await expect(page.getByRole('heading', { level: 1, name: note.title })).toBeVisible()
})

test('a search that matches nothing says so', async ({ page }) => {
  await page.goto('/')
  await search(page, 'zzyzx')
  await expect(searchDialog(page).getByText('No results for “zzyzx”.')).toBeVisible()
})

test('words of the draft talk, the unpublished note and the speaker notes find nothing that holds them', async ({ page }) => {
  // ("checklist" is no private word since a public callout of type "check": Pagefind matches prefixes.)
  for (const secret of secrets) expect(secret.words.length, `words only ${secret.from} holds: ${secret.words.join(' ')}`).toBeGreaterThan(0)
  expect(secrets.flatMap((secret) => secret.words)).toEqual(expect.arrayContaining(['untitled', 'outline', 'adapter', 'clicker']))
  const unpublishedUrls = [draft, privateNote].map((entry) => `/${entry.collection}/${entry.slug}/`)

  await page.goto('/')
  await expect(searchButton(page)).toBeVisible()
  await page.keyboard.press('/')
  const dialog = searchDialog(page)
  for (const word of secrets.flatMap((secret) => secret.words.slice(0, 4))) {
    await searchBox(page).fill(word)
    // Pagefind answers a word it does not know with its nearest published words, so a private word
    // may list pages; none of them may hold the word or be an unpublished page.
    await expect(dialog.getByText(`No results for “${word}”.`).or(dialog.getByRole('list', { name: 'Search results' }))).toBeVisible()
    const listed = (await dialog.getByRole('list', { name: 'Search results' }).allTextContents()).join(' ')
    expect(listed.toLowerCase(), word).not.toContain(word)
    for (const href of await dialog.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(unpublishedUrls, word).not.toContain(href)
    }
  }
})

test('the compressed search index holds no word of the draft talk, the unpublished note or the speaker notes', () => {
  const index = readIndex()
  // The index is read right: a published note's words and URL are in it.
  expect(index.words).toContain(WORD.toLowerCase())
  expect(index.text).toContain(noteUrl)
  for (const secret of secrets) {
    const found = secret.words.filter((word) => index.words.has(word))
    expect(found, `words of ${secret.from} in out/pagefind/`).toEqual([])
  }
})

test('the search code loads only when the search opens', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto('/')
  await expect(searchButton(page)).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([])

  await page.keyboard.press('/')
  await searchBox(page).fill(WORD)
  await expect(searchDialog(page).getByRole('list', { name: 'Search results' })).toBeVisible()
  expect(requested).toContain('/pagefind/pagefind.js')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the search button, which could do nothing, is not shown', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Search' })).toBeHidden()
  })
})

test.describe('in a build with a base path', () => {
  const { site: served } = useSharedBasePathBuild()

  test('a result links to the note under the base path', async ({ page }) => {
    const site = served()
    await page.goto(site.baseUrl)
    await search(page, WORD)
    const result = searchDialog(page).getByRole('list', { name: 'Search results' }).getByRole('link')
    await expect(result).toHaveCount(1)
    await expect(result).toHaveAttribute('href', `${BASE_PATH}${noteUrl}`)
    await result.click()
    await expect(page).toHaveURL(new URL(`${BASE_PATH}${noteUrl}`, site.baseUrl).href)
    await expect(page.getByRole('heading', { level: 1, name: note.title })).toBeVisible()
  })

  // The hosting journey's check, run on this same build rather than a third one: a project site
  // under a base path passes the link check that the root build passes (sharing-previews.spec.ts).
  test('every internal link, asset, feed and OG image of the base-path build resolves under the base path', async () => {
    const site = served()
    const origin = new URL(site.baseUrl).origin
    expect(brokenLinks(site.outDir, BASE_PATH, origin)).toEqual([])
    const home = readFileSync(path.join(site.outDir, 'index.html'), 'utf8')
    const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(home)?.[1] ?? ''
    expect(new URL(ogImage).pathname.startsWith(`${BASE_PATH}/og/`)).toBe(true)
    expect(existsSync(path.join(site.outDir, new URL(ogImage).pathname.slice(BASE_PATH.length)))).toBe(true)
  })
})
