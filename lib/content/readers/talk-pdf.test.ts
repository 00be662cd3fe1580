import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { Attachment } from '../../core/model'
import { talkPdf } from './talk-pdf'
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
const bytes = await doc.save()
writeFileSync(path.join(publicDir, 'slides', 'deck.pdf'), bytes)
// The same PDF as an attachment of the content folder, beside the talk ("content/talks/Deck.pdf").
const attachmentFile = path.join(publicDir, 'Deck.pdf')
writeFileSync(attachmentFile, bytes)
const attachment: Attachment = { file: attachmentFile, name: 'Deck.pdf', urlName: 'deck.pdf', isImage: false }
// As Obsidian finds it: by its name, any case (the link graph's FileIndex is tested in link-graph.test.ts).
const findAttachment = (name: string) => (path.basename(name).toLowerCase() === 'deck.pdf' ? attachment : undefined)

function read(deck: Record<string, unknown>, { bodySlides = 0, video, body }: { bodySlides?: number; video?: string; body?: string[] } = {}) {
  const problems: ContentProblem[] = []
  const warnings: ContentProblem[] = []
  const pdf = talkPdf(FILE, deck, { body: body ?? Array.from({ length: bodySlides }, (_, i) => `# Slide ${i + 1}`), video, publicDir, findAttachment }, problems, warnings)
  return { slides: pdf.slides, problems, pdf: pdf.pdf, attachment: pdf.attachment, warnings }
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
  assert.deepEqual(read({ pdf: 'https://example.com/deck.pdf' }), { slides: [], problems: [], pdf: 'https://example.com/deck.pdf', attachment: undefined, warnings: [] })
})

test('a PDF of the content folder is the deck: named in slides.pdf, as a path, a name or a property link, or the body\'s only embed', () => {
  for (const [deck, body] of [
    [{ pdf: 'deck.pdf' }, []],
    [{ pdf: './Deck.pdf' }, []],
    [{ pdf: '[[Deck.pdf]]' }, []],
    [{}, ['![[Deck.pdf]]']],
    [{}, ['  ![[deck.PDF]]  ']],
  ] as [Record<string, unknown>, string[]][]) {
    const read1 = read(deck, { body })
    assert.deepEqual(read1.problems, [], JSON.stringify([deck, body]))
    assert.equal(read1.slides.length, 2, JSON.stringify([deck, body]))
    // Its download link is the attachment the site publishes.
    assert.equal(read1.pdf, '/attachments/deck.pdf')
    assert.equal(read1.attachment, attachmentFile)
  }
  // A public/ PDF's link stays as written; nothing of the content folder is published for it.
  assert.deepEqual([read({ pdf: '/slides/deck.pdf' }).pdf, read({ pdf: '/slides/deck.pdf' }).attachment], ['/slides/deck.pdf', undefined])
})

test('an embed among other text, of one page, or in a talk with another deck leaves the body the deck, as it was', () => {
  for (const [deck, body] of [
    [{}, ['# Intro\n\n![[Deck.pdf]]']],
    [{}, ['![[Deck.pdf]]', '# Thanks']],
    [{}, ['![[Deck.pdf#page=2]]']],
    [{}, ['![[Deck.pdf|400]]']],
    [{ speakerdeck: 'https://speakerdeck.com/a/b' }, ['![[Deck.pdf]]']],
  ] as [Record<string, unknown>, string[]][]) {
    assert.deepEqual(read(deck, { body }).slides, [], JSON.stringify([deck, body]))
  }
  // slides.pdf in the content folder beside a Markdown deck: its copy to download, published.
  assert.deepEqual(read({ pdf: '[[Deck.pdf]]' }, { bodySlides: 2 }), { slides: [], problems: [], pdf: '/attachments/deck.pdf', attachment: attachmentFile, warnings: [] })
})

const why = (name: string) =>
  `there is no ${name} in the content folder (a PDF there is found as Obsidian finds it: by its name, or its path from the talk; a PDF under public/ is written "/slides/deck.pdf")`

test('a PDF of the content folder named by slides.pdf that is not there stops the build, naming the talk file and the field', () => {
  const problems = (deck: Record<string, unknown>, body: string[] = []) => read(deck, { body }).problems.map((p) => [p.file, p.field, p.message])
  assert.deepEqual(problems({ pdf: '[[talk.pdf]]' }), [[FILE, 'slides.pdf', why('talk.pdf')]])
  assert.deepEqual(problems({ pdf: 'decks/talk.pdf' }, ['# A Markdown deck']), [[FILE, 'slides.pdf', why('decks/talk.pdf')]])
})

// A body that embeds a PDF, and a PDF under public/, built before PDFs were decks: they still build
// when the PDF cannot be read, as they did, with a warning naming the talk file and the embed or field.
test('a body of only a PDF embed whose PDF is missing or unreadable builds as before: the body slide, and a warning', () => {
  const missing = read({}, { body: ['![[talk.pdf]]'] })
  assert.deepEqual([missing.problems, missing.slides, missing.pdf], [[], [], undefined])
  assert.deepEqual(missing.warnings.map((p) => [p.file, p.field, p.message]), [[FILE, '![[talk.pdf]]', `${why('talk.pdf')}: the slide shows the embed as written`]])
  // lib/pdf/deck.test.ts holds each kind of bad PDF; here, that the embed is what is named.
  writeFileSync(attachmentFile, 'not a PDF')
  try {
    const corrupt = read({}, { body: ['![[Deck.pdf]]'] })
    assert.deepEqual([corrupt.problems, corrupt.slides], [[], []])
    assert.deepEqual(corrupt.warnings.map((p) => [p.file, p.field]), [[FILE, '![[Deck.pdf]]']])
    assert.match(corrupt.warnings[0]!.message, /^Deck\.pdf: .*not a readable PDF.*: the slide shows the embed as written$/)
  } finally {
    writeFileSync(attachmentFile, bytes)
  }
})

test('a talk without body slides whose slides.pdf under public/ is not there builds as before: the PDF linked, no slides, a warning', () => {
  const { problems, slides, pdf, warnings } = read({ pdf: '/slides/nowhere.pdf' })
  assert.deepEqual([problems, slides, pdf], [[], [], '/slides/nowhere.pdf'])
  assert.deepEqual(warnings.map((p) => [p.file, p.field, p.message]), [
    [FILE, 'slides.pdf', `/slides/nowhere.pdf: there is no file at ${path.join(publicDir, 'slides', 'nowhere.pdf')}: the talk links to it, with no slides of it`],
  ])
})

test('slides.times place each slide in the recording', () => {
  const { slides, problems } = read({ pdf: '/slides/deck.pdf', times: ['0:00', '1:02:03'] }, { video: 'https://youtu.be/x' })
  assert.deepEqual(problems, [])
  assert.deepEqual(slides.map((s) => s.start), [0, 3723])
})

test('bad slide times stop the build, naming the talk file and the field', () => {
  const video = 'https://youtu.be/x'
  const problemsOf = (deck: Record<string, unknown>, options: { bodySlides?: number; video?: string } = { video }) =>
    read(deck, options).problems.map((p) => [p.file, p.field, p.message])
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
