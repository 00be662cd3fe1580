/**
 * The one place that knows where the site lives. SITE_URL is the public origin
 * (https://talks.example.com); BASE_PATH is set for project sites served from a sub-folder
 * (BASE_PATH=/talks-site for https://user.github.io/talks-site/). next.config.mjs reads the same
 * BASE_PATH variable, because Next needs it before any TypeScript is loaded.
 */
export type SiteConfig = {
  /** Origin, without a trailing slash. */
  url: string
  /** "" or "/sub/folder", without a trailing slash. */
  basePath: string
  locale: string
  /** Link previews on Discord use it as the embed colour. */
  themeColor: string
  /** Append a last slide with the talk's short URL and QR code to every deck, for the end of a talk. */
  shareSlide: boolean
}

function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/\/+$/, '')
  if (!trimmed) return ''
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

export const siteConfig: SiteConfig = {
  url: (process.env.SITE_URL ?? 'https://example.com').replace(/\/+$/, ''),
  basePath: normalizeBasePath(process.env.BASE_PATH),
  locale: 'en',
  themeColor: '#5865f2',
  shareSlide: true,
}
