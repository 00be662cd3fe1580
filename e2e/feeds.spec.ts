import { expect, test, type APIRequestContext } from '@playwright/test'
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'
import { parseFeed } from '@rowanmanning/feed-parser'
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import RssParser from 'rss-parser'
import { atomErrors, sitemapErrors } from './support/clients'

// A reader subscribes to the site in a feed reader, and a search engine reads its sitemap: each
// document is fetched from the local server (scripts/serve.ts, as a host serves it) and read by the
// clients' own parsers, the Atom feed checked against RFC 4287's schema and the sitemap against
// sitemaps.org's (e2e/support/schemas/).

/** A dated talk of the fixture site (its `date: 2023-12-07`), and a note without any date. */
const TALK = { title: 'Elixir in the Big and Small', published: '2023-12-07T00:00:00.000Z' }
const UNDATED_NOTE = 'Folder links'
const KINDS = ['Talk', 'Case study', 'Note']

/** What every parser must read from an entry: the same in each. */
type Read = { title: string; published?: string; updated?: string; categories: string[] }

/** feedsmith's Atom text: a string, or its value and type. */
const text = (value: string | { value: string } | undefined) => (typeof value === 'string' ? value : (value?.value ?? ''))

const iso = (date: string | Date | undefined) => (date === undefined ? undefined : new Date(date).toISOString())

async function fetchDocument(request: APIRequestContext, sitePath: string) {
  const response = await request.get(sitePath)
  expect(response.status(), sitePath).toBe(200)
  return { type: response.headers()['content-type'], body: await response.text() }
}

/** What each entry of a feed says, as a reader would see it: real dates, never 1970, categories named. */
function expectReadable(entries: Read[], what: string) {
  expect(entries.length, what).toBeGreaterThan(5)
  for (const entry of entries) {
    expect(entry.title, what).not.toBe('')
    expect(entry.published, `${what}: ${entry.title} published`).toMatch(/^20\d\d-/)
    if (entry.updated !== undefined) expect(Date.parse(entry.updated), `${what}: ${entry.title} updated`).toBeGreaterThanOrEqual(Date.parse(entry.published!))
    expect(entry.categories.filter((name) => KINDS.includes(name)), `${what}: ${entry.title} categories`).toHaveLength(1)
  }
  const talk = entries.find((entry) => entry.title === TALK.title)
  expect(talk?.published, what).toBe(TALK.published)
  expect(talk?.categories, what).toContain('Talk')
  const note = entries.find((entry) => entry.title === UNDATED_NOTE)
  expect(note?.published, `${what}: an undated note is dated by its file`).toMatch(/^20\d\d-/)
}

test('the feeds and the sitemap are served with their types and read alike by independent parsers and the schemas', async ({ request }) => {
  const rss = await fetchDocument(request, '/feed.xml')
  const atom = await fetchDocument(request, '/atom.xml')
  const json = await fetchDocument(request, '/feed.json')
  const sitemap = await fetchDocument(request, '/sitemap.xml')

  await test.step('each is served as a host serves it: its own type, and UTF-8 named', () => {
    expect([rss.type, atom.type, json.type, sitemap.type]).toEqual([
      'application/rss+xml; charset=utf-8',
      'application/atom+xml; charset=utf-8',
      'application/feed+json; charset=utf-8',
      'text/xml; charset=utf-8',
    ])
  })

  await test.step('the Atom feed is valid against the RELAX NG schema of RFC 4287, the sitemap against sitemaps.org XSD', async () => {
    expect(await atomErrors(atom.body)).toEqual([])
    expect(await sitemapErrors(sitemap.body)).toEqual([])
  })

  await test.step('the RSS feed reads the same in rss-parser, @rowanmanning/feed-parser and feedsmith', async () => {
    const byRssParser = await new RssParser().parseString(rss.body)
    expectReadable(byRssParser.items.map((item) => ({ title: item.title ?? '', published: iso(item.isoDate), categories: item.categories ?? [] })), 'rss-parser')
    const byRowan = parseFeed(rss.body)
    expectReadable(byRowan.items.map((item) => ({ title: item.title ?? '', published: iso(item.published ?? undefined), categories: item.categories.map((c) => c.label ?? c.term) })), 'feed-parser')
    const byFeedsmith = parseRssFeed(rss.body)
    expectReadable((byFeedsmith.items ?? []).map((item) => ({ title: item.title ?? '', published: iso(item.pubDate), categories: (item.categories ?? []).map((c) => c.name ?? '') })), 'feedsmith')
  })

  await test.step('the Atom feed reads the same in rss-parser, @rowanmanning/feed-parser and feedsmith, every category with its term', async () => {
    const byRowan = parseFeed(atom.body)
    expectReadable(
      byRowan.items.map((item) => ({ title: item.title ?? '', published: iso(item.published ?? undefined), updated: iso(item.updated ?? undefined), categories: item.categories.map((c) => c.term) })),
      'feed-parser',
    )
    const byFeedsmith = parseAtomFeed(atom.body)
    expectReadable(
      (byFeedsmith.entries ?? []).map((entry) => ({ title: text(entry.title), published: iso(entry.published), updated: iso(entry.updated), categories: (entry.categories ?? []).map((c) => c.term ?? '') })),
      'feedsmith',
    )
    // rss-parser reads an Atom entry's <published> as its date only when it has one.
    const byRssParser = await new RssParser().parseString(atom.body)
    expect(byRssParser.items.map((item) => item.title)).toEqual(byRowan.items.map((item) => item.title))
    expect(byRssParser.items.find((item) => item.title === TALK.title)?.isoDate).toBe(TALK.published)
  })

  await test.step('the JSON Feed is version 1.1 and reads the same in feedsmith and @extractus/feed-extractor', () => {
    const feed = JSON.parse(json.body) as { version: string }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    const byFeedsmith = parseJsonFeed(json.body)
    expectReadable(
      (byFeedsmith.items ?? []).map((item) => ({ title: item.title ?? '', published: iso(item.date_published), updated: iso(item.date_modified), categories: item.tags ?? [] })),
      'feedsmith',
    )
    const byExtractus = extractFromJson(json.body, { getExtraEntryFields: (entry) => ({ tags: (entry as { tags?: string[] }).tags ?? [] }) })
    expectReadable(
      (byExtractus.entries ?? []).map((entry) => ({ title: entry.title ?? '', published: iso(entry.published), categories: (entry as { tags?: string[] }).tags ?? [] })),
      'feed-extractor',
    )
    // And the XML feeds, through the same library: the same entries in the same order.
    expect((extractFromXml(atom.body).entries ?? []).map((entry) => entry.title)).toEqual((byExtractus.entries ?? []).map((entry) => entry.title))
  })

  await test.step("the sitemap dates each content page by its last change, the feeds' updated", () => {
    const lastmods = new Map([...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>\s*<lastmod>([^<]+)<\/lastmod>/g)].map((m) => [m[1]!, m[2]!]))
    const entries = parseAtomFeed(atom.body).entries ?? []
    expect(entries.length).toBeGreaterThan(5)
    for (const entry of entries) {
      const link = entry.links?.[0]?.href ?? ''
      expect(iso(lastmods.get(link)), link).toBe(iso(entry.updated))
    }
  })
})
