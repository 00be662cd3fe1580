/**
 * A link to any page pasted into Twitter/X or Discord: the crawler reads the tags, fetches the
 * image, and search engines and feed readers find every published page and nothing else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { COLLECTIONS, OUT, readContent } from './support/content'
import { brokenLinks, fileForUrlPath } from './support/link-check'
import { allPages } from './support/pages'

/** The site URL the build used, read from the home page's canonical link. */
function siteOrigin(): { origin: string; basePath: string } {
  const html = readFileSync(path.join(OUT, 'index.html'), 'utf8')
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
  if (!canonical) throw new Error('the home page has no canonical link')
  const url = new URL(canonical)
  return { origin: url.origin, basePath: url.pathname.replace(/\/$/, '') }
}

const { origin, basePath } = siteOrigin()

/** The file in out/ an absolute site URL is served from. */
function fileFor(url: string): string | undefined {
  expect(url.startsWith(`${origin}/`), `${url} is absolute on ${origin}`).toBe(true)
  return fileForUrlPath(OUT, new URL(url).pathname, basePath)
}

// Each published page's path, as the content says it (a note in a folder or at its permalink
// included); the pages that only send the reader on are not in feeds or the sitemap.
const content = readContent().filter((entry) => entry.published)
const published = (collection: string) => content.filter((entry) => entry.collection === collection).map((entry) => `/${entry.page}/`)

const contentPages = COLLECTIONS.flatMap(published)
const firstOf = (collection: string) => published(collection)[0]
const pageTypes = {
  home: '/',
  'talk list': '/talks/',
  talk: firstOf('talks'),
  'case study': firstOf('case-studies'),
  note: firstOf('notes'),
  'tag index': '/tags/',
  // Tags are no collection of the content: a tag's page is the first the export has.
  tag: allPages().find((url) => /^\/tags\/[^/]+\/$/.test(url)),
}

async function meta(page: Page, key: string) {
  return page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content')
}

function pngSize(file: string) {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

for (const [type, sitePath] of Object.entries(pageTypes)) {
  test(`a ${type} link shows a large preview card with an absolute 1200x630 PNG image`, async ({ page }) => {
    test.skip(!sitePath, `no published ${type}`)
    await page.goto(`${basePath}${sitePath}`)
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
    expect(canonical).toBe(new URL(`${origin}${basePath}${sitePath}`).href)
    expect(await meta(page, 'og:url')).toBe(canonical)
    for (const key of ['og:title', 'og:description', 'og:site_name', 'og:type', 'og:image:alt', 'description']) {
      expect(await meta(page, key), key).toBeTruthy()
    }
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image')
    expect(await meta(page, 'twitter:creator') ?? (await meta(page, 'twitter:site'))).toMatch(/^@\w+/)
    expect(await meta(page, 'theme-color')).toMatch(/^#[0-9a-f]{6}$/i)
    expect(await meta(page, 'og:image:width')).toBe('1200')
    expect(await meta(page, 'og:image:height')).toBe('630')
    const image = fileFor((await meta(page, 'og:image')) ?? '')
    expect(image, 'og:image is a file in out/').toBeTruthy()
    expect(pngSize(image!)).toEqual({ width: 1200, height: 630 })
    expect(await meta(page, 'twitter:image')).toBe(await meta(page, 'og:image'))
  })

  test(`a ${type} page's structured data parses as JSON-LD`, async ({ page }) => {
    test.skip(!sitePath, `no published ${type}`)
    await page.goto(`${basePath}${sitePath}`)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(blocks.length).toBeGreaterThan(0)
    const types = blocks.map((text) => {
      const data = JSON.parse(text) as Record<string, unknown>
      expect(data['@context']).toBe('https://schema.org')
      expect(typeof data['@type']).toBe('string')
      return data['@type']
    })
    if (sitePath === '/') expect(types).toContain('ProfilePage')
    else expect(types).toContain('BreadcrumbList')
    if (sitePath?.startsWith('/talks/') && sitePath !== '/talks/') expect(types).toContain('PresentationDigitalDocument')
    if (sitePath?.startsWith('/notes/') || sitePath?.startsWith('/case-studies/')) expect(types).toContain('Article')
  })
}

test('the feeds list every published talk, case study and note and nothing else', async ({ request }) => {
  // Absolute URLs are percent-encoded (RFC 3986): /notes/東京メモ/ is /notes/%E6%9D%B1.../ in a feed.
  const expected = contentPages.map((p) => new URL(`${origin}${basePath}${p}`).href).sort()
  const rss = await (await request.get(`${basePath}/feed.xml`)).text()
  expect([...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).slice(1).sort()).toEqual(expected)
  const atom = await (await request.get(`${basePath}/atom.xml`)).text()
  expect([...atom.matchAll(/<entry>[\s\S]*?<link href="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(expected)
  const json = (await (await request.get(`${basePath}/feed.json`)).json()) as { items: { url: string }[] }
  expect(json.items.map((item) => item.url).sort()).toEqual(expected)
  expect(rss).not.toMatch(/Note:/)
})

test('the sitemap lists every published page and nothing else, and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get(`${basePath}/sitemap.xml`)).text()
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
  for (const url of listed) expect(fileFor(url), `${url} is a page in out/`).toBeTruthy()
  // A talk's slides have pages of their own (/talks/x/slides/3/), listed too.
  const isSlidePage = (url: string) => /\/talks\/[^/]+\/slides\/\d+\/$/.test(url)
  // Everything but the home page, the speaker kit, the lists and the tags is a talk, case study or note.
  const isList = (url: string) => {
    const sitePath = new URL(url).pathname.slice(basePath.length)
    return sitePath === '/' || sitePath === '/speaker/' || sitePath.startsWith('/tags/') || COLLECTIONS.some((c) => sitePath === `/${c}/`)
  }
  expect(listed).toContain(new URL(`${origin}${basePath}/speaker/`).href)
  const listedContent = listed.filter((url) => !isSlidePage(url) && !isList(url))
  expect(listedContent.sort()).toEqual(contentPages.map((p) => new URL(`${origin}${basePath}${p}`).href).sort())
  const slidePages = contentPages
    .filter((p) => p.startsWith('/talks/') && existsSync(path.join(OUT, p, 'slides')))
    .flatMap((p) => readdirSync(path.join(OUT, p, 'slides')).map((n) => new URL(`${origin}${basePath}${p}slides/${n}/`).href))
  expect(slidePages.length).toBeGreaterThan(0)
  expect(listed.filter(isSlidePage).sort()).toEqual(slidePages.sort())
  const robots = await (await request.get(`${basePath}/robots.txt`)).text()
  expect(robots).toContain(`Sitemap: ${origin}${basePath}/sitemap.xml`)
})

test('every page links to feeds with absolute URLs and every internal link resolves to a file', async ({ page }) => {
  await page.goto(`${basePath}/`)
  const feeds = await page.locator('head link[rel="alternate"][type*="xml"], head link[rel="alternate"][type*="json"]').evaluateAll(
    (links) => links.map((link) => link.getAttribute('href') ?? ''),
  )
  expect(feeds.length).toBe(3)
  for (const feed of feeds) expect(fileFor(feed), feed).toBeTruthy()
  expect(existsSync(path.join(OUT, '.nojekyll'))).toBe(true)
  expect(brokenLinks(OUT, basePath, origin)).toEqual([])
})
