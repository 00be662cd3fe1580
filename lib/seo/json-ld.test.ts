import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { CaseStudy, Profile, Talk } from '../core/model'
import { articleJsonLd, breadcrumbJsonLd, crumbsFor, profilePageJsonLd, recordingAt, slideJsonLd, speakerKitJsonLd, talkJsonLd } from './json-ld'
import { absoluteUrl } from '../core/urls'

const profile: Profile = {
  name: 'Ada Speaker',
  headline: 'Engineer',
  links: [
    { kind: 'github', label: 'GitHub', url: 'https://github.com/ada' },
    { kind: 'email', label: 'Email', url: 'mailto:ada@example.com' },
  ],
  bio: '',
  bios: [],
  headshots: [],
}

const talk = {
  kind: 'talk', slug: 'x', url: '/talks/x/', title: 'X', description: 'About X', date: '2024-01-02', tags: [],
  file: 'content/talks/x.md', aliases: [], body: 'Note: secret', isMdx: false, events: [
    { name: 'Meetup', date: '2024-01-02', location: 'Berlin' },
    { name: 'Conf', date: '2024-03-04', location: 'Online', url: 'https://conf.example.com' },
  ], slides: [], deck: {}, sources: [], properties: [],
} satisfies Talk

const image = 'https://example.com/og/talks/x.png?v=1'

/** Whether the talk's JSON-LD calls a delivery at `location` an online one. */
function isOnline(location: string | undefined): boolean {
  const event = { name: 'Meetup', date: '2024-01-02', ...(location === undefined ? {} : { location }) }
  const [delivery] = talkJsonLd({ ...talk, events: [event] }, profile, image).subjectOf as { eventAttendanceMode: string }[]
  return delivery?.eventAttendanceMode === 'https://schema.org/OnlineEventAttendanceMode'
}

