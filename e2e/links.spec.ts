import { readFileSync } from 'node:fs'
import { parse } from 'node-html-parser'
import { expect, test } from '@playwright/test'
import { allPages, pageFile } from './support/pages'

// No reader meets a dead end: every internal link, fragment and asset of every page in out/
// answers from the local server; external links are listed, never fetched (no network here).

type Ref = { from: string; url: URL }

function references(page: string, origin: string): Ref[] {
  const root = parse(readFileSync(pageFile(page), 'utf8'))
  const base = new URL(page, origin)
  const refs: Ref[] = []
  for (const el of root.querySelectorAll('a[href], link[href], img[src], script[src], source[src], video[src], iframe[src]')) {
    const value = el.getAttribute('href') ?? el.getAttribute('src') ?? ''
    if (!value || /^(mailto|tel):/i.test(value)) continue
    refs.push({ from: page, url: new URL(value, base) })
  }
  for (const el of root.querySelectorAll('meta[http-equiv="refresh"]')) {
    const target = /url=(.+)$/i.exec(el.getAttribute('content') ?? '')?.[1]
    if (target) refs.push({ from: page, url: new URL(target.trim(), base) })
  }
  return refs
}

const idsOf = (html: string) => new Set(parse(html).querySelectorAll('[id]').map((el) => el.id))

test('every internal link, anchor and asset of every page in out/ resolves; external links are listed', async ({ request, baseURL }) => {
  test.setTimeout(180_000)
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
  const pages = allPages()
  expect(pages.length, 'pages in out/ (run `npm run build` first)').toBeGreaterThan(10)
  const refs = pages.flatMap((page) => references(page, origin))
  const internal = refs.filter((r) => r.url.origin === origin)
  const external = [...new Set(refs.filter((r) => r.url.origin !== origin).map((r) => r.url.href))].sort()

  const broken: string[] = []
  const status = new Map<string, number>()
  const bodies = new Map<string, string>()
  for (const { from, url } of internal) {
    const target = url.pathname + url.search
    if (!status.has(target)) {
      const response = await request.get(target, { maxRedirects: 0 })
      status.set(target, response.status())
      if ((response.headers()['content-type'] ?? '').includes('text/html')) bodies.set(target, await response.text())
    }
    if (status.get(target) !== 200) broken.push(`${from} -> ${target}: HTTP ${status.get(target)}`)
    const fragment = decodeURIComponent(url.hash.slice(1))
    // A PDF's fragment is an open parameter of its viewer (RFC 8118: #page=3), not an element id.
    if (fragment && target.toLowerCase().endsWith('.pdf')) {
      if (!/^(page|zoom|view|nameddest|search)=/.test(fragment)) broken.push(`${from} -> ${target}#${fragment}: not a PDF open parameter`)
    } else if (fragment && !idsOf(bodies.get(target) ?? '').has(fragment)) broken.push(`${from} -> ${target}#${fragment}: no element with that id`)
  }
  console.log(`links: ${pages.length} pages, ${internal.length} internal links (${status.size} distinct URLs) checked, ${external.length} external links listed`)
  test.info().annotations.push({ type: 'external links (not fetched)', description: external.join('\n') })
  expect(broken).toEqual([])
})

test('the link check sees a broken fragment (it would fail on a dead anchor)', () => {
  const html = '<p id="here">x</p>'
  expect(idsOf(html).has('here')).toBe(true)
  expect(idsOf(html).has('gone')).toBe(false)
})
