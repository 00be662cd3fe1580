/**
 * Where the site lives, decided from the environment. SITE_URL is the public origin
 * (https://talks.example.com); BASE_PATH is set for project sites served from a sub-folder
 * (BASE_PATH=/talks-site for https://user.github.io/talks-site/). next.config.mjs reads the same
 * BASE_PATH variable, because Next needs it before any TypeScript is loaded.
 *
 * Without SITE_URL a build on your machine (or the test suite in CI) uses a placeholder that is
 * visibly one, and the build report says so; a build that publishes the site (see
 * detectDeployment) is refused instead, because every canonical link, feed, link preview and the
 * QR code on every deck would point at the placeholder.
 */
import { normalizeBasePath } from './base-path.mjs'

export type Env = Readonly<Record<string, string | undefined>>

/**
 * What a build without SITE_URL writes into absolute URLs. The reserved `.invalid` top-level
 * domain (RFC 2606) never resolves, and the name says what is missing wherever it shows up: in a
 * page's source, a feed, or a decoded QR code.
 */
export const PLACEHOLDER_SITE_URL = 'https://site-url-not-set.invalid'

/** A build that publishes the site, as its host (or you) says in the environment. */
export type Deployment = {
  /** Who says so, for messages: 'Netlify (NETLIFY=true, CONTEXT=production)'. */
  by: string
  /** Where to set SITE_URL on that host. */
  howToSet: string
  /** The site's address as the host gives it, when it gives one. */
  hostUrl?: { url: string; from: string }
}

export type SiteAddress = {
  /** Origin, without a trailing slash. */
  url: string
  basePath: string
  /** Where `url` came from: 'SITE_URL', a host's variable, or 'placeholder'. */
  source: string
  deployment?: Deployment
}

/** SITE_URL is missing on a deployment, or malformed anywhere: the build must stop. */
export class SiteAddressError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SiteAddressError'
  }
}

const EXAMPLE = 'SITE_URL=https://talks.example.com'

const truthy = (value: string | undefined) => /^(1|true|yes)$/i.test((value ?? '').trim())
const falsy = (value: string | undefined) => /^(0|false|no)$/i.test((value ?? '').trim())
const set = (value: string | undefined): value is string => Boolean(value?.trim())

/**
 * Whether this build publishes the site. Recognised from the hosts' own variables, or from
 * SITE_DEPLOY=1 (any other host; the GitHub Pages workflow sets it). SITE_DEPLOY=0 says it is not
 * one, whatever the host. CI=true alone is not a deployment: the test suite builds the site too.
 */
function detectDeployment(env: Env): Deployment | undefined {
  if (falsy(env.SITE_DEPLOY)) return undefined
  // Netlify: `netlify dev` runs with CONTEXT=dev; every other context publishes. URL is the site's
  // main address (its custom domain when it has one), the same for previews, as a canonical should be.
  if (env.NETLIFY === 'true' && env.CONTEXT !== 'dev') {
    return {
      by: `Netlify (NETLIFY=true, CONTEXT=${env.CONTEXT ?? 'unset'})`,
      howToSet: 'in Netlify: Site configuration -> Environment variables',
      hostUrl: set(env.URL) ? { url: env.URL, from: "Netlify's URL" } : undefined,
    }
  }
  // Vercel: VERCEL_PROJECT_PRODUCTION_URL is the production domain without a scheme; it is set when
  // the project exposes its system environment variables. VERCEL_ENV=development is `vercel dev`.
  if (env.VERCEL === '1' && env.VERCEL_ENV !== 'development') {
    return {
      by: `Vercel (VERCEL=1, VERCEL_ENV=${env.VERCEL_ENV ?? 'unset'})`,
      howToSet: 'in Vercel: Project Settings -> Environment Variables',
      hostUrl: set(env.VERCEL_PROJECT_PRODUCTION_URL)
        ? { url: `https://${env.VERCEL_PROJECT_PRODUCTION_URL.trim()}`, from: "Vercel's VERCEL_PROJECT_PRODUCTION_URL" }
        : undefined,
    }
  }
  // Cloudflare Pages: CF_PAGES_URL is not used, since it names this one deployment
  // (https://<hash>.<project>.pages.dev), not the site: canonical links and QR codes would point at
  // a copy that the next deployment leaves behind.
  if (env.CF_PAGES === '1') {
    return {
      by: 'Cloudflare Pages (CF_PAGES=1)',
      howToSet: 'in Cloudflare: your Pages project -> Settings -> Variables and Secrets (CF_PAGES_URL names one deployment, not the site)',
    }
  }
  if (truthy(env.SITE_DEPLOY)) {
    const github = env.GITHUB_ACTIONS === 'true'
    return {
      by: github ? 'GitHub Actions (SITE_DEPLOY=1)' : 'SITE_DEPLOY=1',
      howToSet: github
        ? '.github/workflows/pages.yml takes it from the repository\'s Pages settings: in Settings -> Pages, set Source to "GitHub Actions"'
        : `in your host's environment variables, or on the command line: ${EXAMPLE} SITE_DEPLOY=1 npm run build`,
    }
  }
  return undefined
}

