import type { Metadata } from 'next'
import { getProfile } from './content'
import { siteConfig } from './site-config'
import { absoluteUrl } from './urls'

export type PageMetadataInput = {
  /** The page's own title; the site name is added by the layout's template. */
  title?: string
  description: string
  /** Site path, without base path. */
  path: string
  type?: 'website' | 'article' | 'profile'
  noIndex?: boolean
}

/**
 * Every page's metadata comes from here, so no page drops the site-wide tags: canonical URL,
 * Open Graph and Twitter cards, all absolute.
 */
export function pageMetadata({ title, description, path, type = 'website', noIndex }: PageMetadataInput): Metadata {
  const profile = getProfile()
  const url = absoluteUrl(path)
  const fullTitle = title ? `${title} · ${profile.name}` : profile.name
  return {
    title: title ?? { absolute: profile.name },
    description,
    alternates: { canonical: url },
    openGraph: { title: fullTitle, description, url, siteName: profile.name, type, locale: siteConfig.locale },
    twitter: {
      card: 'summary',
      title: fullTitle,
      description,
      ...(profile.twitterHandle ? { creator: profile.twitterHandle, site: profile.twitterHandle } : {}),
    },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}
