import { formatDate } from '../core/dates'
import { getCaseStudies, getNotes, getProfile, getProfileFile, getTags, getTalks, pageDates, perSite } from '../content'
import { siteConfig } from '../core/site-config'
import { slidePagesOf } from './slide-pages'
import { pageCount } from './collections'
import { PAGE_KIND_NAMES, SPEAKER_KIT_TITLE } from '../core/model'
import { routes } from '../core/urls'

/** What a published page's Open Graph image and sitemap entry need. */
export type PublishedPage = {
  /** Site path, without base path ("/talks/x/"). */
  path: string
  title: string
  /** The small line above the title: the collection. */
  kicker: string
  /** The line under the title: speaker and latest event, a note's growth stage. */
  detail?: string
  /** YYYY-MM-DD, when known. */
  date?: string
  /** A content page's last change, the sitemap's lastmod (lib/content/page-dates.ts); none for lists and tags. */
  updated?: Date
  /** The content file its title and kicker come from ("content/notes/x.md"): named when they cannot be drawn. */
  file: string
  /** A slide page's text and the file of its image, drawn under its heading. */
  text?: string
  image?: string
}

/** A talk's latest event: its events are newest first (lib/core/order.ts), independent of the build date. */
function latestEvent(events: { name: string; date: string }[]) {
  return events[0]
}

/**
 * Every published page: the list the OG images, the sitemap and the breadcrumbs are built from.
 * Made once per site (lib/content/index.ts's perSite): every page's breadcrumbs read it.
 */
export const listPublishedPages = perSite((): PublishedPage[] => {
  const profile = getProfile()
  const profileFile = getProfileFile()
  const fileOf = new Map([...getTalks(), ...getCaseStudies(), ...getNotes()].map((page) => [page.url, page.file]))
  const talks = getTalks().map((talk): PublishedPage => {
    const event = latestEvent(talk.events)
    return {
      path: talk.url,
      title: talk.title,
      kicker: PAGE_KIND_NAMES.talk.one,
      detail: [profile.name, event ? `Latest: ${event.name}, ${formatDate(event.date)}` : undefined].filter(Boolean).join(' · '),
      date: talk.date,
      updated: pageDates(talk).updated,
      file: talk.file,
    }
  })
  // Each public slide of a talk is a page with its own preview, drawn from the slide.
  const slides = getTalks().flatMap((talk) =>
    slidePagesOf(talk).map((slide): PublishedPage => ({
      path: slide.path,
      // A slide without a heading of its own is drawn with the talk's title, not the title twice.
      title: slide.heading ?? talk.title,
      kicker: `Slide ${slide.number} of ${slide.total}`,
      ...(slide.heading ? { detail: talk.title } : {}),
      date: talk.date,
      updated: pageDates(talk).updated,
      file: talk.file,
      ...(slide.text ? { text: slide.text } : {}),
      ...(slide.imageFile ? { image: slide.imageFile } : {}),
    })),
  )
  return [
    { path: routes.home(), title: profile.name, kicker: profile.headline ?? 'Speaker', detail: profile.location, file: profileFile },
    // The speaker kit's card: the speaker's own words only (pronouns, headline), as the page.
    {
      path: routes.speakerKit(),
      title: SPEAKER_KIT_TITLE,
      kicker: profile.name,
      detail: [profile.pronouns, profile.headline].filter(Boolean).join(' · ') || undefined,
      file: profileFile,
    },
    { path: routes.talks(), title: PAGE_KIND_NAMES.talk.collection, kicker: profile.name, file: profileFile },
    ...talks,
    ...slides,
    { path: routes.caseStudies(), title: PAGE_KIND_NAMES['case-study'].collection, kicker: profile.name, file: profileFile },
    ...getCaseStudies().map((c): PublishedPage => ({ path: c.url, title: c.title, kicker: PAGE_KIND_NAMES['case-study'].one, detail: c.company ?? profile.name, date: c.date, updated: pageDates(c).updated, file: c.file })),
    { path: routes.notes(), title: PAGE_KIND_NAMES.note.collection, kicker: profile.name, file: profileFile },
    ...getNotes().map((n): PublishedPage => ({ path: n.url, title: n.title, kicker: PAGE_KIND_NAMES.note.one, detail: n.stage ? `Growth stage: ${n.stage}` : profile.name, date: n.date, updated: pageDates(n).updated, file: n.file })),
    { path: routes.tags(), title: 'Tags', kicker: profile.name, file: profileFile },
    // A tag's name is written in the pages that have it: name one of them.
    ...getTags().map((t): PublishedPage => ({
      path: routes.tag(t.slug),
      title: `#${t.name}`,
      kicker: 'Tag',
      detail: pageCount(t.pages.length),
      file: fileOf.get(t.pages[0]?.url ?? '') ?? profileFile,
    })),
  ]
})

/** A published page by its site path ("/notes/x/"), and its title. */
const byPath = perSite(() => new Map(listPublishedPages().map((page) => [page.path, page])))
export const publishedPageAt = (path: string): PublishedPage | undefined => byPath().get(path)
export const publishedPageTitle = (path: string): string | undefined => publishedPageAt(path)?.title
