/**
 * A talk's PDF deck as its slides. Which PDF is a talk's deck is decided here, once
 * (`deckPdfSource`): in a talk with no other deck (no `slides.speakerdeck` or `slides.embed`),
 * - a body that is only a PDF's embed, `![[deck.pdf]]` (an Obsidian speaker drags the PDF into
 *   the note), makes that PDF of the content folder the deck;
 * - else, in a talk with no slides in its body, `slides.pdf`: a file under public/
 *   ("/slides/deck.pdf"), or a PDF of the content folder, by its path from the talk or its name
 *   ("deck.pdf", "../decks/deck.pdf", or Obsidian's property link "[[deck.pdf]]").
 * Where the talk has another deck, `slides.pdf` is that deck's copy to download, as it always was;
 * a PDF given as a URL is only linked. Each page is a slide: its text as the slide's Markdown (the
 * first line its heading), its image and links (lib/pdf/deck.ts). A PDF has no body for `Time:`
 * lines, so `slides.times` gives each slide's start in the recording, in order.
 */
import path from 'node:path'
import { checkSlideTimes, parseTimestamp } from '../../browser/slide-times'
import type { PublicSlide } from '../../core/model'
import { routes } from '../../core/urls'
import { markdownOfText } from '../../markdown/plain-text'
import { readPdfDeck } from '../../pdf/deck'
import type { AttachmentFinder } from '../link-graph'
import { str } from './common'
import type { ContentProblem } from './validate'

