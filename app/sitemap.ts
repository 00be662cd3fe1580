import type { MetadataRoute } from 'next'
import { listPublishedPages } from '@/lib/pages/published-pages'
import { absoluteUrl } from '@/lib/core/urls'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  return listPublishedPages().map((page) => ({ url: absoluteUrl(page.path), ...(page.updated ? { lastModified: page.updated } : {}) }))
}
