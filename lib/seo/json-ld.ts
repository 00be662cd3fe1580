import type { CaseStudy, Note, Profile, Talk, TalkEvent } from '../core/model'
import { absoluteUrl, ogImagePath } from '../core/urls'

/**
 * JSON-LD for search engines, built from published content only (pure: no "now", no drafts,
 * never a talk's body). components/site/structured-data.tsx renders it with next-seo.
 */
export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>

const context = 'https://schema.org' as const

function person(profile: Profile) {
  return {
    '@type': 'Person',
    name: profile.name,
    url: absoluteUrl('/'),
    ...(profile.headline ? { jobTitle: profile.headline } : {}),
    ...(profile.avatar ? { image: absoluteUrl(profile.avatar) } : {}),
    sameAs: profile.links.filter((link) => /^https?:/.test(link.url)).map((link) => link.url),
  }
}

/** The home page: the speaker. */
export function profilePageJsonLd(profile: Profile): JsonLd {
  return { '@context': context, '@type': 'ProfilePage', url: absoluteUrl('/'), mainEntity: person(profile) }
}

/** "Online", "Remote", "Virtual" or a URL in place of a place: an online delivery. */
function isOnline(location: string | undefined): boolean {
  return !!location && (/^https?:\/\//i.test(location) || /^(online|remote|virtual)\b/i.test(location.trim()))
}

function eventLocation(event: TalkEvent) {
  if (isOnline(event.location)) {
    const url = /^https?:/i.test(event.location ?? '') ? event.location : event.url
    return { '@type': 'VirtualLocation', ...(url ? { url } : {}) }
  }
  return { '@type': 'Place', name: event.location ?? event.name, ...(event.location ? { address: event.location } : {}) }
}

/** A talk: a presentation by the speaker, with one Event per delivery. */
export function talkJsonLd(talk: Talk, profile: Profile): JsonLd {
  const url = absoluteUrl(talk.url)
  return {
    '@context': context,
    '@type': 'PresentationDigitalDocument',
    name: talk.title,
    description: talk.description,
    url,
    image: absoluteUrl(ogImagePath(talk.url)),
    datePublished: talk.date,
    author: person(profile),
    keywords: talk.tags.map((tag) => tag.name),
    subjectOf: talk.events.map((event) => ({
      '@type': 'Event',
      name: `${talk.title} at ${event.name}`,
      startDate: event.date,
      eventAttendanceMode: isOnline(event.location)
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode',
      location: eventLocation(event),
      performer: { '@type': 'Person', name: profile.name },
      ...(event.url ? { url: event.url } : {}),
      ...(event.recording ? { recordedIn: { '@type': 'VideoObject', name: talk.title, embedUrl: event.recording } } : {}),
    })),
  }
}

/** What the JSON-LD of a slide's own page needs (lib/pages/slide-pages.ts has it). */
export type SlideRef = { path: string; number: number; heading?: string; description: string }

/** A slide's own page: one part, in position, of the talk's presentation. */
export function slideJsonLd(slide: SlideRef, talk: Talk, profile: Profile): JsonLd {
  return {
    '@context': context,
    '@type': 'CreativeWork',
    name: slide.heading ?? `Slide ${slide.number}`,
    description: slide.description,
    url: absoluteUrl(slide.path),
    image: absoluteUrl(ogImagePath(slide.path)),
    position: slide.number,
    author: { '@type': 'Person', name: profile.name, url: absoluteUrl('/') },
    isPartOf: { '@type': 'PresentationDigitalDocument', name: talk.title, url: absoluteUrl(talk.url) },
  }
}

/** A case study or a note: an article by the speaker. */
export function articleJsonLd(page: CaseStudy | Note, profile: Profile): JsonLd {
  const url = absoluteUrl(page.url)
  const published = page.kind === 'note' ? (page.created ?? page.date) : page.date
  const modified = page.kind === 'note' ? (page.updated ?? page.date) : undefined
  return {
    '@context': context,
    '@type': 'Article',
    headline: page.title,
    description: page.description,
    url,
    mainEntityOfPage: url,
    image: absoluteUrl(ogImagePath(page.url)),
    author: { '@type': 'Person', name: profile.name, url: absoluteUrl('/') },
    ...(published ? { datePublished: published } : {}),
    ...(modified ? { dateModified: modified } : {}),
  }
}

export type Crumb = { name: string; path: string }

/** Breadcrumbs of an inner page: Home, then each crumb, all absolute. */
export function breadcrumbJsonLd(homeName: string, crumbs: Crumb[]): JsonLd {
  const all = [{ name: homeName, path: '/' }, ...crumbs]
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: all.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

/**
 * Crumbs of an inner site path from the titles of the pages on the way: "/talks/x/" gives
 * Talks (/talks/), then the talk. Segments without a page (none today) are skipped.
 */
export function crumbsFor(path: string, titleOf: (path: string) => string | undefined): Crumb[] {
  const segments = path.split('/').filter(Boolean)
  return segments.flatMap((_, index) => {
    const crumbPath = `/${segments.slice(0, index + 1).join('/')}/`
    const name = titleOf(crumbPath)
    return name ? [{ name, path: crumbPath }] : []
  })
}
