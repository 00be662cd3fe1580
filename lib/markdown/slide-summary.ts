import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit, EXIT } from 'unist-util-visit'
import { isImage } from '../core/file-types'
import { excerpt, scanMarkdown } from './index'
import { parseMarkdown } from './parse'
import { memoByText } from '../cache/memo'
import { plainWikilinks } from './obsidian/wikilinks'
import { shorten } from './prose'

/**
 * What a slide's own page and its link-preview image say about it: its first heading,
 * its text as one plain line, and its first image as written. Built from the slide's public
 * Markdown only: speaker notes are split off before a slide reaches here (lib/markdown/slides.ts).
 */
export type SlideSummary = {
  heading?: string
  /** Plain text of everything but the first heading, footnotes and code left out. */
  text: string
  /** The first image's URL as written ("/images/x.png", "attachments/x.png", "x.png" of ![[x.png]]). */
  image?: string
}

/** A slide's heading, text and first image, for its page and its preview (remembered per text). */
export function summarizeSlide(markdown: string, textLength = 200): SlideSummary {
  return textLength === 200 ? summaryOf(markdown) : readSummary(markdown, textLength)
}

const summaryOf = memoByText('slide-summary', (markdown) => readSummary(markdown, 200))

function readSummary(markdown: string, textLength: number): SlideSummary {
  const tree = parseMarkdown(markdown)
  let first: Heading | undefined
  visit(tree, 'heading', (node: Heading) => {
    first = node
    return EXIT
  })
  const heading = first ? plainWikilinks(toString(first)).replace(/\s+/g, ' ').trim() || undefined : undefined
  // The heading is the title: the text is the rest (excerpt() reads Markdown, so cut it out there).
  const start = first?.position?.start.offset
  const end = first?.position?.end.offset
  const rest = (start !== undefined && end !== undefined ? markdown.slice(0, start) + markdown.slice(end) : markdown)
    // An embedded image (![[x.png]]) is the slide's picture, not words of its text.
    .replace(/!\[\[[^[\]\n]*\]\]/g, '')
  const scanned = scanMarkdown(markdown, false)
  const embedded = scanned.links.find((link) => link.embed && isImage(link.target))
  const image = scanned.images.find((url) => url.trim() !== '') ?? embedded?.target
  return { heading, text: excerpt(rest, textLength), ...(image ? { image } : {}) }
}

/**
 * The most characters of a slide page's title, before the site's name ("· <speaker>"): link previews
 * (Discord, Slack, X, LinkedIn) show about 60 to 70 characters of a title (docs/content-format.md).
 */
export const SLIDE_TITLE_MAX_LENGTH = 60

// Equal as a reader sees them: case, accents' encoding, punctuation and spacing aside.
const asRead = (title: string) => title.normalize('NFKC').toLocaleLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '')

/** The slide's heading, unless it only repeats the talk's title (a title slide): then it has none of its own. */
export function ownHeading(summary: SlideSummary, talkTitle: string): string | undefined {
  return summary.heading && asRead(summary.heading) !== asRead(talkTitle) ? summary.heading : undefined
}

/**
 * "<slide heading> · <talk>", or "Slide 3 · <talk>" for a slide without a heading of its own: never
 * the talk's title twice; cut at a word to SLIDE_TITLE_MAX_LENGTH, the heading first since it is
 * what tells the slide's page from the talk's other pages.
 */
export function slidePageTitle(summary: SlideSummary, number: number, talkTitle: string): string {
  return shorten(`${ownHeading(summary, talkTitle) ?? `Slide ${number}`} · ${talkTitle}`, SLIDE_TITLE_MAX_LENGTH)
}

/** The slide's text; a slide of only a heading or an image says where it is from. */
export function slidePageDescription(summary: SlideSummary, number: number, total: number, talkTitle: string): string {
  return summary.text || `Slide ${number} of ${total} of “${talkTitle}”.`
}
