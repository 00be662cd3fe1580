import { escapeHtml } from '../core/escape'
import { OG_IMAGE_SIZE } from '../core/site-config'
import { absoluteUrl, ogImagePath, routes } from '../core/urls'

/**
 * A talk's deck for other sites: the iframe of its embed page, and its oEmbed file
 * (https://oembed.com, a "rich" type whose html is that iframe). Pure: everything absolute goes
 * through absoluteUrl, so the site's URL and base path are decided in one place.
 */

/** The iframe's size: a 16:9 deck 960 wide, plus the row of controls and the link under it. */
const EMBED_SIZE = { width: 960, height: 640 } as const

export type EmbeddableTalk = { slug: string; title: string; url: string }

/** The HTML to paste into another page. */
export function embedIframe(talk: EmbeddableTalk): string {
  const src = absoluteUrl(routes.talkEmbed(talk.slug))
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(`Slides: ${talk.title}`)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}"` +
    ` style="border:0;max-width:100%" loading="lazy" allow="fullscreen" allowfullscreen></iframe>`
  )
}

export type OembedSpeaker = { name: string }

/** The talk's oEmbed response, served as a file at routes.talkOembed (sites that read oEmbed fetch it). */
export function oembedJson(talk: EmbeddableTalk, speaker: OembedSpeaker) {
  return {
    version: '1.0',
    type: 'rich',
    title: talk.title,
    author_name: speaker.name,
    author_url: absoluteUrl(routes.home()),
    provider_name: speaker.name,
    provider_url: absoluteUrl(routes.home()),
    html: embedIframe(talk),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    thumbnail_url: absoluteUrl(ogImagePath(talk.url)),
    thumbnail_width: OG_IMAGE_SIZE.width,
    thumbnail_height: OG_IMAGE_SIZE.height,
  }
}

/**
 * Slide HTML for the embed page, whose links open in a new tab: inside another site's iframe a
 * link would otherwise load its page into the frame, where every page but the embed refuses to
 * be shown (frame-ancestors 'none', public/_headers). Links that name a target keep it.
 */
export function linksOpenOutside(html: string): string {
  return html.replace(/<a\b(?![^>]*\starget=)/g, '<a target="_blank"')
}
