import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, PDFString, StandardFonts, rgb } from 'pdf-lib'
import sharp from 'sharp'
import { PDF_SLIDE_WIDTHS, readPdfDeck, type PdfDeck, type PdfDeckProblem } from './deck'

const work = mkdtempSync(path.join(tmpdir(), 'pdf-deck-'))
after(() => rmSync(work, { recursive: true, force: true }))
const cache = path.join(work, 'cache')

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(work, name)
  writeFileSync(file, bytes)
  return file
}

function deckOf(reading: PdfDeck | PdfDeckProblem): PdfDeck {
  if ('problem' in reading) assert.fail(`expected a deck, got: ${reading.problem}`)
  return reading
}

// A 16:9 page of 480 by 270 points, as Keynote and PowerPoint export a slide.
const PAGE: [number, number] = [480, 270]

/**
 * Three slides as presentation software exports them: a title in a font the PDF does not embed
 * (Helvetica, one of the standard 14) with a link, a slide with a shape and no text, and a slide
 * in Cyrillic in an embedded font.
 */
async function sampleDeck(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const helvetica = await doc.embedFont(StandardFonts.Helvetica)
  const cyrillic = await doc.embedFont(readFileSync('node_modules/@fontsource/inter/files/inter-cyrillic-400-normal.woff'), { subset: true })

  const first = doc.addPage(PAGE)
  first.drawText('Decks from PDF', { x: 40, y: 200, size: 36, font: helvetica, color: rgb(0, 0, 0) })
  first.drawText('Read the docs', { x: 40, y: 60, size: 18, font: helvetica, color: rgb(0, 0, 0.8) })
  first.node.addAnnot(
    doc.context.register(
      doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [40, 54, 160, 78],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of('https://example.com/docs') },
      }),
    ),
  )

  doc.addPage(PAGE).drawRectangle({ x: 100, y: 50, width: 280, height: 170, color: rgb(0.9, 0.3, 0.2) })

  doc.addPage(PAGE).drawText('Привет мир', { x: 40, y: 120, size: 36, font: cyrillic })
  return doc.save()
}

const sample = write('talk.pdf', await sampleDeck())

test('each page becomes a slide: its text in reading order, "" where it has none', () => {
  const deck = deckOf(readPdfDeck(sample, cache))
  assert.deepEqual(
    deck.pages.map((page) => [page.number, page.text]),
    [
      [1, 'Decks from PDF\nRead the docs'],
      [2, ''],
      [3, 'Привет мир'],
    ],
  )
})

test("a page's link keeps its URL and its place, as fractions of the page from its top left", () => {
  const [first, second] = deckOf(readPdfDeck(sample, cache)).pages
  // The link's rectangle, [40, 54, 160, 78] from the bottom left of the 480 by 270 page, rounded to four places.
  assert.deepEqual(first!.links, [{ url: 'https://example.com/docs', x: 0.0833, y: 0.7111, width: 0.25, height: 0.0889 }])
  assert.deepEqual(second!.links, [])
})

test('every page has an AVIF and a WebP image at each width, of the page\'s shape', async () => {
  const deck = deckOf(readPdfDeck(sample, cache))
  for (const page of deck.pages) {
    const expected = PDF_SLIDE_WIDTHS.flatMap((width) => (['avif', 'webp'] as const).map((format) => ({ width, height: (width * 9) / 16, format })))
    assert.deepEqual(page.images.map(({ width, height, format }) => ({ width, height, format })), expected)
    for (const image of page.images) {
      const meta = await sharp(path.join(deck.folder, image.file)).metadata()
      assert.equal(meta.width, image.width, image.file)
      assert.equal(meta.format === 'heif' ? 'avif' : meta.format, image.format, image.file)
    }
  }
})

/** How dark the darkest pixels of a region of a page's image are (0 black, 255 white). */
async function darkest(deck: PdfDeck, page: number, region: { left: number; top: number; width: number; height: number }): Promise<number> {
  const image = deck.pages[page - 1]!.images.find((i) => i.format === 'webp' && i.width === 640)!
  // stats() reads its input, not the pipeline: the region is cut out first.
  const { channels } = await sharp(await sharp(path.join(deck.folder, image.file)).extract(region).toBuffer()).stats()
  return Math.min(...channels.slice(0, 3).map((c) => c.min))
}

test('text in a font the PDF does not embed is drawn, from pdf.js\'s standard fonts', async () => {
  const deck = deckOf(readPdfDeck(sample, cache))
  // On the 640-pixel image (4/3 pixels a point): the title's line, 40 points in (53 px) and 70 points
  // from the top (its baseline at 93 px); the empty band under it; the Cyrillic line of slide 3.
  assert.ok((await darkest(deck, 1, { left: 53, top: 50, width: 300, height: 45 })) < 60, 'the title is drawn in black')
  assert.ok((await darkest(deck, 1, { left: 53, top: 150, width: 300, height: 30 })) > 200, 'below it, the slide is white')
  assert.ok((await darkest(deck, 3, { left: 53, top: 150, width: 250, height: 45 })) < 60, 'the Cyrillic line is drawn')
})

test('a deck is read once: the same bytes, under any name, come from the cache', () => {
  const deck = deckOf(readPdfDeck(sample, cache))
  const stored = path.join(deck.folder, 'deck.json')
  writeFileSync(stored, readFileSync(stored, 'utf8').replace('Decks from PDF', 'from the cache'))
  const copy = write('renamed.pdf', readFileSync(sample))
  const again = deckOf(readPdfDeck(copy, cache))
  assert.equal(again.id, deck.id)
  assert.match(again.pages[0]!.text, /^from the cache/)
})

test('a missing, corrupt, encrypted or empty PDF is a problem in words, and no deck', async () => {
  const problem = (file: string) => {
    const reading = readPdfDeck(file, cache)
    assert.ok('problem' in reading, `${file} gives no deck`)
    return reading.problem
  }
  assert.match(problem(path.join(work, 'nowhere.pdf')), /there is no file at .*nowhere\.pdf/)
  assert.match(problem(write('notes.pdf', 'these are my notes, not a PDF')), /not a readable PDF/)
  // The standard security handler with a user password: no PDF reader opens it without the password.
  const encrypted = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    `3 0 obj << /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >> endobj`,
    `trailer << /Root 1 0 R /Encrypt 3 0 R /ID [<${'01'.repeat(16)}><${'01'.repeat(16)}>] >>`,
    '%%EOF',
  ].join('\n')
  assert.match(problem(write('locked.pdf', encrypted)), /protected by a password/)
  const empty = await (await PDFDocument.create()).save({ addDefaultPage: false })
  assert.match(problem(write('empty.pdf', empty)), /has no pages/)
})
