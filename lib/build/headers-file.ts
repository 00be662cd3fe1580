/**
 * Reads a Netlify / Cloudflare Pages `_headers` file (public/_headers, copied to out/), so the
 * local server (scripts/serve.ts) sends the same headers as those hosts: a line holding a path
 * pattern starts a rule, indented `Name: value` lines under it are its headers, `#` starts a
 * comment. `*` matches any run of characters, as on those hosts. A line `! Name` detaches the
 * header `Name` that earlier matching rules gave (Cloudflare Pages' syntax), so one path (a talk's
 * embed page) can replace the site-wide policy rather than add a second one to it.
 */
export type HeaderRule = { pattern: string; headers: [string, string][]; detach?: string[] }

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] })
      continue
    }
    const rule = rules.at(-1)
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line)
    if (rule && detach) {
      ;(rule.detach ??= []).push(detach[1]!.toLowerCase())
      continue
    }
    const colon = line.indexOf(':')
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule, or without ":": ${line.trim()}`)
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
  }
  return rules
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

/** The headers for a path (relative to the site's root), in file order; repeated names join with ", ". */
export function headersFor(rules: HeaderRule[], urlPath: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split('*').map(escapeRegExp).join('.*')}$`)
    if (!pattern.test(urlPath)) continue
    for (const name of rule.detach ?? []) headers.delete(name)
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase()
      const previous = headers.get(key)
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`)
    }
  }
  return headers
}

/** Types that are text although not text/*: a host sends them with a charset too. */
const TEXTUAL = /^application\/(?:json|xml|javascript|[\w.-]+\+(?:xml|json))$/

/**
 * The Content-Type a host sends for a file whose type by extension is `type` ('' when the extension
 * names none): text with its charset (every file the build writes is UTF-8; a text/xml feed without
 * one is ASCII by RFC 3023, and feed readers flag it), and an unknown type as
 * application/octet-stream, as Netlify, Cloudflare Pages and nginx send it, never empty. A file
 * that needs another type gets it from a `_headers` rule, which the server applies first.
 */
export function servedContentType(type: string): string {
  if (type === '') return 'application/octet-stream'
  if (/;\s*charset=/i.test(type) || !(type.startsWith('text/') || TEXTUAL.test(type))) return type
  return `${type}; charset=utf-8`
}
