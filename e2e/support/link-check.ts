/**
 * The link check both builds must pass (root and BASE_PATH): every internal href/src in every HTML
 * page of an export resolves to a file in it. Used by e2e/sharing-previews.spec.ts and
 * scripts/check-links.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(full)
    return entry.name.endsWith('.html') ? [full] : []
  })
}

/** The file in `outDir` that a URL path under `basePath` is served from, or undefined if none. */
export function fileForUrlPath(outDir: string, urlPath: string, basePath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '')
  if (basePath && clean !== basePath && !clean.startsWith(`${basePath}/`)) return undefined
  const inSite = clean.slice(basePath.length) || '/'
  const candidate = path.join(outDir, inSite)
  if (!candidate.startsWith(path.resolve(outDir))) return undefined
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  const index = path.join(candidate, 'index.html')
  return existsSync(index) ? index : undefined
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g

/** Internal links of every HTML page that resolve to no file: "page -> link" strings, empty when all is well. */
export function brokenLinks(outDir: string, basePath: string, siteUrl?: string): string[] {
  const root = path.resolve(outDir)
  const broken: string[] = []
  for (const file of htmlFiles(root)) {
    const html = readFileSync(file, 'utf8')
    for (const [, raw] of html.matchAll(ATTRIBUTE)) {
      let link = (raw ?? '').replaceAll('&amp;', '&')
      if (siteUrl && link.startsWith(siteUrl)) link = link.slice(siteUrl.length) || '/'
      if (!link.startsWith('/') || link.startsWith('//')) continue
      if (!fileForUrlPath(root, link, basePath)) broken.push(`${path.relative(root, file)} -> ${raw}`)
    }
  }
  return broken
}
