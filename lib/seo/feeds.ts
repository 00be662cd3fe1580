import { Feed } from 'feed'
import { getCaseStudies, getNotes, getProfile, getTalks } from '../content'
import { feedItems, FEED_ENTRIES } from './feed-items'
import { siteDescription } from './site-description'
import { siteConfig } from '../core/site-config'
import { escapeAttributeLessThan, escapeHtml } from '../core/escape'
import { absoluteUrl } from '../core/urls'
import { PAGE_KIND_NAMES, type PageRef } from '../core/model'

export const feedPaths = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const

/** The newest published talks, case studies and notes, newest first; the feeds' items (lib/seo/feed-items.ts). */
function feedPages(): PageRef[] {
  return feedItems([...getTalks(), ...getCaseStudies(), ...getNotes()], FEED_ENTRIES)
}

/**
 * One site-wide feed: title, link, date and description of the newest pages (a note's description is its
 * excerpt). Never bodies, so speaker notes cannot leak. "updated" is the newest page's date, not the
 * build's, so a rebuild of the same content gives the same feed.
 */
export function buildFeed(format: 'rss' | 'atom' | 'json'): Feed {
  // What a format's readers take as HTML gets escaped text, so "<b>" in a title shows as "<b>":
  // descriptions everywhere (Atom's type="html" summary, RSS's description by common practice, and
  // the JSON Feed's content_html, which the feed package fills from it) and Atom's type="html" titles.
  const title = format === 'atom' ? escapeHtml : (value: string) => value
  const description = escapeHtml
  const profile = getProfile()
  const pages = feedPages()
  const newest = pages.find((p) => p.date)?.date
  const feed = new Feed({
    title: profile.name,
    description: siteDescription(profile),
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: siteConfig.locale,
    copyright: `© ${profile.name}`,
    updated: newest ? new Date(`${newest}T00:00:00Z`) : new Date(0),
    generator: 'speaker-site',
    feedLinks: { rss: absoluteUrl(feedPaths.rss), atom: absoluteUrl(feedPaths.atom), json: absoluteUrl(feedPaths.json) },
    author: { name: profile.name, link: absoluteUrl('/') },
  })
  for (const page of pages) {
    const url = absoluteUrl(page.url)
    feed.addItem({
      title: title(page.title),
      id: url,
      link: url,
      description: description(page.description),
      date: new Date(`${page.date ?? '1970-01-01'}T00:00:00Z`),
      category: [{ name: PAGE_KIND_NAMES[page.kind].one }, ...page.tags.map((tag) => ({ name: tag.name }))],
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
