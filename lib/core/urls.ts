import { siteConfig } from './site-config'

/** Site paths, without the base path: what next/link expects. Every path ends with "/". */
export const routes = {
  home: () => '/',
  talks: () => '/talks/',
  talk: (slug: string) => `/talks/${slug}/`,
  talkPresenter: (slug: string) => `/talks/${slug}/present/`,
  /** One slide of a talk's deck, a page of its own; n as in #slide-N. */
  talkSlide: (slug: string, n: number) => `/talks/${slug}/slides/${n}/`,
  /** The deck alone, for other sites' iframes: the one path public/_headers lets be framed. */
  talkEmbed: (slug: string) => `/talks/${slug}/embed/`,
  talkOembed: (slug: string) => `/talks/${slug}/oembed.json`,
  /** The oEmbed file of one slide's page: its deck opens at that slide. */
  talkSlideOembed: (slug: string, n: number) => `/talks/${slug}/slides/${n}/oembed.json`,
  talkCalendar: (slug: string, fileName: string) => `/talks/${slug}/calendar/${fileName}`,
  caseStudies: () => '/case-studies/',
  caseStudy: (slug: string) => `/case-studies/${slug}/`,
  notes: () => '/notes/',
  /** A note; its slug may hold its folders ("obsidian-sync/security-and-privacy", lib/content/note-urls.ts). */
  note: (slug: string) => `/notes/${slug}/`,
  /** A note served at its Obsidian Publish `permalink` ("en/callouts"), at the site's root. */
  permalink: (path: string) => `/${path}/`,
  /** The speaker kit: bios, headshots and talks for organisers, from the profile and the talks. */
  speakerKit: () => '/speaker/',
  tags: () => '/tags/',
  tag: (slug: string) => `/tags/${slug}/`,
  attachment: (fileName: string) => `/attachments/${fileName}`,
  /** An image of a PDF deck's page (app/slide-images/[deck]/[file]): `deck` names it by its bytes. */
  slideImage: (deck: string, fileName: string) => `/slide-images/${deck}/${fileName}`,
  /** KaTeX's stylesheet, the site's own copy, with its fonts beside it (app/katex/[file]). */
  katex: (fileName: string) => `/katex/${fileName}`,
  /** Mermaid's ES modules, the site's own copy, all in one folder (app/mermaid/[file]). */
  mermaid: (fileName: string) => `/mermaid/${fileName}`,
  shortlink: (name: string) => `/${name}/`,
} as const

/** KaTeX's stylesheet: only pages with a formula load it (routes.katex). */
export const KATEX_STYLESHEET = 'katex.min.css'

/** Mermaid's module, which pages with a diagram import (routes.mermaid); its chunks are beside it. */
export const MERMAID_MODULE = 'mermaid.esm.min.mjs'

const isAbsolute = (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value)

/**
 * A site path with the base path in front: for links that do not go through next/link
 * (rendered Markdown, <img>, feeds). Absolute URLs and fragments pass through.
 */
export function withBasePath(path: string, basePath = siteConfig.basePath): string {
  if (isAbsolute(path) || path.startsWith('#') || path.startsWith('//')) return path
  const rooted = path.startsWith('/') ? path : `/${path}`
  return `${basePath}${rooted}`
}

/**
 * The absolute URL of a site path: canonical links, Open Graph, sitemap, feeds, QR codes.
 * Percent-encoded as RFC 3986 asks ("/notes/東京メモ/" -> "/notes/%E6%9D%B1...%A2/"): sitemaps
 * and feeds must not carry raw non-ASCII, and crawlers and chat apps compare URLs byte for byte.
 * The WHATWG URL parser encodes what needs it and leaves "%XX" that is already there alone.
 */
export function absoluteUrl(path: string, config = siteConfig): string {
  if (isAbsolute(path)) return path
  return new URL(`${config.url}${withBasePath(path, config.basePath)}`).href
}

/**
 * The site path of a page's Open Graph image: "/" -> "/og/index.png", "/talks/x/" -> "/og/talks/x.png".
 * Real .png files, because app/og/[...path]/route.tsx writes them (see that file for why not
 * opengraph-image.tsx).
 */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '')
  return `/og/${trimmed || 'index'}.png`
}

/**
 * The page whose link-preview image a page shows. Images are made for the pages of
 * lib/pages/published-pages.ts only, so a list's later pages (/notes/page/2/) show the list's and a presenter
 * view or an embedded deck (/talks/x/present/, /talks/x/embed/) its talk's, rather than point at an image that was never made.
 */
export function previewPagePath(path: string): string {
  return path.replace(/\/page\/\d+\/$/, '/').replace(/^(\/talks\/[^/]+\/)(?:present|embed)\/$/, '$1')
}
