import { escapeHtml } from '../core/escape'
import { OG_IMAGE_SIZE } from '../core/site-config'
import { absoluteUrl, routes } from '../core/urls'

/**
 * A talk's deck for other sites: the iframe of its embed page, and its oEmbed file
 * (https://oembed.com, a "rich" type whose html is that iframe). Pure: everything absolute goes
 * through absoluteUrl, so the site's URL and base path are decided in one place.
 */

/**
 * The embed's size. The deck is 16:9 at any width; under it the embed page has one row of controls
 * and one line linking the talk, a fixed height whatever the width (EMBED_CHROME_PX, with the page's
 * padding). The oEmbed file is static, so it cannot read a consumer's maxwidth/maxheight: it
 * declares a 560 px width, what most blog columns hold, and its html fills whatever column it is put
 * in, so a consumer that asks for less gets a frame that shrinks to its column at the same shape.
 */
export const EMBED_WIDTH = 560
export const EMBED_CHROME_PX = 92
export const embedHeight = (width: number) => Math.round((width * 9) / 16) + EMBED_CHROME_PX

export type EmbeddableTalk = { slug: string; title: string; url: string }

/** The embed page, opening at a slide (the embed page's deck reads #slide-N) or at the first. */
export function embedUrl(talk: Pick<EmbeddableTalk, 'slug'>, slide?: number): string {
  return absoluteUrl(routes.talkEmbed(talk.slug)) + (slide && slide > 1 ? `#slide-${slide}` : '')
}

/**
 * The HTML to paste into another page: a box whose padding (a percentage of its width) keeps the
 * deck 16:9 plus the fixed row under it at any column width, the iframe filling it, so no blank band
 * shows in a narrow column. Full screen through `allow` only: with `allowfullscreen` beside it,
 * Chromium warns on the host page that the attribute is ignored.
 */
export function embedIframe(talk: EmbeddableTalk, slide?: number): string {
  return (
    `<div style="position:relative;width:100%;max-width:960px;padding-top:calc(56.25% + ${EMBED_CHROME_PX}px)">` +
    `<iframe src="${escapeHtml(embedUrl(talk, slide))}" title="${escapeHtml(`Slides: ${talk.title}`)}"` +
    ` style="position:absolute;inset:0;width:100%;height:100%;border:0" loading="lazy" allow="fullscreen"></iframe></div>`
  )
}

export type OembedSpeaker = { name: string }

/**
 * The oEmbed response of a talk's deck, or of one slide's page (its html opens the deck at that
 * slide), served as a file at routes.talkOembed or routes.talkSlideOembed. `thumbnailUrl` is the
 * page's preview image, whose versioned URL lib/seo makes.
 */
export function oembedJson(talk: EmbeddableTalk, speaker: OembedSpeaker, thumbnailUrl: string, slide?: number) {
  return {
    version: '1.0',
    type: 'rich',
    title: talk.title,
    author_name: speaker.name,
    author_url: absoluteUrl(routes.home()),
    provider_name: speaker.name,
    provider_url: absoluteUrl(routes.home()),
    html: embedIframe(talk, slide),
    width: EMBED_WIDTH,
    height: embedHeight(EMBED_WIDTH),
    thumbnail_url: thumbnailUrl,
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
