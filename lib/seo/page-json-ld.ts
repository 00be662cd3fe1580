import { getCaseStudies, getNotes, getProfile, getTalks, perSite } from '../content'
import { publishedPageTitle } from '../pages/published-pages'
import { slidePageAt, slidePagesOf } from '../pages/slide-pages'
import type { Talk } from '../core/model'
import { routes } from '../core/urls'
import { articleJsonLd, breadcrumbJsonLd, crumbsFor, profilePageJsonLd, slideJsonLd, speakerKitJsonLd, talkJsonLd, type JsonLd, type KeyMoment } from './json-ld'
import { previewImage } from './preview-image'

// Looked up by path once per page, made once per site (lib/content/index.ts's perSite).
const talksByUrl = perSite(() => new Map(getTalks().map((talk) => [talk.url, talk])))
const articlesByUrl = perSite(() => new Map([...getCaseStudies(), ...getNotes()].map((page) => [page.url, page])))

/** The recording's key moments: each slide with a time, by its heading (the talk's title is the video's). */
function keyMoments(talk: Talk): KeyMoment[] {
  return slidePagesOf(talk).flatMap((page) => {
    const start = talk.slides[page.number - 1]?.start
    return start === undefined ? [] : [{ name: page.heading ?? `Slide ${page.number}`, start }]
  })
}

/** Every JSON-LD block of the page at a site path: the speaker on home, else the page's own and its breadcrumbs. */
export function structuredDataFor(path: string): JsonLd[] {
  const profile = getProfile()
  if (path === '/') return [profilePageJsonLd(profile)]
  const breadcrumbs = breadcrumbJsonLd(profile.name, crumbsFor(path, publishedPageTitle))
  if (path === routes.speakerKit()) return [speakerKitJsonLd(profile), breadcrumbs]
  const talk = talksByUrl().get(path)
  const image = () => previewImage(path, '').url
  if (talk) return [talkJsonLd(talk, profile, image(), keyMoments(talk)), breadcrumbs]
  const slide = slidePageAt(path)
  if (slide) return [slideJsonLd(slide, slide.talk, profile, image()), breadcrumbs]
  const article = articlesByUrl().get(path)
  if (article) return [articleJsonLd(article, profile, image()), breadcrumbs]
  return [breadcrumbs]
}
