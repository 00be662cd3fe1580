import { getTalk, getTalks, perSite, resolveImage } from '../content'
import type { Talk } from '../core/model'
import { ownHeading, slidePageDescription, slidePageTitle, summarizeSlide, type SlideSummary } from '../markdown/slide-summary'
import { routes } from '../core/urls'
import { deckLength } from './deck-length'
import { pdfDeckFile } from '../pdf/deck'

/** A slide of a talk as a page of its own: /talks/<slug>/slides/<n>/. */
export type SlidePageData = SlideSummary & {
  talk: Talk
  /** 1-based position in the deck, as the viewer counts and #slide-N names it. */
  number: number
  /** The deck's slides as the viewer counts them, its "Slides & sources" slide included (which has no page). */
  total: number
  /** Site path, without base path. */
  path: string
  title: string
  description: string
  /** The file of the slide's first image, when it is one of the site's (public/ or an attachment). */
  imageFile?: string
}

const cache = new WeakMap<Talk, SlidePageData[]>()

/** Every public slide of a talk as a page; speaker notes are not part of a talk's slides. */
export function slidePagesOf(talk: Talk): SlidePageData[] {
  let pages = cache.get(talk)
  if (!pages) {
    const total = deckLength(talk)
    pages = talk.slides.map((slide, index) => {
      const number = index + 1
      const summary = summarizeSlide(slide.markdown)
      const image = summary.image ? resolveImage(talk.file, summary.image) : undefined
      // A PDF deck's slide shows its page: the largest image drawn of it.
      const pdfImage = slide.pdf?.images.filter((i) => i.format === 'webp').at(-1)
      const imageFile = pdfImage
        ? pdfDeckFile(slide.pdf!.deck, pdfImage.file)
        : image?.kind === 'public' ? image.file : image?.kind === 'file' ? image.attachment.file : undefined
      return {
        ...summary,
        // A title slide's heading is the talk's title: the page, its card and its title say "Slide 1".
        heading: ownHeading(summary, talk.title),
        talk,
        number,
        total,
        path: routes.talkSlide(talk.slug, number),
        title: slidePageTitle(summary, number, talk.title),
        description: slidePageDescription(summary, number, total, talk.title),
        ...(imageFile ? { imageFile } : {}),
      }
    })
    cache.set(talk, pages)
  }
  return pages
}

/** The slide page of a talk's slug and a slide number as the URL has it ("3"), if there is one. */
export function getSlidePage(slug: string, n: string): SlidePageData | undefined {
  const talk = getTalk(slug)
  if (!talk || !/^[1-9]\d*$/.test(n)) return undefined
  return slidePagesOf(talk)[Number(n) - 1]
}

/** Every slide page of the site, listed once per site. */
export const getSlidePages = perSite((): SlidePageData[] => getTalks().flatMap(slidePagesOf))

const slidesByPath = perSite(() => new Map(getSlidePages().map((slide) => [slide.path, slide])))
/** The slide page at a site path ("/talks/x/slides/3/"), if there is one. */
export const slidePageAt = (path: string): SlidePageData | undefined => slidesByPath().get(path)
