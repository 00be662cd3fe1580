import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { slug } from 'github-slugger'
import { expect, test } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import { COLLECTIONS, CONTENT, OUT, listFiles, publicPart, slideChunks, type ContentFile } from './support/content'
import { findLeaks, normalize, privateText, readExport, readText } from './support/leaks'
import { isRedirect } from './support/pages'
import { parseVariantName } from '../lib/markdown/image-variants'

// Nothing private is published: drafts, unpublished notes and speaker notes stay out of every
// file of the export (HTML, RSC payloads, JSON, JavaScript), and out/ holds a page for each
// published content file and nothing else. These tests read out/ and content/ only.

const { published, unpublished, unpublishedSecrets, speakerNoteSecrets, isPublic } = privateText(CONTENT)

test('the search reads text through HTML and JSON escaping (a published line is found)', () => {
  // Guards the other tests against passing because they cannot see text that is there.
  const files = readExport(OUT)
  const talkPage = files.filter((f) => f.file.startsWith('talks/elixir-in-the-big-and-small/'))
  expect(talkPage.map((f) => f.file)).toEqual(expect.arrayContaining(['talks/elixir-in-the-big-and-small/index.html']))
  for (const line of ["How I've used Elixir at work, and whether you should consider it for yours", "The Elixir team's case study of Discord."]) {
    const needle = normalize(line)
    const where = talkPage.filter((f) => f.variants.some((variant) => variant.includes(needle))).map((f) => f.file)
    expect(where, line).toContain('talks/elixir-in-the-big-and-small/index.html')
    expect(where.some((file) => file.endsWith('.txt')), `${line} in an RSC payload`).toBe(true)
  }
})

test('no file of the export contains the draft talk or the unpublished note', () => {
  const draft = unpublished.find((entry) => entry.file === 'talks/untitled-next-talk.md')
  const privateNote = unpublished.find((entry) => entry.file === 'notes/Rehearsal checklist.md')
  expect(draft?.data.draft, 'content/talks/untitled-next-talk.md is a draft').toBe(true)
  expect(privateNote?.data.publish, 'content/notes/Rehearsal checklist.md is unpublished').toBe(false)

  const secrets = unpublishedSecrets
  const texts = secrets.map((secret) => secret.text)
  expect(texts).toEqual(
    expect.arrayContaining([
      'Untitled next talk',
      'An outline that is not ready to be seen.',
      'Rehearsal checklist',
      'Private checklist: charge the clicker, test the projector adapter, water.',
    ]),
  )
  expect(findLeaks(OUT, secrets)).toEqual([])
})

test('no file of the export contains a line of the speaker notes', () => {
  expect(speakerNoteSecrets.length, 'speaker note lines found in the talks').toBeGreaterThanOrEqual(5)
  expect(speakerNoteSecrets.map((secret) => secret.text)).toContain('Keep it short. Point at the QR code for the slides.')
  // A line the speaker also published elsewhere (the Obsidian note repeats some of the script) is
  // public by their choice; every other line must appear nowhere.
  const alsoPublic = speakerNoteSecrets.filter(isPublic)
  if (alsoPublic.length) {
    test.info().annotations.push({ type: 'skipped lines', description: alsoPublic.map((s) => s.text).join(' | ') })
  }
  const secrets = speakerNoteSecrets.filter((secret) => !alsoPublic.includes(secret))
  expect(secrets.length).toBeGreaterThan(alsoPublic.length)
  expect(findLeaks(OUT, secrets)).toEqual([])
})

/** Folders of out/ holding an index.html, relative to out/ ("" for the home page). */
const pageDirs = () =>
  listFiles(OUT)
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.replace(/\/?index\.html$/, ''))

/**
 * How many slides a talk shows: its body's, or, where its deck is a PDF (docs/content-format.md, "A
 * PDF deck": in a talk without a deck elsewhere, a body that is only `![[deck.pdf]]`, or none beside
 * `slides.pdf` under public/), the PDF's pages.
 */
