import { Feed } from 'feed'
import { getCaseStudies, getNotes, getProfile, getProfileFile, getTalks, pageDates } from '../content'
import { feedItems, FEED_ENTRIES } from './feed-items'
import { siteDescription } from './site-description'
import { siteConfig } from '../core/site-config'
import { escapeAttributeLessThan, escapeHtml, withoutTags } from '../core/escape'
import { absoluteUrl } from '../core/urls'
import { PAGE_KIND_NAMES, type CaseStudy, type Note, type Talk } from '../core/model'

export const feedPaths = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const

/** The newest published talks, case studies and notes, newest first; the feeds' items (lib/seo/feed-items.ts). */
function feedPages(): (Talk | CaseStudy | Note)[] {
  return feedItems([...getTalks(), ...getCaseStudies(), ...getNotes()], FEED_ENTRIES)
}

/**
 * One site-wide feed: title, link, dates, categories and description of the newest pages (a note's
 * description is its excerpt). Never bodies, so speaker notes cannot leak. Each entry's published
 * and updated dates are the page's (lib/content/page-dates.ts); the feed's "updated" is the newest
 * entry's, not the build's, so a rebuild of the same content gives the same feed.
 */
export function buildFeed(format: 'rss' | 'atom' | 'json'): Feed {
  // Every text field is plain text: no markup from content reaches a reader, which may render any
  // of them as HTML (withoutTags). What a format's readers take as HTML is then escaped, so "a < b"
  // shows as written: descriptions everywhere (Atom's type="html" summary, RSS's description by
  // common practice, the JSON Feed's content_html, which the feed package fills from it) and
  // Atom's type="html" titles.
  const title = format === 'atom' ? (value: string) => escapeHtml(withoutTags(value)) : withoutTags
  const description = (value: string) => escapeHtml(withoutTags(value))
  const profile = getProfile()
  const entries = feedPages().map((page) => ({ page, dates: pageDates(page) }))
  // The profile's file counts too: the feed's title and description are its (and a site with no page yet has only it).
  const newest = Math.max(...entries.map(({ dates }) => dates.updated.getTime()), pageDates({ file: getProfileFile() }).updated.getTime())
  const name = withoutTags(profile.name)
  const feed = new Feed({
    title: name,
    description: withoutTags(siteDescription(profile)),
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: siteConfig.locale,
    copyright: `© ${name}`,
    updated: new Date(newest),
    generator: 'speaker-site',
    feedLinks: { rss: absoluteUrl(feedPaths.rss), atom: absoluteUrl(feedPaths.atom), json: absoluteUrl(feedPaths.json) },
    author: { name, link: absoluteUrl('/') },
  })
  // Atom requires a category's term (RFC 4287 4.2.2); the label is what a reader shows.
  const category = (label: string) => ({ name: withoutTags(label), term: withoutTags(label) })
  for (const { page, dates } of entries) {
    const url = absoluteUrl(page.url)
    feed.addItem({
      title: title(page.title),
      id: url,
      link: url,
      description: description(page.description),
      date: dates.updated,
      published: dates.published,
      category: [category(PAGE_KIND_NAMES[page.kind].one), ...page.tags.map((tag) => category(tag.name))],
    })
  }
  return feed
}

/**
 * The Atom feed. The `feed` package writes attribute values (a tag's category label) with only `&` and `"` escaped, and a raw `<`
 * in an attribute is not XML: readers refuse the whole feed. Outside CDATA sections, every `<` in
 * an attribute value is escaped here.
 */
export const atomXml = () => escapeAttributeLessThan(buildFeed('atom').atom1())

/**
 * The JSON Feed, version 1.1: the `feed` package writes version 1's URL and its singular `author`;
 * 1.1 names the feed's language and takes `authors`, and its readers read both versions.
 */
export function jsonFeed(): string {
  const { author, ...feed } = JSON.parse(buildFeed('json').json1()) as Record<string, unknown>
  return JSON.stringify({ ...feed, version: 'https://jsonfeed.org/version/1.1', language: siteConfig.locale, authors: [author] }, null, 4)
}
