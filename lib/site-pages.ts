import { formatDate } from './dates'
import { getCaseStudies, getNotes, getProfile, getTags, getTalks } from './content'
import { routes } from './urls'

/** What a published page's Open Graph image and sitemap entry need. */
export type SitePage = {
  /** Site path, without base path ("/talks/x/"). */
  path: string
  title: string
  /** The small line above the title: the collection. */
  kicker: string
  /** The line under the title: speaker and latest event, a note's growth stage. */
  detail?: string
  /** YYYY-MM-DD, when known. */
  date?: string
}

/** A talk's events as written; the last-dated one is its latest, independent of the build date. */
function latestEvent(events: { name: string; date: string }[]) {
  return [...events].sort((a, b) => b.date.localeCompare(a.date))[0]
}

/** Every published page, once: the list the OG images and the sitemap are built from. */
export function listSitePages(): SitePage[] {
  const profile = getProfile()
  const talks = getTalks().map((talk): SitePage => {
    const event = latestEvent(talk.events)
    return {
      path: talk.url,
      title: talk.title,
      kicker: 'Talk',
      detail: [profile.name, event ? `Latest: ${event.name}, ${formatDate(event.date)}` : undefined].filter(Boolean).join(' · '),
      date: talk.date,
    }
  })
  return [
    { path: routes.home(), title: profile.name, kicker: profile.headline ?? 'Speaker', detail: profile.location },
    { path: routes.talks(), title: 'Talks', kicker: profile.name },
    ...talks,
    { path: routes.caseStudies(), title: 'Case studies', kicker: profile.name },
    ...getCaseStudies().map((c): SitePage => ({ path: c.url, title: c.title, kicker: 'Case study', detail: c.company ?? profile.name, date: c.date })),
    { path: routes.notes(), title: 'Notes', kicker: profile.name },
    ...getNotes().map((n): SitePage => ({ path: n.url, title: n.title, kicker: 'Note', detail: n.stage ? `Growth stage: ${n.stage}` : profile.name, date: n.date })),
    { path: routes.tags(), title: 'Tags', kicker: profile.name },
    ...getTags().map((t): SitePage => ({ path: routes.tag(t.slug), title: `#${t.name}`, kicker: 'Tag', detail: `${t.pages.length} ${t.pages.length === 1 ? 'page' : 'pages'}` })),
  ]
}
