import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { pdfDeckSlides } from './talk-pdf'
import type { ContentProblem } from './validate'

const publicDir = mkdtempSync(path.join(tmpdir(), 'talk-pdf-'))
after(() => rmSync(publicDir, { recursive: true, force: true }))
const FILE = 'content/talks/from-pdf.md'

// Two slides: a title and a line, and a page without text.
const doc = await PDFDocument.create()
const font = await doc.embedFont(StandardFonts.Helvetica)
const first = doc.addPage([480, 270])
first.drawText('Why decks', { x: 40, y: 200, size: 30, font })
first.drawText('*Not* Markdown', { x: 40, y: 150, size: 20, font })
doc.addPage([480, 270])
mkdirSync(path.join(publicDir, 'slides'))
writeFileSync(path.join(publicDir, 'slides', 'deck.pdf'), await doc.save())

function read(deck: Record<string, unknown>, { bodySlides = 0, video }: { bodySlides?: number; video?: string } = {}) {
  const problems: ContentProblem[] = []
  const slides = pdfDeckSlides(FILE, deck, { bodySlides, video, publicDir }, problems)
  return { slides, problems }
}

test("each page of the talk's PDF is a slide: its text as Markdown, the first line its heading, with its images and links", () => {
  const { slides, problems } = read({ pdf: '/slides/deck.pdf' })
  assert.deepEqual(problems, [])
  assert.deepEqual(slides.map((s) => [s.number, s.markdown]), [
    [1, '# Why decks\n\n&#42;Not&#42; Markdown'],
    [2, ''],
  ])
  for (const slide of slides) {
    assert.match(slide.pdf!.deck, /^[0-9a-f]{16}$/)
    assert.equal(slide.pdf!.images.length, 4)
    assert.equal(slide.start, undefined)
  }
})

test('the PDF is the deck only of a talk without another: slides in its body, Speaker Deck, an embed', () => {
  assert.deepEqual(read({ pdf: '/slides/deck.pdf' }, { bodySlides: 3 }).slides, [])
  assert.deepEqual(read({ pdf: '/slides/deck.pdf', embed: 'https://docs.google.com/presentation/d/x/embed' }).slides, [])
  assert.deepEqual(read({ pdf: '/slides/deck.pdf', speakerdeck: 'https://speakerdeck.com/a/b' }).slides, [])
  assert.deepEqual(read({ pdf: 'https://example.com/deck.pdf' }), { slides: [], problems: [] })
})

test('slides.times place each slide in the recording', () => {
  const { slides, problems } = read({ pdf: '/slides/deck.pdf', times: ['0:00', '1:02:03'] }, { video: 'https://youtu.be/x' })
  assert.deepEqual(problems, [])
  assert.deepEqual(slides.map((s) => s.start), [0, 3723])
})

test('bad slide times and a missing PDF stop the build, naming the talk file and the field', () => {
  const video = 'https://youtu.be/x'
  const problemsOf = (deck: Record<string, unknown>, options: { bodySlides?: number; video?: string } = { video }) =>
    read(deck, options).problems.map((p) => [p.file, p.field, p.message])
  assert.deepEqual(problemsOf({ pdf: '/slides/nowhere.pdf' }), [
    [FILE, 'slides.pdf', `/slides/nowhere.pdf: there is no file at ${path.join(publicDir, 'slides', 'nowhere.pdf')}`],
  ])
  assert.deepEqual(problemsOf({ pdf: '/slides/deck.pdf', times: ['0:00', '1:75'] }), [
    [FILE, 'slides.times[1]', '"1:75" (slide 2) is not a time such as "12:34" or "1:02:03"'],
  ])
  assert.deepEqual(problemsOf({ pdf: '/slides/deck.pdf', times: ['2:00', '1:00'] }), [
    [FILE, 'slides.times[1]', "slide 2's 1:00 is not after slide 1's 2:00: times must increase through the deck"],
  ])
  assert.deepEqual(problemsOf({ pdf: '/slides/deck.pdf', times: ['0:00', '1:00', '2:00'] }), [
    [FILE, 'slides.times', '3 times for a PDF of 2 pages: one time per slide, at most'],
  ])
  assert.deepEqual(problemsOf({ pdf: '/slides/deck.pdf', times: ['0:00'] }, {}), [
    [FILE, 'slides.times', 'slide times place the slides in the recording, and the talk has no video'],
  ])
  assert.match(problemsOf({ pdf: '/slides/deck.pdf', times: ['0:00'] }, { bodySlides: 2, video })[0]![2]!, /the body has slides, which give their times with a "Time: 1:30" line/)
})
