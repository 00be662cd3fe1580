import type { Metadata } from 'next'
import { getProfile } from '../content'
import type { Talk } from '../core/model'
import { feedPaths } from './feeds'
import { siteConfig } from '../core/site-config'
import { absoluteUrl, routes } from '../core/urls'
import { fediverseCreator } from './fediverse'
import { previewImage } from './preview-image'

export type PageMetadataInput = {
  /** The page's own title; the site name is added by the layout's template. */
  title?: string
  description: string
  /** Site path, without base path. */
  path: string
  type?: 'website' | 'article' | 'profile'
  noIndex?: boolean
  /**
   * A talk whose deck the page shows: its oEmbed file is announced, for sites that embed by URL;
   * with `slide`, that slide's file, whose deck opens at it.
   */
  oembedOf?: Pick<Talk, 'slug' | 'title'> & { slide?: number }
}

/**
 * Open Graph's locale ("en_US") from the site's language (siteConfig.locale, "en"): its likely
 * region as Unicode's likely-subtags data gives it (Intl.Locale#maximize), an underscore between.
 */
export function openGraphLocale(locale: string): string {
  const { language, region } = new Intl.Locale(locale).maximize()
  return region ? `${language}_${region}` : language
}

/** Where a page's oEmbed file is: the talk's, or one slide's. */
const oembedPath = ({ slug, slide }: NonNullable<PageMetadataInput['oembedOf']>) =>
  slide ? routes.talkSlideOembed(slug, slide) : routes.talkOembed(slug)

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
  const image = previewImage(path, fullTitle)
  const fediverse = fediverseCreator(profile.links)
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
        ...(oembedOf ? { 'application/json+oembed': [{ url: absoluteUrl(oembedPath(oembedOf)), title: oembedOf.title }] } : {}),
      },
    },
    openGraph: { title: fullTitle, description, url, siteName: profile.name, type, locale: openGraphLocale(siteConfig.locale), images: [image] },
    twitter: {
      card: 'summary_large_image',
      images: [image],
      title: fullTitle,
      description,
      ...(profile.twitterHandle ? { creator: profile.twitterHandle, site: profile.twitterHandle } : {}),
    },
    // Mastodon's author line under a preview.
    ...(fediverse ? { other: { 'fediverse:creator': fediverse } } : {}),
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}
