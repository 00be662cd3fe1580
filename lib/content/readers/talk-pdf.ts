/**
 * A talk's PDF deck as its slides: `slides.pdf`, a file under public/, is the deck of a talk with
 * no other: no slides in its body, no `slides.speakerdeck` or `slides.embed` (where there is one,
 * the PDF is its copy to download, as it always was). Each
 * page is a slide: its text as the slide's Markdown (the first line its heading), its image and
 * links (lib/pdf/deck.ts). A PDF has no body for `Time:` lines, so `slides.times` gives each
 * slide's start in the recording, in order.
 */
import path from 'node:path'
import { checkSlideTimes, parseTimestamp } from '../../browser/slide-times'
import type { PublicSlide } from '../../core/model'
import { markdownOfText } from '../../markdown/plain-text'
import { readPdfDeck } from '../../pdf/deck'
import { str } from './common'
import type { ContentProblem } from './validate'

/** A site path under public/ ("/slides/deck.pdf"), not a URL: only such a PDF is read at build time. */
const isPublicPath = (value: string) => value.startsWith('/') && !value.startsWith('//')

/**
 * The slides of the talk's PDF deck, or none; the problems of `slides.pdf` and `slides.times` join
 * `problems`, under the talk's `file`. `deck`: the talk's `slides` map; `bodySlides`: how many slides
 * its body has; `video`: its recording; `publicDir`: the site's public/ folder.
 */
export function pdfDeckSlides(
  file: string,
  deck: Record<string, unknown>,
  { bodySlides, video, publicDir = 'public' }: { bodySlides: number; video?: string; publicDir?: string },
  problems: ContentProblem[],
): PublicSlide[] {
  const pdf = str(deck.pdf)
  const elsewhere = str(deck.speakerdeck) ?? str(deck.embed)
  const isDeck = pdf !== undefined && isPublicPath(pdf) && bodySlides === 0 && !elsewhere
  const times = Array.isArray(deck.times) ? deck.times : undefined
  if (times && !isDeck) {
    problems.push({
      file,
      field: 'slides.times',
      message: bodySlides
        ? 'slide times are for a PDF deck; the body has slides, which give their times with a "Time: 1:30" line'
        : elsewhere
          ? `slide times are for a PDF deck, and this talk's deck is ${elsewhere}`
          : 'slide times are for a PDF deck: set slides.pdf to a PDF under public/ ("/slides/deck.pdf")',
    })
  }
  if (!isDeck) return []
  const reading = readPdfDeck(path.join(publicDir, ...pdf.split('/')))
  if ('problem' in reading) {
    problems.push({ file, field: 'slides.pdf', message: `${pdf}: ${reading.problem}` })
    return []
  }
  const starts = times ? slideStarts(file, times, reading.pages.length, video, problems) : []
  return reading.pages.map((page, i) => ({
    number: page.number,
    markdown: markdownOfText(page.text),
    footnotes: new Map(),
    ...(starts[i] === undefined ? {} : { start: starts[i] }),
    pdf: { deck: reading.id, text: page.text, images: page.images, links: page.links },
  }))
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
