/**
 * The site's settings in one typed object. Its address comes from the environment
 * (site-address.ts); the rest is written here.
 */
import { normalizeBasePath } from './base-path.mjs'
import { siteAddress } from './site-address'

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
  /**
   * Your Bluesky account's DID ("did:plc:…", Bluesky: Settings > Account > Handle > "I have my own
   * domain" > "No DNS panel"), to use the site's own domain as your Bluesky handle: the build
   * publishes it at /.well-known/atproto-did, where Bluesky verifies the handle. Unset: no such file.
   */
  blueskyDid?: string
}

export const siteConfig: SiteConfig = {
  // A getter, so that importing this module never throws: scripts/content-report.ts reports a
  // SiteAddressError as a message, and pages that need no absolute URL need no address.
  get url() {
    return siteAddress().url
  },
  basePath: normalizeBasePath(process.env.BASE_PATH),
  locale: 'en',
  themeColor: '#5865f2',
  shareSlide: true,
}

/**
 * Every page's link-preview image, in pixels: the size Open Graph and Twitter cards show without
 * cropping. lib/og/ draws it; the metadata and the oEmbed response announce it.
 */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const
