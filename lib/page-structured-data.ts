import { getCaseStudies, getNotes, getProfile, getTalks } from './content'
import { listSitePages } from './site-pages'
import { getSlidePages } from './slide-pages'
import { articleJsonLd, breadcrumbJsonLd, crumbsFor, profilePageJsonLd, slideJsonLd, talkJsonLd, type JsonLd } from './structured-data'

/** Every JSON-LD block of the page at a site path: the speaker on home, else the page's own and its breadcrumbs. */
export function structuredDataFor(path: string): JsonLd[] {
  const profile = getProfile()
  if (path === '/') return [profilePageJsonLd(profile)]
  const titles = new Map(listSitePages().map((page) => [page.path, page.title]))
  const breadcrumbs = breadcrumbJsonLd(profile.name, crumbsFor(path, (p) => titles.get(p)))
  const talk = getTalks().find((t) => t.url === path)
  if (talk) return [talkJsonLd(talk, profile), breadcrumbs]
  const slide = getSlidePages().find((s) => s.path === path)
  if (slide) return [slideJsonLd(slide, slide.talk, profile), breadcrumbs]
  const article = [...getCaseStudies(), ...getNotes()].find((p) => p.url === path)
  if (article) return [articleJsonLd(article, profile), breadcrumbs]
  return [breadcrumbs]
}