/** A site path under public/ ("/slides/deck.pdf"), not a URL: only such a PDF is read at build time. */
const isPublicPath = (value: string) => value.startsWith('/') && !value.startsWith('//')
/** "https://...", "//host/...": a PDF elsewhere, only linked. */
const isUrl = (value: string) => value.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(value)
/** A slide that is only a PDF's embed, as Obsidian writes a dropped file: `![[deck.pdf]]`, no page, no size. */
const PDF_EMBED = /^!\[\[([^[\]|#\n]+\.pdf)\]\]$/i
/** Obsidian's link to a file in a property: `pdf: "[[deck.pdf]]"`. */
const PDF_LINK = /^\[\[([^[\]|#\n]+\.pdf)\]\]$/i

/**
 * Where a talk's PDF is, as written: `field` is what names it in the talk file ("slides.pdf", or
 * the embed "![[deck.pdf]]"), `path` the PDF under public/ ("/slides/deck.pdf") or in the content
 * folder ("deck.pdf").
 */
export type PdfSource = { field: string; path: string; in: 'public' | 'content' }

/** A PDF named in `slides.pdf`, or none for a PDF given as a URL. */
function slidesPdf(deck: Record<string, unknown>): PdfSource | undefined {
  const pdf = str(deck.pdf)
  if (!pdf || isUrl(pdf)) return undefined
  if (isPublicPath(pdf)) return { field: 'slides.pdf', path: pdf, in: 'public' }
  return { field: 'slides.pdf', path: PDF_LINK.exec(pdf)?.[1]?.trim() ?? pdf, in: 'content' }
}

/**
 * The one rule for which PDF is a talk's deck (see the top of this file), or none. `deck`: the
 * talk's `slides` map; `body`: its body's slides' Markdown, speaker notes left out.
 */
export function deckPdfSource(deck: Record<string, unknown>, body: readonly string[]): PdfSource | undefined {
  if (str(deck.speakerdeck) ?? str(deck.embed)) return undefined
  const embed = body.length === 1 ? PDF_EMBED.exec(body[0]!.trim()) : null
  if (embed) return { field: embed[0], path: embed[1]!.trim(), in: 'content' }
  return body.length === 0 ? slidesPdf(deck) : undefined
}

/** A talk's PDF found: its file to read, its URL on the site, and the attachment's file the site then publishes. */
type FoundPdf = { file: string; url: string; attachment?: string }

/** The file and URL of a talk's PDF, or its problem under the talk's `file` and the source's field. */
function findPdf(file: string, source: PdfSource, { publicDir, findAttachment }: PdfFolders, problems: ContentProblem[]): FoundPdf | undefined {
  if (source.in === 'public') return { file: path.join(publicDir, ...source.path.split('/')), url: source.path }
  const attachment = findAttachment(source.path, file)
  if (attachment) return { file: attachment.file, url: routes.attachment(attachment.urlName), attachment: attachment.file }
  problems.push({ file, field: source.field, message: notInContent(source.path) })
  return undefined
}

const notInContent = (name: string) =>
  `there is no ${name} in the content folder (a PDF there is found as Obsidian finds it: by its name, or its path from the talk; a PDF under public/ is written "/slides/deck.pdf")`

/** Where a talk's PDFs are: the site's public/ folder, and the content folder's attachments. */
type PdfFolders = { publicDir: string; findAttachment: AttachmentFinder }

/**
 * A talk's PDF: `slides` the pages of its PDF deck (none if it has no PDF deck); `pdf` the URL of
 * its PDF to open and download (the deck's, else `slides.pdf` as given); `attachment` the content
 * file of that PDF when it is one, which the site publishes.
 */
export type TalkPdf = { slides: PublicSlide[]; pdf?: string; attachment?: string }

/**
 * The talk's PDF and its deck's slides; the problems of its PDF and `slides.times` join
 * `problems`, under the talk's `file`, and `warnings` where a form that built before PDFs were
 * decks (a PDF under public/, a body that embeds a PDF) names a PDF that cannot be read. `deck`: the talk's `slides` map; `body`: its body's slides'
 * Markdown; `video`: its recording; `publicDir`: the site's public/ folder; `findAttachment`: the
 * content folder's attachments.
 */
export function talkPdf(
  file: string,
  deck: Record<string, unknown>,
  {
    body,
    video,
    publicDir = 'public',
    findAttachment = () => undefined,
  }: { body: readonly string[]; video?: string; publicDir?: string; findAttachment?: AttachmentFinder },
  problems: ContentProblem[],
  warnings: ContentProblem[] = [],
): TalkPdf {
  const folders = { publicDir, findAttachment }
  const source = deckPdfSource(deck, body)
  const times = Array.isArray(deck.times) ? deck.times : undefined
  if (times && !source) {
    const elsewhere = str(deck.speakerdeck) ?? str(deck.embed)
    problems.push({
      file,
      field: 'slides.times',
      message: body.length
        ? 'slide times are for a PDF deck; the body has slides, which give their times with a "Time: 1:30" line'
        : elsewhere
          ? `slide times are for a PDF deck, and this talk's deck is ${elsewhere}`
          : 'slide times are for a PDF deck: set slides.pdf to a PDF under public/ ("/slides/deck.pdf") or in the content folder ("deck.pdf")',
    })
  }
  // slides.pdf as given, when it is not the deck: the other deck's copy to download.
  const given = slidesPdf(deck)
  const copy = given && source?.field !== given.field ? findPdf(file, given, folders, problems) : undefined
  if (!source) return { slides: [], pdf: given ? copy?.url : str(deck.pdf), attachment: copy?.attachment }
  // The two forms that built before PDFs were decks (a PDF under public/, a body that embeds a PDF)
  // still build when their PDF cannot be read: a warning, and the talk as it was, the PDF linked or
  // embedded as written. A PDF named in the content folder by slides.pdf must be there.
  const built = source.in === 'public' || source.field !== 'slides.pdf'
  const asBefore = (message: string): TalkPdf => {
    const then = source.in === 'public' ? 'the talk links to it, with no slides of it' : 'the slide shows the embed as written'
    warnings.push({ file, field: source.field, message: `${message}: ${then}` })
    return source.in === 'public' ? { slides: [], pdf: str(deck.pdf) } : { slides: [] }
  }
  const found = findPdf(file, source, folders, built ? [] : problems)
  if (!found) {
    if (built) return asBefore(notInContent(source.path))
    return { slides: [] }
  }
  const reading = readPdfDeck(found.file)
  if ('problem' in reading) {
    if (built) return asBefore(`${source.path}: ${reading.problem}`)
    problems.push({ file, field: source.field, message: `${source.path}: ${reading.problem}` })
    return { slides: [] }
  }
  const starts = times ? slideStarts(file, times, reading.pages.length, video, problems) : []
  const slides = reading.pages.map((page, i) => ({
    number: page.number,
    markdown: markdownOfText(page.text),
    footnotes: new Map(),
    ...(starts[i] === undefined ? {} : { start: starts[i] }),
    pdf: { deck: reading.id, text: page.text, images: page.images, links: page.links },
  }))
  // The deck's own PDF is the one to download, unless slides.pdf names another.
  return copy ? { slides, pdf: copy.url, attachment: copy.attachment } : { slides, pdf: found.url, attachment: found.attachment }
}

/** `slides.times` read as seconds, slide by slide, with what is wrong with them. */
function slideStarts(file: string, times: unknown[], pages: number, video: string | undefined, problems: ContentProblem[]): (number | undefined)[] {
  if (!video) {
    problems.push({ file, field: 'slides.times', message: 'slide times place the slides in the recording, and the talk has no video' })
    return []
  }
  if (times.length > pages) {
    problems.push({ file, field: 'slides.times', message: `${times.length} times for a PDF of ${pages} pages: one time per slide, at most` })
  }
  const starts = times.map((time, i) => {
    const seconds = typeof time === 'string' ? parseTimestamp(time) : undefined
    if (seconds === undefined) {
      problems.push({ file, field: `slides.times[${i}]`, message: `${JSON.stringify(time)} (slide ${i + 1}) is not a time such as "12:34" or "1:02:03"` })
    }
    return seconds
  })
  for (const { slide, message } of checkSlideTimes(starts)) {
    problems.push({ file, field: `slides.times[${slide - 1}]`, message: message.replace(/^Time: /, `slide ${slide}'s `) })
  }
  return starts
}
