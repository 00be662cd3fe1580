import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export type PageType = 'home' | 'talk' | 'talk-list' | 'case-study' | 'note' | 'note-list' | 'tag' | 'slide' | 'embed'
export type Weight = { html: number; js: number; css: number; images: number; total: number }
export type PageWeight = { type: PageType; path: string; bytes: Weight }

/** Gzipped bytes a page type may load before interaction. Checked by `npm run bench`. */
export const BUDGETS: Record<PageType, Partial<Weight>> = {
  // Next.js 16 and React 19 alone ship 177 KB gzipped to every page (measured on a site with no
  // client component). Pages without a deck or an open search may add only a few KB to that.
  home: { js: 185_000, css: 12_000, html: 12_000, total: 230_000 },
  'talk-list': { js: 185_000, css: 12_000, html: 12_000, total: 230_000 },
  'note-list': { js: 185_000, css: 12_000, html: 30_000, total: 230_000 },
  tag: { js: 185_000, css: 12_000, html: 20_000, total: 230_000 },
  note: { js: 185_000, css: 12_000, html: 20_000, total: 230_000 },
  'case-study': { js: 185_000, css: 12_000, html: 20_000, total: 230_000 },
  // The talk page carries the deck: its slides' HTML, the viewer and the QR code.
  talk: { js: 200_000, css: 12_000, html: 40_000, total: 290_000 },
  // A slide's own page and the embedded deck carry the same deck: they stay within the talk's
  // budget.
  slide: { js: 200_000, css: 12_000, html: 40_000, total: 290_000 },
  embed: { js: 200_000, css: 12_000, html: 40_000, total: 290_000 },
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

function firstPage(outDir: string, folder: string): string | undefined {
  const dir = path.join(outDir, folder)
  if (!existsSync(dir)) return undefined
  const entry = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort()[0]
  return entry ? `/${folder}/${entry}/` : undefined
}

/** The first talk, by name, with a deck of its own: its first slide page and its embed page. */
function firstDeck(outDir: string): { slide?: string; embed?: string } {
  const dir = path.join(outDir, 'talks')
  if (!existsSync(dir)) return {}
  const slug = readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'embed', 'index.html')))
    .sort()[0]
  return slug ? { slide: `/talks/${slug}/slides/1/`, embed: `/talks/${slug}/embed/` } : {}
}

/** One page of each type in out/: the first of each collection, by name. */
export function samplePages(outDir: string): { type: PageType; path: string }[] {
  const deck = firstDeck(outDir)
  const candidates: [PageType, string | undefined][] = [
    ['home', '/'],
    ['talk-list', '/talks/'],
    ['talk', firstPage(outDir, 'talks')],
    ['slide', deck.slide],
    ['embed', deck.embed],
    ['case-study', firstPage(outDir, 'case-studies')],
    ['note-list', '/notes/'],
    ['note', firstPage(outDir, 'notes')],
    ['tag', firstPage(outDir, 'tags')],
  ]
  return candidates.flatMap(([type, p]) => (p ? [{ type, path: p }] : []))
}

/**
 * What a page loads before interaction, gzipped: its HTML, the scripts and stylesheets it
 * references, and the images it shows without lazy loading.
 */
export function measurePage(outDir: string, pagePath: string, basePath = ''): Weight {
  const htmlFile = path.join(outDir, pagePath, 'index.html')
  const html = readFileSync(htmlFile, 'utf8')
  const local = (url: string) => {
    if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined
    const clean = decodeURIComponent(url.split(/[?#]/)[0]!).replace(basePath, '')
    const file = path.join(outDir, clean)
    return existsSync(file) && statSync(file).isFile() ? file : undefined
  }
  const sum = (urls: string[]) =>
    [...new Set(urls)].reduce((total, url) => total + (local(url) ? gz(local(url)!) : 0), 0)
  // Scripts the page preloads count too: a client component loaded through next/dynamic (the slide
  // viewer) is a preload link, not a <script> tag, yet every page that renders it loads it.
  const preloads = [...html.matchAll(/<link\b([^>]*)>/g)]
    .filter((m) => /\srel="preload"/.test(m[1]!) && /\sas="script"/.test(m[1]!))
    .map((m) => /\shref="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((href): href is string => Boolean(href))
  const scripts = [...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!), ...preloads]
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
  const images = [...html.matchAll(/<img\b([^>]*)>/g)]
    .filter((m) => !/loading="lazy"/.test(m[1]!))
    .map((m) => /\ssrc="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => Boolean(src))
  const weight = { html: gz(htmlFile), js: sum(scripts), css: sum(styles), images: sum(images), total: 0 }
  weight.total = weight.html + weight.js + weight.css + weight.images
  return weight
}

export function measureSite(outDir: string, basePath = ''): PageWeight[] {
  return samplePages(outDir).map(({ type, path: p }) => ({ type, path: p, bytes: measurePage(outDir, p, basePath) }))
}

/** Every figure over its budget, as sentences. */
export function overBudget(weights: PageWeight[]): string[] {
  return weights.flatMap(({ type, path: p, bytes }) =>
    (Object.entries(BUDGETS[type]) as [keyof Weight, number][]).flatMap(([kind, limit]) =>
      bytes[kind] > limit ? [`${type} (${p}): ${kind} ${bytes[kind]} B gzipped > budget ${limit} B`] : [],
    ),
  )
}
