import { getCaseStudies, getNotes, getProfile, getTag, getTalks, toRef, type PageRef } from './content'
import { routes } from './urls'

/** A list of pages with its title and URL: talks, case studies, notes, or one tag's pages. */
export type Collection = {
  title: string
  description: string
  /** The list's first page, e.g. "/notes/". */
  listPath: string
  pages: PageRef[]
  showKind: boolean
}

export type CollectionName = 'talks' | 'case-studies' | 'notes'

export function getCollection(name: CollectionName): Collection {
  switch (name) {
    case 'talks':
      return {
        title: 'Talks',
        description: `Talks by ${getProfile().name}, each with its slides, sources and where it was given.`,
        listPath: routes.talks(),
        pages: getTalks().map(toRef),
        showKind: false,
      }
    case 'case-studies':
      return {
        title: 'Case studies',
        description: 'Projects and companies, and what building them taught.',
        listPath: routes.caseStudies(),
        pages: getCaseStudies().map(toRef),
        showKind: false,
      }
    case 'notes':
      return {
        title: 'Notes',
        description: 'Working notes, growing from seedlings to evergreens.',
        listPath: routes.notes(),
        pages: getNotes().map(toRef),
        showKind: false,
      }
  }
}

export function getTagCollection(slug: string): Collection | undefined {
  const tag = getTag(slug)
  if (!tag) return undefined
  const count = tag.pages.length
  return {
    title: `#${tag.name}`,
    description: `${count} ${count === 1 ? 'page' : 'pages'} tagged #${tag.name}.`,
    listPath: routes.tag(tag.slug),
    pages: tag.pages,
    showKind: true,
  }
}
