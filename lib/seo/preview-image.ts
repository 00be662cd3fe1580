import { ogCardFor, ogImageVersion } from '../og/card'
import type { OgCard } from '../og/image'
import { publishedPageAt } from '../pages/published-pages'
import { OG_IMAGE_SIZE } from '../core/site-config'
import { absoluteUrl, ogImagePath, previewPagePath } from '../core/urls'
import { shorten } from '../markdown/prose'

export type PreviewImage = { url: string; alt: string; width: number; height: number }

/** A slide's text in the alt, at most this long: the card itself shows only its first lines, and X caps an alt at 420 characters. */
const ALT_TEXT_LENGTH = 160

/**
 * What the image shows, in words, for og:image:alt and twitter:image:alt: a reader who cannot see
 * the card hears its lines, not the page's title again.
 */
export function previewImageAlt(card: Pick<OgCard, 'kicker' | 'title' | 'name' | 'detail' | 'text' | 'image'>): string {
  // A talk's detail line starts with the speaker's name again ("Ada · Latest: …"): said once.
  const detail = card.detail?.startsWith(`${card.name} · `) ? card.detail.slice(card.name.length + 3) : card.detail
  const lines = [card.kicker, `“${card.title}”`, card.text && shorten(card.text, ALT_TEXT_LENGTH), card.image ? 'beside the slide’s picture' : undefined, card.name, detail]
  return `Preview card: ${lines.filter(Boolean).join(', ')}`
}

/**
 * The link-preview image of the page at a site path, the one place its URL is made: metadata,
 * JSON-LD and oEmbed thumbnails all take it from here. The query `v` is a hash of everything the
 * image shows (lib/og/card.ts ogImageVersion): the file keeps its path, and a chat app or crawler
 * that cached the old card by URL fetches the new one.
 */
export function previewImage(path: string, fallbackAlt: string): PreviewImage {
  const pagePath = previewPagePath(path)
  const page = publishedPageAt(pagePath)
  const url = absoluteUrl(ogImagePath(pagePath))
  if (!page) return { url, alt: fallbackAlt, ...OG_IMAGE_SIZE }
  return { url: `${url}?v=${ogImageVersion(page)}`, alt: previewImageAlt(ogCardFor(page)), ...OG_IMAGE_SIZE }
}
