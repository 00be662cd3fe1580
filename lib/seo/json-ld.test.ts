import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { CaseStudy, Profile, Talk } from '../core/model'
import { articleJsonLd, breadcrumbJsonLd, crumbsFor, profilePageJsonLd, slideJsonLd, talkJsonLd } from './json-ld'
import { absoluteUrl } from '../core/urls'

const profile: Profile = {
  name: 'Ada Speaker',
  headline: 'Engineer',
  links: [
    { kind: 'github', label: 'GitHub', url: 'https://github.com/ada' },
    { kind: 'email', label: 'Email', url: 'mailto:ada@example.com' },
  ],
  bio: '',
}

const talk = {
  kind: 'talk', slug: 'x', url: '/talks/x/', title: 'X', description: 'About X', date: '2024-01-02', tags: [],
  file: 'content/talks/x.md', aliases: [], body: 'Note: secret', isMdx: false, events: [
    { name: 'Meetup', date: '2024-01-02', location: 'Berlin' },
    { name: 'Conf', date: '2024-03-04', location: 'Online', url: 'https://conf.example.com' },
  ], slides: [], deck: {}, sources: [], properties: [],
} satisfies Talk

/** Whether the talk's JSON-LD calls a delivery at `location` an online one. */
function isOnline(location: string | undefined): boolean {
  const event = { name: 'Meetup', date: '2024-01-02', ...(location === undefined ? {} : { location }) }
  const [delivery] = talkJsonLd({ ...talk, events: [event] }, profile).subjectOf as { eventAttendanceMode: string }[]
  return delivery?.eventAttendanceMode === 'https://schema.org/OnlineEventAttendanceMode'
}

describe('structured data', () => {
  test('the profile page names the speaker with sameAs from the web links only', () => {
    const data = profilePageJsonLd(profile)
    assert.equal(data['@type'], 'ProfilePage')
    assert.deepEqual((data.mainEntity as { sameAs: string[] }).sameAs, ['https://github.com/ada'])
  })

  test('a talk has one Event per delivery, online ones at a virtual location', () => {
    const events = talkJsonLd(talk, profile).subjectOf as { startDate: string; location: { '@type': string; url?: string } }[]
    assert.equal(events.length, 2)
    assert.equal(events[0]?.location['@type'], 'Place')
    assert.deepEqual(events[1]?.location, { '@type': 'VirtualLocation', url: 'https://conf.example.com' })
  })

  test("a slide's page is a part, in position, of the talk's presentation", () => {
    const data = slideJsonLd({ path: '/talks/x/slides/2/', number: 2, heading: 'Größe zählt', description: 'Words.' }, talk, profile)
    assert.equal(data['@type'], 'CreativeWork')
    assert.equal(data.url, absoluteUrl('/talks/x/slides/2/'))
    assert.equal(data.image, absoluteUrl('/og/talks/x/slides/2.png'))
    assert.equal(data.position, 2)
    assert.deepEqual(data.isPartOf, { '@type': 'PresentationDigitalDocument', name: 'X', url: absoluteUrl('/talks/x/') })
    assert.equal(slideJsonLd({ path: '/talks/x/slides/3/', number: 3, description: 'd' }, talk, profile).name, 'Slide 3')
    assert.doesNotMatch(JSON.stringify(data), /secret/)
  })

  test('a talk never carries its body (speaker notes)', () => {
    assert.doesNotMatch(JSON.stringify(talkJsonLd(talk, profile)), /secret/)
  })

  test('online means "Online", "Remote", "Virtual" or a URL', () => {
    assert.ok(isOnline('Online'))
    assert.ok(isOnline('https://zoom.us/j/1'))
    assert.ok(!isOnline('San Francisco, CA'))
    assert.ok(!isOnline(undefined))
  })

  test('a case study is an Article with absolute URLs', () => {
    const caseStudy = { ...talk, kind: 'case-study', url: '/case-studies/y/', links: [] } as unknown as CaseStudy
    const data = articleJsonLd(caseStudy, profile)
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