async function slideCount(entry: ContentFile): Promise<number> {
  const chunks = slideChunks(entry.body).map(publicPart).filter((chunk) => chunk !== '')
  const deck = (entry.data.slides ?? {}) as { pdf?: unknown; speakerdeck?: unknown; embed?: unknown }
  if (deck.speakerdeck || deck.embed) return chunks.length
  const embed = chunks.length === 1 ? /^!\[\[([^\]|#]+\.pdf)\]\]$/i.exec(chunks[0]!) : null
  const given = deck.pdf
  const pdf = embed
    ? listFiles(CONTENT).find((file) => path.basename(file).toLowerCase() === embed[1]!.trim().toLowerCase())
    : chunks.length === 0 && typeof given === 'string' && given.startsWith('/') && !given.startsWith('//')
      ? path.join('..', 'public', given)
      : undefined
  if (!pdf) return chunks.length
  return (await PDFDocument.load(readFileSync(path.join(CONTENT, pdf)))).getPageCount()
}

test('out/ has one page per published talk, case study and note, besides the list pages, and no other', async () => {
  const pages = pageDirs()
  expect(pages).toContain('')
  for (const collection of COLLECTIONS) {
    const entries = published.filter((e) => e.collection === collection)
    // A talk with slides in its body or a PDF deck also has its presenter view, without its speaker
    // notes (above), a page per public slide and its embeddable deck.
    const deckPages = (
      await Promise.all(
        entries
          .filter(() => collection === 'talks')
          .map(async (e) => {
            const slides = await slideCount(e)
            if (slides === 0) return []
            const base = e.page
            return [`${base}/present`, `${base}/embed`, ...Array.from({ length: slides }, (_, i) => `${base}/slides/${i + 1}`)]
          }),
      )
    ).flat()
    // A note at its permalink is at the site's root; the pages that only send the reader on (an
    // alias's, a moved note's old URL) are no pages of their own.
    const inCollection = entries.filter((e) => e.page.startsWith(`${collection}/`))
    const expected = [collection, ...inCollection.map((e) => e.page), ...deckPages]
    const actual = pages.filter((dir) => (dir === collection || dir.startsWith(`${collection}/`)) && !isRedirect(`/${dir}/`))
    expect(actual.sort(), `pages under out/${collection}/`).toEqual(expected.sort())
    for (const e of entries.filter((entry) => !inCollection.includes(entry))) expect(pages, `${e.file} at its permalink`).toContain(e.page)
  }
  for (const entry of unpublished) {
    expect(existsSync(path.join(OUT, entry.collection, entry.slug)), `out/${entry.collection}/${entry.slug}`).toBe(false)
  }
})

test('out/ has no top-level page but the lists, the tags, the speaker kit, the not-found page and published shortlinks', () => {
  const shortlinks = published
    .filter((entry) => entry.collection === 'talks' && typeof entry.data.shortlink === 'string')
    .map((entry) => String(entry.data.shortlink))
  expect(shortlinks).toContain('elixir')
  const topLevel = pageDirs().filter((dir) => dir !== '' && !dir.includes('/'))
  // "speaker" is the speaker kit (app/speaker/), which every site has, drawn from the profile and
  // the talks; "404" and "_not-found" are Next.js's export of app/not-found.tsx.
  const expected = [...COLLECTIONS, 'tags', 'speaker', '404', '_not-found', ...shortlinks]
  expect(topLevel.sort()).toEqual(expected.sort())
})

test('out/ has a tag page for each tag of a published page and none for tags only drafts use', () => {
  const frontmatterTags = (entry: ContentFile) =>
    (Array.isArray(entry.data.tags) ? entry.data.tags : typeof entry.data.tags === 'string' ? entry.data.tags.split(',') : [])
      .map((tag) => String(tag).trim().replace(/^#/, ''))
      .filter(Boolean)
  const inlineTags = (entry: ContentFile) =>
    entry.collection === 'notes' ? [...entry.body.matchAll(/(?:^|[\s(])#([\p{L}\p{N}_/-]+)/gu)].map((m) => m[1] ?? '') : []
  const toSlug = (tag: string) => slug(tag.normalize('NFC').trim())
  const required = new Set(published.flatMap(frontmatterTags).map(toSlug))
  const allowed = new Set([...required, ...published.flatMap(inlineTags).map(toSlug)])

  const tagPages = pageDirs()
    .filter((dir) => dir.startsWith('tags/'))
    .map((dir) => dir.slice('tags/'.length))
  expect(tagPages.filter((tag) => !allowed.has(tag)), 'tag pages of no published page').toEqual([])
  expect([...required].filter((tag) => !tagPages.includes(tag)), 'tags without a page').toEqual([])
  expect(tagPages).not.toContain('work-in-progress')
})

test('out/attachments/ holds only files that published pages embed', () => {
  const dir = path.join(OUT, 'attachments')
  const files = existsSync(dir) ? listFiles(dir) : []
  expect(files).toContain('two-companies.svg')
  // Embedded as ![[name]] or as a Markdown image, ![alt](attachments/name.png).
  const embedded = published.flatMap((entry) =>
    [...entry.body.matchAll(/!?\[\[([^\]|#]+)|!\[[^\]]*\]\(<?([^)\s>]+)/g)].map((m) => path.basename(decodeURIComponent((m[1] ?? m[2] ?? '').trim()))),
  )
  for (const variant of files) {
    // A large photo's smaller copies (photo.640w.png) go with the photo.
    const file = parseVariantName(variant)?.name ?? variant
    expect(
      embedded.some((name) => name === file || `${slug(name.replace(/\.[^.]+$/, ''))}${path.extname(name).toLowerCase()}` === file),
      `out/attachments/${file} is embedded by a published page`,
    ).toBe(true)
  }
})

test('compressed files are read through: gzip after a prefix (as in a Pagefind index), .gz and .br', () => {
  const secret = 'A line that must be found inside compressed bytes.'
  const pagefind = Buffer.concat([Buffer.from('pagefind_dcd'), gzipSync(secret)])
  expect(readText(pagefind, 'pagefind/fragment/en_abc.pf_fragment')).toBe(secret)
  expect(readText(gzipSync(secret), 'index.html.gz')).toBe(secret)
  expect(readText(brotliCompressSync(secret), 'index.html.br')).toBe(secret)
  expect(readText(Buffer.from(secret), 'index.html')).toBe(secret)
})
