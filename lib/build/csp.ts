/**
 * The Content-Security-Policy of the static export. Next's export writes inline scripts (the RSC
 * payload, `self.__next_f.push(...)`) that differ on every page, so one policy for the whole site
 * would need 'unsafe-inline'. Instead scripts/finish-export.ts gives each page a
 * `<meta http-equiv="Content-Security-Policy">` that allows exactly that page's inline scripts by
 * their SHA-256, and public/_headers adds what a meta tag cannot say (frame-ancestors).
 *
 * Everything but script-src is the same on every page: after a client-side navigation the first
 * page's policy stays in force, so a talk reached through a link must find its players' origins
 * (and any page's image hosts) already allowed.
 */
import { createHash } from 'node:crypto'

/** Script types a browser executes; JSON-LD and other data blocks are not scripts to CSP. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript'])

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attributes)
  if (!match) return undefined
  return match[1] ?? match[2] ?? match[3] ?? ''
}

/** `'sha256-…'` of every inline script a browser would run, in page order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (attribute(attributes, 'src') !== undefined) continue
    const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase()
    if (!EXECUTABLE_TYPES.has(type)) continue
    // The browser hashes the element's text exactly as written: raw text, UTF-8, no entity decoding.
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

export type ExternalSources = { img: string[]; frame: string[]; media: string[] }

const decodeAmp = (value: string) => value.replaceAll('&amp;', '&')

/** The origin of an absolute http(s) URL, `data:` for a data URL, else undefined (same-origin paths). */
export function sourceOf(url: string): string | undefined {
  const value = decodeAmp(url.trim())
  if (/^data:/i.test(value)) return 'data:'
  if (!/^https?:\/\//i.test(value) && !value.startsWith('//')) return undefined
  try {
    return new URL(value, 'https://site.invalid').origin
  } catch {
    return undefined
  }
}

const TAG = /<(img|source|iframe|video|audio)\b([^>]*)>/gi

/** External origins a page's HTML loads images, frames and media from. */
export function externalSources(html: string): ExternalSources {
  const found: ExternalSources = { img: [], frame: [], media: [] }
  for (const [, rawName = '', attributes = ''] of html.matchAll(TAG)) {
    const name = rawName.toLowerCase()
    const src = attribute(attributes, 'src')
    const srcset = attribute(attributes, 'srcset')
    const urls = [src, ...(srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0])]
    const origins = urls.filter((u): u is string => Boolean(u)).map(sourceOf).filter((o): o is string => Boolean(o))
    // <source> serves <picture> (srcset: images) and <video>/<audio> (src: media).
    const target = name === 'iframe' ? found.frame : name === 'img' || (name === 'source' && srcset) ? found.img : found.media
    target.push(...origins)
  }
  return found
}

/** Joins sources, dropping repeats, sorted so the policy is the same from build to build. */
export function mergeSources(...lists: ExternalSources[]): ExternalSources {
  const merge = (key: keyof ExternalSources) => [...new Set(lists.flatMap((list) => list[key]))].sort()
  return { img: merge('img'), frame: merge('frame'), media: merge('media') }
}

/**
 * The page's policy. `style-src-attr 'unsafe-inline'`: React's `style={...}` props and Shiki's
 * token colours are style attributes, which cannot carry a hash or nonce; attributes cannot hold
 * selectors, so allowing them does not allow the CSS-injection tricks a `<style>` element would,
 * and `<style>` elements stay limited to the site's own stylesheets.
 */
export function pagePolicy(scriptHashes: string[], sources: ExternalSources): string {
  const list = (base: string[], extra: string[]) => [...base, ...extra].join(' ')
  return [
    "default-src 'self'",
    `script-src ${list(["'self'", "'wasm-unsafe-eval'"], scriptHashes)}`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    `img-src ${list(["'self'"], sources.img)}`,
    `media-src ${list(["'self'"], sources.media)}`,
    `frame-src ${list(["'self'"], sources.frame)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

const META_MARK = /<meta http-equiv="Content-Security-Policy"[^>]*>/i

/**
 * The page with its policy as the first thing after `<meta charset>`: a meta policy only governs
 * what comes after it, so it must precede every script. Replaces a policy already there, so a
 * second run over out/ gives the same files.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}"/>`
  if (META_MARK.test(html)) return html.replace(META_MARK, meta)
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html)
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length)
  const head = /<head\b[^>]*>/i.exec(html)
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in')
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length)
}
