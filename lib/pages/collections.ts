import { getCaseStudies, getNotes, getProfile, getTag, getTalks, perSite } from '../content'
import { PAGE_KIND_NAMES, type PageRef, toRef } from '../core/model'
import { deliveryDays } from '../browser/event-timing'
import { byLastDelivery } from '../core/order'
import { routes } from '../core/urls'

/** A page in a list; a talk with the days it is given, which the browser splits into Upcoming and Past. */
export type ListedPage = PageRef & { deliveries?: string[] }

/** A list of pages with its title and URL: talks, case studies, notes, or one tag's pages. */
export type Collection = {
  title: string
  description: string
  /** The list's first page, e.g. "/notes/". */
  listPath: string
  pages: ListedPage[]
  showKind: boolean
}

export type CollectionName = 'talks' | 'case-studies' | 'notes'

export function getCollection(name: CollectionName): Collection {
  switch (name) {
    case 'talks':
      return {
        title: PAGE_KIND_NAMES.talk.collection,
        description: `Talks by ${getProfile().name}, each with its slides, sources and where it was given.`,
        listPath: routes.talks(),
        pages: listedTalks(),
        showKind: false,
      }
    case 'case-studies':
      return {
        title: PAGE_KIND_NAMES['case-study'].collection,
        description: 'Projects and companies, and what building them taught.',
        listPath: routes.caseStudies(),
        pages: caseStudyRefs(),
        showKind: false,
      }
    case 'notes':
      return {
        title: PAGE_KIND_NAMES.note.collection,
        description: 'Working notes, growing from seedlings to evergreens.',
        listPath: routes.notes(),
        pages: noteRefs(),
        showKind: false,
      }
  }
}

/**
 * The talks as lists show them: by their last delivery, latest first, so that on any day the ones
 * still to be given come first (lib/core/order.ts, byLastDelivery); the visitor's browser splits
 * them into Upcoming and Past (components/site/timed-page-list.tsx).
 */
export const listedTalks = perSite((): ListedPage[] =>
  getTalks()
    .map((talk) => ({ ...toRef(talk), deliveries: deliveryDays(talk) }))
    .sort((a, b) => byLastDelivery(a.deliveries, b.deliveries)),
)

// Each page of a list shows a slice of its collection: the list is made once per site, not per page.
const caseStudyRefs = perSite(() => getCaseStudies().map(toRef))
const noteRefs = perSite(() => getNotes().map(toRef))

export function getTagCollection(slug: string): Collection | undefined {
  const tag = getTag(slug)
  if (!tag) return undefined
  return {
    title: `#${tag.name}`,
    description: `${pageCount(tag.pages.length)} tagged #${tag.name}.`,
    listPath: routes.tag(tag.slug),
    pages: tag.pages,
    showKind: true,
  }
}

/** How many pages, in words: "1 page", "3 pages". */
export function pageCount(count: number): string {
  return `${count} ${count === 1 ? 'page' : 'pages'}`
}
