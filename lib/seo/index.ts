import type { Metadata } from 'next'
import { getProfile } from '../content'
import type { Talk } from '../core/model'
import { feedPaths } from './feeds'
import { OG_IMAGE_SIZE, siteConfig } from '../core/site-config'
import { absoluteUrl, ogImagePath, previewPagePath, routes } from '../core/urls'

export type PageMetadataInput = {
  /** The page's own title; the site name is added by the layout's template. */
  title?: string
  description: string
  /** Site path, without base path. */
  path: string
  type?: 'website' | 'article' | 'profile'
  noIndex?: boolean
  /** A talk whose deck the page shows: its oEmbed file is announced, for sites that embed by URL. */
  oembedOf?: Pick<Talk, 'slug' | 'title'>
}

/**
 * A page's title as the browser tab and previews show it, decided once: "<title> · <site name>",
 * or the site name alone. The layout's title template is this with "%s" as the title.
 */
export function titleWithSiteName(title: string | undefined, siteName: string): string {
  return title ? `${title} · ${siteName}` : siteName
}

/**
 * Every page's metadata comes from here, so no page drops the site-wide tags: canonical URL,
 * Open Graph and Twitter cards, all absolute.
 */
export function pageMetadata({ title, description, path, type = 'website', noIndex, oembedOf }: PageMetadataInput): Metadata {
  const profile = getProfile()
  const url = absoluteUrl(path)
  const fullTitle = titleWithSiteName(title, profile.name)
  const image = { url: absoluteUrl(ogImagePath(previewPagePath(path))), ...OG_IMAGE_SIZE, alt: fullTitle }
  return {
    title: title ?? { absolute: profile.name },
    description,
    // Here rather than in the layout: a page's `alternates` replaces the layout's whole object.
    alternates: {
      canonical: url,
      types: {
        'application/rss+xml': [{ url: absoluteUrl(feedPaths.rss), title: `${profile.name} (RSS)` }],
        'application/atom+xml': [{ url: absoluteUrl(feedPaths.atom), title: `${profile.name} (Atom)` }],
        'application/feed+json': [{ url: absoluteUrl(feedPaths.json), title: `${profile.name} (JSON Feed)` }],
        // oEmbed discovery (https://oembed.com/#section4): the talk's file, whose html is the embed page's iframe.
        ...(oembedOf ? { 'application/json+oembed': [{ url: absoluteUrl(routes.talkOembed(oembedOf.slug)), title: oembedOf.title }] } : {}),
      },
    },
    openGraph: { title: fullTitle, description, url, siteName: profile.name, type, locale: siteConfig.locale, images: [image] },
    twitter: {
      card: 'summary_large_image',
      images: [image],
      title: fullTitle,
      description,
      ...(profile.twitterHandle ? { creator: profile.twitterHandle, site: profile.twitterHandle } : {}),
    },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}
