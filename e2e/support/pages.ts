/**
 * The pages of the export, read from out/ so the checks cover every page type that exists,
 * including ones added later, without a hard-coded list.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { exportShell, isNotFoundPageFile, sitePathOfFile } from '../../lib/core/export-shell'
import { listFiles, OUT } from './content'

/** URL path of each HTML page in out/ ("/", "/talks/", "/talks/x/", "/404.html"), sorted. */
export function allPages(outDir = OUT): string[] {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .filter((file) => !file.startsWith('_not-found/') && file !== '_not-found.html')
    .map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort()
}

/** The out/ file behind a page URL. */
export const pageFile = (url: string, outDir = OUT) => path.join(outDir, url.endsWith('/') ? `${url}index.html` : url)

/** A shortlink page: a meta refresh to the real page, nothing for a reader to see. */
export const isRedirect = (url: string) => /<meta[^>]+http-equiv="refresh"/i.test(readFileSync(pageFile(url), 'utf8'))

/**
 * A page type is a URL with its last dynamic segment generalised: "/talks/x/" and "/talks/y/" are
 * one type, "/talks/" another. One URL (the first) stands for each type.
 */
export function onePagePerType(): { type: string; url: string }[] {
  const types = new Map<string, string>()
  // A page served at two URLs with the same bytes (the not-found page, /404.html and /404/) is one page.
  const seen = new Set<string>()
  for (const url of allPages().filter((u) => !isRedirect(u))) {
    const parts = url.split('/').filter(Boolean)
    const type = parts.length >= 2 ? `/${parts[0]}/*/` : url
    const html = readFileSync(pageFile(url), 'utf8')
    if (!types.has(type) && !seen.has(html)) types.set(type, url)
    seen.add(html)
  }
  return [...types].map(([type, url]) => ({ type, url }))
}

/**
 * A page's shape: its URL with the slug and every number generalised, so "/talks/x/" and
 * "/talks/y/" are one shape, "/talks/x/slides/3/" another, "/notes/page/2/" a third.
 */
export const pageShape = (url: string) =>
  url
    .split('/')
    .map((part, i) => (i === 2 || /^\d+$/.test(part) ? '*' : part))
    .join('/')

/** One URL (the first) of each page shape in out/, shortlinks aside. */
export function onePagePerShape(pages = allPages()): string[] {
  const shapes = new Map<string, string>()
  for (const url of pages.filter((u) => !isRedirect(u))) if (!shapes.has(pageShape(url))) shapes.set(pageShape(url), url)
  return [...shapes.values()]
}

/**
 * Pages of an export that came out without their content (lib/core/export-shell.ts, the rule the build
 * applies): "url: kind" strings, empty when every page has its own content.
 */
export function shellPages(outDir = OUT): string[] {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html') && !isNotFoundPageFile(file))
    .flatMap((file) => {
      const kind = exportShell(readFileSync(path.join(outDir, file), 'utf8'))
      return kind ? [`${sitePathOfFile(file)}: ${kind}`] : []
    })
}
