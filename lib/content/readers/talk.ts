/**
 * A talk (content-schema/talk.ts) as its page: its frontmatter read the way notes' are
 * (lib/content/readers/talk-frontmatter.ts), its slides without their speaker notes, footnotes joined to its
 * sources, events newest first.
 */
import { parseContentDate } from '../../core/dates'
import type { Frontmatter } from '../../core/frontmatter'
import { eventsNewestFirst } from '../../core/order'
import { checkSlideTimes, readSlideTime } from '../../browser/slide-times'
import { extractFootnotes, splitSlides } from '../../markdown/slides'
import { baseName } from '../../core/slug'
import { readTalkFrontmatter } from './talk-frontmatter'
import type { ContentProblem } from './validate'
import type { NoteProperty, PublicSlide, PublishMode, Talk, TalkEvent, TalkSource } from '../../core/model'
import { pageCommon, str, strList, type LeftOut, type Reading, type SourceDocument } from './common'
import { inFolder, noteFlags, withoutKind } from './from-note'
import { publishFate } from '../../core/publish'
import { talkPdf } from './talk-pdf'
import type { AttachmentFinder } from '../link-graph'

/**
 * A talk, or why it is left out (`draft: true`, `publish: false`). A talk that a vault's note
 * makes itself, outside talks/ (lib/content/readers/from-note.ts), publishes as the vault's notes do
 * (`publish`: the publish mode), and its problems, while it is private, are warnings.
 */
/**
 * `findAttachment`: the content folder's files, where a talk's PDF deck may be
 * (lib/content/readers/talk-pdf.ts).
 */
export function readTalk(doc: SourceDocument, publish: PublishMode = 'all', findAttachment?: AttachmentFinder): Reading<Talk> | LeftOut {
  const fromNote = !inFolder(doc.file, 'talks')
  const frontmatter = fromNote ? withoutKind(doc.frontmatter) : doc.frontmatter
  const { data, properties, flags, problems } = readTalkFrontmatter(frontmatter, doc.file, { fileName: baseName(doc.file), body: doc.body })
  const fate = publishFate(fromNote ? noteFlags(frontmatter) : flags, publish, { ownFolder: !fromNote })
  if (!fate.published && fromNote) return { leftOut: fate.reason, problems: [], ...(problems.length ? { warnings: problems } : {}) }
  if (!fate.published) return { leftOut: fate.reason, problems }
  const warnings: ContentProblem[] = []
  const page = talkPage(doc, data, properties, problems, warnings, findAttachment)
  return { page, problems, ...(warnings.length ? { warnings } : {}) }
}

/** `fm`: the frontmatter as lib/content/readers/talk-frontmatter.ts reads it, under the talk's own field names. */
function talkPage(doc: SourceDocument, fm: Frontmatter, properties: NoteProperty[], problems: ContentProblem[], warnings: ContentProblem[], findAttachment?: AttachmentFinder): Talk {
  const { file } = doc
  const slides = splitSlides(doc.body)
  const sources: TalkSource[] = []
  for (const item of Array.isArray(fm.sources) ? fm.sources : []) {
    const source = item as Record<string, unknown>
    sources.push({ number: sources.length + 1, title: str(source.title) ?? '', url: str(source.url), note: str(source.note), slides: [] })
  }
  // A slide's `Time:` line is read only in a talk with a recording: elsewhere it stays slide text,
  // so that a deck that says "Time: 10 minutes" on a slide keeps saying it (content format: additive only).
  const timed = slides.map((slide) =>
    str(fm.video) ? readSlideTime(slide.markdown) : { markdown: slide.markdown, start: undefined, problems: [] },
  )
  timed.forEach(({ problems: found }, i) => found.forEach((message) => problems.push({ file, field: `slide ${i + 1}`, message })))
  for (const { slide, message } of checkSlideTimes(timed.map((t) => t.start))) problems.push({ file, field: `slide ${slide}`, message })
  // Footnotes inside slides join the sources list; one that repeats a listed URL is merged into it.
  const deck = (typeof fm.slides === 'object' && fm.slides ? fm.slides : {}) as Record<string, unknown>
  const bodySlides: PublicSlide[] = slides.map((slide, i) => {
    const { markdown, start } = timed[i]!
    const footnotes = new Map<string, number>()
    for (const footnote of extractFootnotes(slide.markdown)) {
      let source = footnote.url ? sources.find((s) => s.url === footnote.url) : undefined
      if (!source) {
        source = { number: sources.length + 1, title: footnote.title, url: footnote.url, slides: [] }
        sources.push(source)
      }
      if (!source.slides.includes(slide.number)) source.slides.push(slide.number)
      footnotes.set(footnote.label, source.number)
    }
    return { number: slide.number, markdown, footnotes, ...(start === undefined ? {} : { start }) }
  })
  const pdf = talkPdf(file, deck, { body: slides.map((s) => s.markdown), video: str(fm.video), findAttachment }, problems, warnings)
  const publicSlides = pdf.slides.length ? pdf.slides : bodySlides
  const events: TalkEvent[] = eventsNewestFirst((Array.isArray(fm.events) ? fm.events : []).map((item) => {
    const event = item as Record<string, unknown>
    return {
      name: str(event.name) ?? '',
      date: parseContentDate(event.date) ?? '',
      location: str(event.location),
      url: str(event.url),
      recording: str(event.recording),
    }
  }))
  if (slides.length === 0 && !str(deck.speakerdeck) && !str(deck.pdf) && !str(deck.embed) && !str(fm.video)) {
    problems.push({ file, field: 'slides', message: 'a talk needs slides in its body, or slides.speakerdeck, slides.pdf, slides.embed or video' })
  }
  const body = publicSlides.map((s) => s.markdown).join('\n\n')
  return {
    ...pageCommon(doc, 'talk', { title: str(fm.title) ?? '', description: str(fm.description) ?? '', tags: strList(fm.tags), aliases: strList(fm.aliases), body }, fm),
    date: parseContentDate(fm.date) ?? '',
    duration: typeof fm.duration === 'number' ? fm.duration : undefined,
    abstract: str(fm.abstract),
    shortlink: str(fm.shortlink),
    events,
    // A PDF's page without text is still a slide: its image is the slide.
    slides: publicSlides.filter((s) => s.markdown !== '' || s.pdf),
    deck: { speakerdeck: str(deck.speakerdeck), pdf: pdf.pdf, embed: str(deck.embed), ...(pdf.attachment ? { pdfAttachment: pdf.attachment } : {}) },
    video: str(fm.video),
    sources,
    properties,
  }
}
