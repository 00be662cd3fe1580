import type { Article, BreadcrumbList, Clip, CreativeWork, Event, ImageObject, Person, Place, PresentationDigitalDocument, ProfilePage, VideoObject, VirtualLocation, WithContext } from 'schema-dts'
import type { CaseStudy, Note, Profile, Talk, TalkEvent } from '../core/model'
import { absoluteUrl, routes } from '../core/urls'

/**
 * JSON-LD for search engines, built from published content only (pure: no "now", no drafts,
 * never a talk's body). components/site/structured-data.tsx renders it with next-seo. Each
 * builder's object `satisfies` its schema-dts type, so a misspelt or mistyped schema.org property
 * fails the type check; `image` is the page's preview image URL (lib/seo/preview-image.ts).
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
  } satisfies Person
}

/** The home page: the speaker. */
export function profilePageJsonLd(profile: Profile): JsonLd {
  return { '@context': context, '@type': 'ProfilePage', url: absoluteUrl('/'), mainEntity: person(profile) } satisfies WithContext<ProfilePage>
}

/**
 * The speaker kit: the speaker as a Person, with what the kit offers that schema.org has words
 * for: each headshot as an ImageObject (its description and printed credit), the contact address
 * when it is one. Pronouns and pronunciation have no schema.org property, so they stay on the page.
 */
export function speakerKitJsonLd(profile: Profile): JsonLd {
  const own = person(profile)
  const headshots = profile.headshots.map(
    (headshot): ImageObject => ({
      '@type': 'ImageObject',
      contentUrl: absoluteUrl(headshot.image),
      url: absoluteUrl(headshot.image),
      ...(headshot.alt ? { caption: headshot.alt } : {}),
      ...(headshot.credit ? { creditText: headshot.credit } : {}),
    }),
  )
  const email = profile.contact?.url.startsWith('mailto:') ? profile.contact.text : undefined
  return {
    '@context': context,
    ...own,
    ...(headshots.length ? { image: headshots } : {}),
    ...(email ? { email } : {}),
    mainEntityOfPage: absoluteUrl(routes.speakerKit()),
  } satisfies WithContext<Person>
}

/** "Online", "Remote", "Virtual" or a URL in place of a place: an online delivery. */
function isOnline(location: string | undefined): boolean {
  return !!location && (/^https?:\/\//i.test(location) || /^(online|remote|virtual)\b/i.test(location.trim()))
}

/**
 * Where a delivery took place, as structured as the content says it: an online one at a
 * VirtualLocation (its URL, or the event's), else a Place whose address is the `location` line as
 * written ("San Francisco, CA"), a PostalAddress with that line as its locality; a delivery with no
 * location is at a place named after the event.
 */
function eventLocation(event: TalkEvent): Place | VirtualLocation {
  if (isOnline(event.location)) {
    const url = /^https?:/i.test(event.location ?? '') ? event.location : event.url
    return { '@type': 'VirtualLocation', ...(url ? { url } : {}) }
  }
  return {
    '@type': 'Place',
    name: event.location ?? event.name,
    ...(event.location ? { address: { '@type': 'PostalAddress', addressLocality: event.location } } : {}),
  }
}

/** A moment of the talk's recording: a timed slide (its `Time:` line), named by its slide page's title. */
export type KeyMoment = { name: string; start: number }

/**
 * The recording's URL at a second: YouTube's `t` parameter, else a media fragment (#t=, which
 * browsers' players and Vimeo follow). Google's Clip asks for such a link to each moment.
 */
export function recordingAt(recording: string, seconds: number): string {
  const url = new URL(absoluteUrl(recording))
  if (/(^|\.)(youtube\.com|youtu\.be)$/.test(url.hostname)) url.searchParams.set('t', String(seconds))
  else url.hash = `t=${seconds}`
  return url.href
}

/** The talk's own recording (`video`), with a Clip per timed slide, each ending where the next begins. */
function talkVideo(talk: Talk, image: string, moments: readonly KeyMoment[]): VideoObject {
  const video = talk.video!
  const ordered = [...moments].sort((a, b) => a.start - b.start)
  return {
    '@type': 'VideoObject',
    name: talk.title,
    description: talk.description,
    thumbnailUrl: image,
    // The day the talk is dated: the content gives no upload date, and the recording is not older.
    uploadDate: talk.date,
    ...(video.startsWith('/') ? { contentUrl: absoluteUrl(video) } : { embedUrl: video }),
    ...(ordered.length
      ? {
          hasPart: ordered.map((moment, index): Clip => {
            const end = ordered[index + 1]?.start
            return {
              '@type': 'Clip',
              name: moment.name,
              startOffset: moment.start,
              ...(end !== undefined ? { endOffset: end } : {}),
              url: recordingAt(video, moment.start),
            }
          }),
        }
      : {}),
  }
}

/**
 * A talk: a presentation by the speaker, with one Event per delivery carrying the fields search
 * engines document for events (https://developers.google.com/search/docs/appearance/structured-data/event):
 * a whole day as the content gives it (start and end the same date), scheduled (the content knows no
 * cancellations), online or in person, and its recording; the talk's own recording lists its key moments.
 */
export function talkJsonLd(talk: Talk, profile: Profile, image: string, moments: readonly KeyMoment[] = []): JsonLd {
  const url = absoluteUrl(talk.url)
  return {
    '@context': context,
    '@type': 'PresentationDigitalDocument',
    name: talk.title,
    description: talk.description,
    url,
    image,
    datePublished: talk.date,
    author: person(profile),
    keywords: talk.tags.map((tag) => tag.name),
    ...(talk.video ? { video: talkVideo(talk, image, moments) } : {}),
    subjectOf: talk.events.map(
      (event): Event => ({
        '@type': 'Event',
        name: `${talk.title} at ${event.name}`,
        description: talk.description,
        startDate: event.date,
        endDate: event.date,
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: isOnline(event.location)
          ? 'https://schema.org/OnlineEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
        location: eventLocation(event),
        image,
        performer: { '@type': 'Person', name: profile.name },
        ...(event.url ? { url: event.url } : {}),
        ...(event.recording
          ? { recordedIn: { '@type': 'VideoObject', name: talk.title, description: talk.description, thumbnailUrl: image, uploadDate: event.date, embedUrl: event.recording } }
          : {}),
      }),
    ),
  } satisfies WithContext<PresentationDigitalDocument>
}

/** What the JSON-LD of a slide's own page needs (lib/pages/slide-pages.ts has it). */
export type SlideRef = { path: string; number: number; heading?: string; description: string }

/** A slide's own page: one part, in position, of the talk's presentation. */
export function slideJsonLd(slide: SlideRef, talk: Talk, profile: Profile, image: string): JsonLd {
  return {
    '@context': context,
    '@type': 'CreativeWork',
    name: slide.heading ?? `Slide ${slide.number}`,
    description: slide.description,
    url: absoluteUrl(slide.path),
    image,
    position: slide.number,
    author: { '@type': 'Person', name: profile.name, url: absoluteUrl('/') },
    isPartOf: { '@type': 'PresentationDigitalDocument', name: talk.title, url: absoluteUrl(talk.url) },
  } satisfies WithContext<CreativeWork>
}

/** A case study or a note: an article by the speaker. */
export function articleJsonLd(page: CaseStudy | Note, profile: Profile, image: string): JsonLd {
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
    image,
    author: { '@type': 'Person', name: profile.name, url: absoluteUrl('/') },
    ...(published ? { datePublished: published } : {}),
    ...(modified ? { dateModified: modified } : {}),
  } satisfies WithContext<Article>
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
  } satisfies WithContext<BreadcrumbList>
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
