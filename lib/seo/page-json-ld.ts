import { getCaseStudies, getNotes, getProfile, getTalks, perSite } from '../content'
import { publishedPageTitle } from '../pages/published-pages'
import { slidePageAt } from '../pages/slide-pages'
import { articleJsonLd, breadcrumbJsonLd, crumbsFor, profilePageJsonLd, slideJsonLd, talkJsonLd, type JsonLd } from './json-ld'

// Looked up by path once per page, made once per site (lib/content/index.ts's perSite).
const talksByUrl = perSite(() => new Map(getTalks().map((talk) => [talk.url, talk])))
const articlesByUrl = perSite(() => new Map([...getCaseStudies(), ...getNotes()].map((page) => [page.url, page])))

/** Every JSON-LD block of the page at a site path: the speaker on home, else the page's own and its breadcrumbs. */
export function structuredDataFor(path: string): JsonLd[] {
  const profile = getProfile()
  if (path === '/') return [profilePageJsonLd(profile)]
  const breadcrumbs = breadcrumbJsonLd(profile.name, crumbsFor(path, publishedPageTitle))
  const talk = talksByUrl().get(path)
  if (talk) return [talkJsonLd(talk, profile), breadcrumbs]
  const slide = slidePageAt(path)
  if (slide) return [slideJsonLd(slide, slide.talk, profile), breadcrumbs]
  const article = articlesByUrl().get(path)
  if (article) return [articleJsonLd(article, profile), breadcrumbs]
  return [breadcrumbs]
}