/** Hosts that are never a speaker's site: documentation examples and local addresses. */
const NOT_REAL = /(^|\.)(example\.(com|org|net)|example|invalid|test|localhost)$|^(127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i

/** An http(s) origin, without a trailing slash, or a SiteAddressError naming the variable. */
function parseOrigin(value: string, from: string): string {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new SiteAddressError(`${from} must be the site's address, such as https://talks.example.com; got "${value}".`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteAddressError(`${from} must start with https:// (or http://); got "${value}".`)
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new SiteAddressError(`${from} must be the site's address only, such as https://talks.example.com; got "${value}".`)
  }
  if (url.pathname !== '/') {
    throw new SiteAddressError(
      `${from} must be an origin without a path; got "${value}". For a site in a sub-folder set ` +
        `SITE_URL=${url.origin} BASE_PATH=${url.pathname.replace(/\/+$/, '')}.`,
    )
  }
  return url.origin
}

/**
 * Where the site lives, decided from the environment: SITE_URL if set, else the address the host
 * gives, else, on a deployment, a SiteAddressError that says how to set SITE_URL, and anywhere else
 * the placeholder.
 */
export function resolveSiteAddress(env: Env): SiteAddress {
  const deployment = detectDeployment(env)
  const basePath = normalizeBasePath(env.BASE_PATH)
  if (set(env.SITE_URL)) {
    const url = parseOrigin(env.SITE_URL, 'SITE_URL')
    if (deployment && NOT_REAL.test(new URL(url).hostname)) {
      throw new SiteAddressError(
        `SITE_URL is ${url}, which is not a public address, and this build publishes the site (${deployment.by}). ` +
          `Set SITE_URL to your site's address, e.g. ${EXAMPLE}, ${deployment.howToSet}.`,
      )
    }
    return { url, basePath, source: 'SITE_URL', deployment }
  }
  if (deployment?.hostUrl) {
    return { url: parseOrigin(deployment.hostUrl.url, deployment.hostUrl.from), basePath, source: deployment.hostUrl.from, deployment }
  }
  if (deployment) {
    throw new SiteAddressError(
      `SITE_URL is not set, and this build publishes the site (${deployment.by}): canonical links, feeds, ` +
        `link previews and the QR code on every deck would point at ${PLACEHOLDER_SITE_URL}.\n` +
        `Set SITE_URL to your site's address, e.g. ${EXAMPLE}, ${deployment.howToSet}.`,
    )
  }
  return { url: PLACEHOLDER_SITE_URL, basePath, source: 'placeholder' }
}

/** The build report's lines about the address, e.g. "site address: https://talks.example.com/ (from SITE_URL)". */
export function describeSiteAddress(address: SiteAddress): string[] {
  const where = `${address.url}${address.basePath}/`
  if (address.source === 'placeholder') {
    return [
      `site address: ${where} is a PLACEHOLDER (SITE_URL is not set)`,
      '  canonical links, feeds, link previews and deck QR codes point nowhere: fine for trying the site out;',
      `  to publish it, set the address, e.g. ${EXAMPLE} npm run build (see "Deploying" in the README)`,
    ]
  }
  return [`site address: ${where} (from ${address.source}${address.deployment ? `; a deployment: ${address.deployment.by}` : ''})`]
}

let resolved: SiteAddress | undefined
/** This build's address, from process.env; throws SiteAddressError on the first use, not on import. */
export function siteAddress(): SiteAddress {
  resolved ??= resolveSiteAddress(process.env)
  return resolved
}