describe('structured data', () => {
  test('the profile page names the speaker with sameAs from the web links only', () => {
    const data = profilePageJsonLd(profile)
    assert.equal(data['@type'], 'ProfilePage')
    assert.deepEqual((data.mainEntity as { sameAs: string[] }).sameAs, ['https://github.com/ada'])
  })

  test('a talk has one Event per delivery, online ones at a virtual location', () => {
    const events = talkJsonLd(talk, profile, image).subjectOf as { startDate: string; location: { '@type': string; url?: string } }[]
    assert.equal(events.length, 2)
    assert.equal(events[0]?.location['@type'], 'Place')
    assert.deepEqual(events[1]?.location, { '@type': 'VirtualLocation', url: 'https://conf.example.com' })
  })

  test('every delivery carries the Event fields search engines document: description, end, status, mode, a structured place', () => {
    const [inPerson, online] = talkJsonLd(talk, profile, image).subjectOf as Record<string, unknown>[]
    assert.deepEqual(
      { ...inPerson, performer: undefined },
      {
        '@type': 'Event', name: 'X at Meetup', description: 'About X', startDate: '2024-01-02', endDate: '2024-01-02',
        eventStatus: 'https://schema.org/EventScheduled', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: { '@type': 'Place', name: 'Berlin', address: { '@type': 'PostalAddress', addressLocality: 'Berlin' } },
        image, performer: undefined,
      },
    )
    assert.equal(online?.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode')
  })

  test('a recording of a delivery is a VideoObject with the fields search engines ask for', () => {
    const recorded = { ...talk, events: [{ name: 'Meetup', date: '2024-01-02', recording: 'https://www.youtube.com/watch?v=abc' }] }
    const [event] = talkJsonLd(recorded, profile, image).subjectOf as { recordedIn: Record<string, unknown> }[]
    assert.deepEqual(event?.recordedIn, {
      '@type': 'VideoObject', name: 'X', description: 'About X', thumbnailUrl: image, uploadDate: '2024-01-02', embedUrl: 'https://www.youtube.com/watch?v=abc',
    })
  })

  test("the talk's recording lists a Clip per timed slide, in time order, each ending where the next starts", () => {
    const withVideo = { ...talk, video: 'https://www.youtube.com/watch?v=abc' }
    const moments = [{ name: 'Intro', start: 0 }, { name: 'Why Elixir', start: 95 }, { name: 'Demo', start: 30 }]
    const video = talkJsonLd(withVideo, profile, image, moments).video as { hasPart: Record<string, unknown>[] }
    assert.deepEqual(video.hasPart, [
      { '@type': 'Clip', name: 'Intro', startOffset: 0, endOffset: 30, url: 'https://www.youtube.com/watch?v=abc&t=0' },
      { '@type': 'Clip', name: 'Demo', startOffset: 30, endOffset: 95, url: 'https://www.youtube.com/watch?v=abc&t=30' },
      { '@type': 'Clip', name: 'Why Elixir', startOffset: 95, url: 'https://www.youtube.com/watch?v=abc&t=95' },
    ])
    assert.equal(talkJsonLd(talk, profile, image, moments).video, undefined, 'no recording, no video')
  })

  test("a moment's link: YouTube's t parameter, else a media fragment on the site's file", () => {
    assert.equal(recordingAt('https://youtu.be/abc', 12), 'https://youtu.be/abc?t=12')
    assert.equal(recordingAt('/videos/x.webm', 12), absoluteUrl('/videos/x.webm#t=12'))
  })

  test("a slide's page is a part, in position, of the talk's presentation", () => {
    const data = slideJsonLd({ path: '/talks/x/slides/2/', number: 2, heading: 'Größe zählt', description: 'Words.' }, talk, profile, image)
    assert.equal(data['@type'], 'CreativeWork')
    assert.equal(data.url, absoluteUrl('/talks/x/slides/2/'))
    assert.equal(data.image, image)
    assert.equal(data.position, 2)
    assert.deepEqual(data.isPartOf, { '@type': 'PresentationDigitalDocument', name: 'X', url: absoluteUrl('/talks/x/') })
    assert.equal(slideJsonLd({ path: '/talks/x/slides/3/', number: 3, description: 'd' }, talk, profile, image).name, 'Slide 3')
    assert.doesNotMatch(JSON.stringify(data), /secret/)
  })

  test('a talk never carries its body (speaker notes)', () => {
    assert.doesNotMatch(JSON.stringify(talkJsonLd(talk, profile, image)), /secret/)
  })

  test('online means "Online", "Remote", "Virtual" or a URL', () => {
    assert.ok(isOnline('Online'))
    assert.ok(isOnline('https://zoom.us/j/1'))
    assert.ok(!isOnline('San Francisco, CA'))
    assert.ok(!isOnline(undefined))
  })

  test('a case study is an Article with absolute URLs', () => {
    const caseStudy = { ...talk, kind: 'case-study', url: '/case-studies/y/', links: [] } as unknown as CaseStudy
    const data = articleJsonLd(caseStudy, profile, image)
    assert.equal(data['@type'], 'Article')
    assert.match(String(data.url), /^https?:\/\/.+\/case-studies\/y\/$/)
  })

  test('breadcrumbs start at home and number their items', () => {
    const titles = new Map([['/talks/', 'Talks'], ['/talks/x/', 'X']])
    const data = breadcrumbJsonLd('Ada', crumbsFor('/talks/x/', (p) => titles.get(p)))
    const items = data.itemListElement as { position: number; name: string }[]
    assert.deepEqual(items.map((i) => [i.position, i.name]), [[1, 'Ada'], [2, 'Talks'], [3, 'X']])
  })
})

describe('the speaker kit', () => {
  test('is the speaker as a Person: each headshot an ImageObject with its caption and credit, the contact address as email', () => {
    const kitProfile: Profile = {
      ...profile,
      pronouns: 'she/her',
      headshots: [{ image: '/images/ada.jpg', alt: 'Ada, smiling', credit: 'Photo: Lee' }, { image: 'https://cdn.example.org/ada.webp' }],
      contact: { text: 'talks@example.org', url: 'mailto:talks@example.org' },
    }
    const data = speakerKitJsonLd(kitProfile)
    assert.equal(data['@type'], 'Person')
    assert.equal(data.name, 'Ada Speaker')
    assert.equal(data.email, 'talks@example.org')
    assert.equal(data.mainEntityOfPage, absoluteUrl('/speaker/'))
    assert.deepEqual(data.image, [
      { '@type': 'ImageObject', contentUrl: absoluteUrl('/images/ada.jpg'), url: absoluteUrl('/images/ada.jpg'), caption: 'Ada, smiling', creditText: 'Photo: Lee' },
      { '@type': 'ImageObject', contentUrl: 'https://cdn.example.org/ada.webp', url: 'https://cdn.example.org/ada.webp' },
    ])
  })

  test('claims nothing the profile does not give: no image, no email from a contact URL', () => {
    const data = speakerKitJsonLd({ ...profile, contact: { text: 'https://example.org/book', url: 'https://example.org/book' } })
    assert.equal(data.image, undefined)
    assert.equal(data.email, undefined)
  })
})
