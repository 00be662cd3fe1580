import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'node-html-parser'
import { AVATAR_ORIGIN, HOSTILE_TALK_SLUG, PLAYER_ORIGINS, hostileContent } from './fixtures/hostile-content'
import { XSS_PAYLOADS } from './fixtures/xss-payloads'
import { writeStressCorpus } from '../scripts/stress/corpus'
import { listFiles, readContent } from './support/content'
import { buildAndServe, type BasePathSite } from './support/fixture-builds'
import { pageShape } from './support/pages'
import { watchCsp } from './support/csp'
import { expectHydrated } from './support/hydrated'
import { htmlFiles } from './support/link-check'

// Content pasted from anywhere goes through the real build (e2e/fixtures/hostile-content.ts puts
// every payload of xss-payloads.ts into every field an author fills in) and reaches the visitor as
// text only: no dialog opens, no element or attribute of a payload is in any page, even with the
// Content-Security-Policy switched off, and with it on nothing is even attempted. Feeds, the search
// index and the link-preview images are built from the same content.
//
// The same build holds the stress corpus (scripts/stress/corpus.ts, 42 notes: nested folders, a
// web of wikilinks, shared titles, empty files, very long lines, every script, emoji), so one
// build shows that a vault at its most awkward gets a page and a link-preview image per note;
// e2e/stress.spec.ts checks its content steps and its bad files without a build of its own.

test.describe.configure({ mode: 'serial' })

let site: BasePathSite
let urls: string[] = []
/** Notes of the stress corpus in the build. */
const STRESS_NOTES = 42

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000)
  site = await buildAndServe({ content: hostileContent(), generate: (contentDir) => writeStressCorpus(contentDir, STRESS_NOTES) })
  urls = htmlFiles(site.outDir)
    .map((file) => path.relative(site.outDir, file).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('_not-found') && !file.startsWith('admin/'))
    .map((file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file))
    .sort()
})

test.afterAll(async () => {
  await site?.close()
})

const url = (pathname: string) => new URL(pathname, site.baseUrl).href

/**
 * The pages a browser visits, to see what the pages' scripts do with the payloads: every list
 * (home, the indexes, their later pages, /tags/ and the first tag page), every page of the hostile
 * talk and case study but its slide pages, every eighth payload note and every eighth slide page
 * (each slide page's viewer holds the whole deck, every payload of it), and one page of each other
 * shape (a fixture talk, a stress note...), which carries the hostile profile like every page. What
 * the server sends, every page of it, is read from the files (payloadMarkup). Keeps the spec within CI's time.
 */
const visited = () => {
  const firstTag = urls.find((u) => /^tags\/[^/]+\/$/.test(u))
  const slide = (u: string) => /\/slides\/(\d+)\/$/.exec(u)?.[1]
  const hostile = (u: string) =>
    (u.startsWith(`talks/${HOSTILE_TALK_SLUG}/`) && Number(slide(u) ?? 1) % 8 === 1) ||
    u.startsWith('case-studies/hostile-case-study/') ||
    Number(/^notes\/xss-(\d+)\/$/.exec(u)?.[1] ?? 1) % 8 === 0
  const list = (u: string) => u.split('/').filter(Boolean).length <= 1 || /^[^/]+\/page\/\d+\/$/.test(u) || u === firstTag
  const shapes = new Map<string, string>()
  for (const u of urls) if (!u.startsWith('tags/') && !shapes.has(pageShape(`/${u}`))) shapes.set(pageShape(`/${u}`), u)
  return [...new Set([...urls.filter((u) => hostile(u) || list(u)), ...shapes.values()])].sort()
}

/**
 * What of a payload is in a page's HTML as markup, as the server sends it: the same checks as
 * injected() below, on the file. A shortlink's page is a meta refresh to a path of the site.
 */
/**
 * What the renderer itself adds after sanitizing, on the site's own paths: KaTeX's stylesheet on
 * a page with math, and the viewer of an embedded PDF attachment (lib/markdown/obsidian/media.ts);
 * and what a talk page's own view holds: the share row's Mastodon form
 * (components/talks/mastodon-share.tsx), which names no action, so it submits nowhere.
 */
const SITE_OWN = {
  stylesheet: '^/(?:[^/]+/)*katex/katex\\.min\\.css$',
  pdfViewer: '^/(?!/)(?:[^/]+/)*attachments/[^/]+\\.pdf(?:#[\\w=&]*)?$',
  shareForm: 'Share on Mastodon',
}
type Attributes = { url: string; className: string; label: string; submitsTo: string | null }
const isSiteOwn = (tag: string, { url, className, label, submitsTo }: Attributes) =>
  (tag === 'LINK' && new RegExp(SITE_OWN.stylesheet).test(url)) ||
  (tag === 'IFRAME' && className === 'embed-pdf-frame' && new RegExp(SITE_OWN.pdfViewer).test(url)) ||
  (tag === 'FORM' && label === SITE_OWN.shareForm && submitsTo === null)

function payloadMarkup(html: string): string[] {
  const found: string[] = []
  const root = parse(html, { comment: false })
  const describe = (element: { outerHTML: string }) => element.outerHTML.slice(0, 120)
  const policy = root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''
  const base = 'http://127.0.0.1/'
  for (const element of root.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase()
      if (attribute.startsWith('on')) found.push(`handler ${attribute}: ${describe(element)}`)
      if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'background', 'poster'].includes(attribute)) {
        if (attribute === 'srcdoc') found.push(`srcdoc: ${describe(element)}`)
        const protocol = new URL(value, base).protocol
        if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(`${protocol} URL: ${describe(element)}`)
      }
      if (attribute === 'style' && /expression|javascript|url\(/i.test(value)) found.push(`style: ${describe(element)}`)
    }
  }
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src')
    if (src) {
      if (new URL(src, base).origin !== new URL(base).origin) found.push(`foreign script: ${describe(script)}`)
    } else if (script.getAttribute('type') !== 'application/ld+json') {
      const hash = `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`
      if (!policy.includes(hash)) found.push(`unlisted inline script: ${describe(script)}`)
    }
  }
  for (const element of root.querySelectorAll('iframe, frame, object, embed, applet, base, form, meta[http-equiv="refresh"], link[rel="stylesheet"]')) {
    if (element.tagName === 'LINK' && (element.getAttribute('href') ?? '').includes('/_next/')) continue
    const attributes = {
      url: element.getAttribute('href') ?? element.getAttribute('src') ?? '',
      className: element.getAttribute('class') ?? '',
      label: element.getAttribute('aria-label') ?? '',
      submitsTo: element.getAttribute('action') ?? element.getAttribute('method') ?? element.getAttribute('target') ?? null,
    }
    if (isSiteOwn(element.tagName, attributes)) continue
    if (element.tagName === 'META' && /^\d+;\s*url=\/(?!\/)/i.test(element.getAttribute('content') ?? '')) continue
    found.push(`element: ${describe(element)}`)
  }
  return found
}

/** One page per type (a URL with its last segment generalised), and the pages richest in payloads. */
const onePerType = () => {
  const types = new Map<string, string>()
  for (const u of visited()) {
    const parts = u.split('/').filter(Boolean)
    const type = parts.length >= 2 ? `${parts[0]}/*` : u
    if (!types.has(type)) types.set(type, u)
  }
  return [...new Set([...types.values(), `talks/${HOSTILE_TALK_SLUG}/`, 'case-studies/hostile-case-study/', 'notes/xss-0/'])]
}

const outFile = (...parts: string[]) => path.join(site.outDir, ...parts)

/** Everything outside the site (players, the avatar host, payload hosts) is refused, never fetched. */
async function stayLocal(page: Page) {
  await page.route((requested) => !requested.href.startsWith(site.baseUrl), (route) => route.abort())
}

/**
 * What of a payload made it into the live DOM as markup: event-handler attributes, scripts the
 * policy does not list, script-capable URLs, plugin and frame elements, clobbered globals.
 */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(async (own) => {
    const found: string[] = []
    const describe = (element: Element) => element.outerHTML.slice(0, 120)
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''
    const digest = async (text: string) => {
      const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
      return `'sha256-${btoa(String.fromCharCode(...bytes))}'`
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on')) found.push(`handler ${attribute.name}: ${describe(element)}`)
        if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'background', 'poster'].includes(attribute.name)) {
          if (attribute.name === 'srcdoc') found.push(`srcdoc: ${describe(element)}`)
          const protocol = new URL(attribute.value, location.href).protocol
          if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(`${protocol} URL: ${describe(element)}`)
        }
        if (attribute.name === 'style' && /expression|javascript|url\(/i.test(attribute.value)) found.push(`style: ${describe(element)}`)
      }
    }
    for (const script of document.querySelectorAll('script')) {
      if (script.src) {
        if (new URL(script.src).origin !== location.origin) found.push(`foreign script: ${describe(script)}`)
      } else if (script.type !== 'application/ld+json' && !meta.includes(await digest(script.textContent ?? ''))) {
        found.push(`unlisted inline script: ${describe(script)}`)
      }
    }
    for (const element of document.querySelectorAll('iframe, frame, object, embed, applet, base, form, meta[http-equiv="refresh"], link[rel="stylesheet"]:not([href*="/_next/"])')) {
      // The renderer's own, on the site's paths (SITE_OWN, handed in: this runs in the page).
      const url = element.getAttribute('href') ?? element.getAttribute('src') ?? ''
      if (element.tagName === 'LINK' && new RegExp(own.stylesheet).test(url)) continue
      if (element.tagName === 'IFRAME' && element.className === 'embed-pdf-frame' && new RegExp(own.pdfViewer).test(url)) continue
      const submitsTo = element.getAttribute('action') ?? element.getAttribute('method') ?? element.getAttribute('target')
      if (element.tagName === 'FORM' && element.getAttribute('aria-label') === own.shareForm && submitsTo === null) continue
      found.push(`element: ${describe(element)}`)
    }
    if (document.getElementById !== Document.prototype.getElementById) found.push('document.getElementById is clobbered')
    if (typeof document.cookie !== 'string') found.push('document.cookie is clobbered')
    return found
  }, SITE_OWN)
}

test('the hostile content builds: every payload note, the talk, the case study and their tags are pages', () => {
  expect(urls).toContain(`talks/${HOSTILE_TALK_SLUG}/`)
  expect(urls).toContain('case-studies/hostile-case-study/')
  for (let i = 0; i < XSS_PAYLOADS.length; i++) expect(urls).toContain(`notes/xss-${i}/`)
  expect(urls.filter((u) => u.startsWith('tags/')).length).toBeGreaterThan(XSS_PAYLOADS.length)
})

test('the stress corpus builds beside it: a page and a link-preview image per published note, in every script', () => {
  const notes = readContent(path.join(path.dirname(site.outDir), 'content')).filter((entry) => entry.file.startsWith('notes/stress/') && entry.published)
  expect(notes.length).toBeGreaterThanOrEqual(STRESS_NOTES - 1)
  const files = new Set(listFiles(site.outDir))
  const missing = notes.flatMap((note) => [`notes/${note.slug}/index.html`, `og/notes/${note.slug}.png`].filter((file) => !files.has(file)).map((file) => `${note.file}: ${file}`))
  expect(missing).toEqual([])
})

test.describe('with the Content-Security-Policy off, so only escaping and sanitizing protect', () => {
  test.use({ bypassCSP: true })

  test('no page holds an element, attribute or script of a payload in the HTML it is sent as, and each note heads with its payload as text', () => {
    const problems: string[] = []
    for (const pathname of urls) {
      const html = readFileSync(outFile(pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname), 'utf8')
      problems.push(...payloadMarkup(html).map((problem) => `/${pathname}: ${problem}`))
      const note = /^notes\/xss-(\d+)\/$/.exec(pathname)
      if (note) expect(parse(html).querySelector('h1')?.textContent, pathname).toBe(`${note[1]}: ${XSS_PAYLOADS[Number(note[1])]}`)
    }
    expect(urls.filter((u) => /^notes\/xss-\d+\/$/.test(u))).toHaveLength(XSS_PAYLOADS.length)
    expect(problems).toEqual([])
  })

  test('no page opens a dialog or holds payload markup once its scripts ran: every list and hostile page, and a page of each other shape', async ({ page }) => {
    test.setTimeout(5 * 60_000)
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`)
      await dialog.dismiss()
    })
    await stayLocal(page)
    const problems: string[] = []
    const pages = visited()
    expect(pages).toContain(`talks/${HOSTILE_TALK_SLUG}/`)
    expect(pages.filter((u) => /^notes\/xss-\d+\/$/.test(u)).length).toBeGreaterThan(0)
    for (const pathname of pages) {
      await page.goto(url(pathname), { waitUntil: 'load' })
      await expectHydrated(page, pathname)
      problems.push(...(await injected(page)).map((problem) => `/${pathname}: ${problem}`))
      // A payload shows as the text that was written, in its note's heading.
      const note = /^notes\/xss-(\d+)\/$/.exec(pathname)
      if (note) await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${note[1]}: ${XSS_PAYLOADS[Number(note[1])]}`)
    }
    expect(problems).toEqual([])
    expect(dialogs).toEqual([])
  })

  test('searching for payload words shows results as text, and opens no dialog', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await stayLocal(page)
    await page.goto(site.baseUrl)
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible()
    for (const query of ['onerror', 'script alert', 'javascript', 'iframe srcdoc']) {
      await page.keyboard.press('/')
      const dialog = page.getByRole('dialog', { name: 'Search the site' })
      await dialog.getByRole('searchbox').fill(query)
      await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(), query).toBeVisible()
      expect(await injected(page), query).toEqual([])
      await page.keyboard.press('Escape')
    }
    expect(dialogs).toEqual([])
  })
})

test.describe('with the Content-Security-Policy on', () => {
  test('no page type of the hostile build reports a single violation', async ({ page }) => {
    test.setTimeout(3 * 60_000)
    const violations = await watchCsp(page)
    await stayLocal(page)
    for (const pathname of onePerType()) {
      await page.goto(url(pathname), { waitUntil: 'load' })
      await expectHydrated(page, pathname)
      expect(await violations(), pathname).toEqual([])
    }
  })

  test('the avatar’s host is allowed for images on every page, and the players’ origins for frames', () => {
    const html = readFileSync(outFile('index.html'), 'utf8')
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? ''
    expect(policy).toMatch(new RegExp(`img-src [^;]*${AVATAR_ORIGIN}`))
    for (const origin of PLAYER_ORIGINS) expect(policy).toMatch(new RegExp(`frame-src [^;]*${origin}`))
  })

  test('a talk reached through a link loads each player on a click with no violation', async ({ page }) => {
    const violations = await watchCsp(page)
    await stayLocal(page)
    await page.goto(url('talks/'))
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible()
    // A client-side navigation: the talk page runs under the list page's policy.
    await page.getByRole('main').getByRole('link', { name: /Hostile talk/ }).first().click()
    await expect(page).toHaveURL(new RegExp(`/talks/${HOSTILE_TALK_SLUG}/`))
    const placeholders = page.getByRole('button', { name: /^Load / })
    await expect(placeholders).toHaveCount(3)
    while ((await placeholders.count()) > 0) await placeholders.first().click()
    const frames = page.locator('iframe')
    await expect(frames).toHaveCount(3)
    const origins = await frames.evaluateAll((elements) => elements.map((f) => new URL((f as HTMLIFrameElement).src).origin))
    expect(origins.sort()).toEqual([...PLAYER_ORIGINS].sort())
    expect(await violations()).toEqual([])
  })
})

test('the feeds parse as XML and JSON and carry no markup from content in any text field', async ({ page }) => {
  // A reader may render any text field as HTML: tags are taken out (lib/core/escape.ts withoutTags),
  // so the talk's title reaches it as the text around its payload, and no field holds a tag or handler.
  const title = "Hostile talk alert('xss-1')"
  const description = "A talk whose every field is hostile: alert('xss-1')"
  const markupLike = (text: string) => /<[a-z/!?]|\bon[a-z]+\s*=/i.test(text)
  for (const feed of ['feed.xml', 'atom.xml']) {
    const xml = readFileSync(outFile(feed), 'utf8')
    const read = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml')
      // Every text and attribute value as the XML gives it, and as HTML shows it (an element's count and its text).
      const values = [...doc.querySelectorAll('*')].flatMap((element) => [
        ...(element.children.length === 0 ? [element.textContent ?? ''] : []),
        ...[...element.attributes].map((attribute) => attribute.value),
      ])
      const asHtml = values.map((value) => new DOMParser().parseFromString(value, 'text/html').body)
      return {
        error: doc.getElementsByTagName('parsererror').length,
        elements: ['script', 'img', 'iframe', 'svg', 'a'].reduce((n, tag) => n + doc.getElementsByTagName(tag).length, 0) + asHtml.reduce((n, body) => n + body.querySelectorAll('*').length, 0),
        values,
        shown: asHtml.map((body) => body.textContent ?? ''),
      }
    }, xml)
    expect(read.error, feed).toBe(0)
    expect(read.elements, feed).toBe(0)
    expect([...read.values, ...read.shown].filter(markupLike), feed).toEqual([])
    expect(read.shown, feed).toContain(title)
    expect(read.shown.some((text) => text.startsWith(description)), feed).toBe(true)
  }
  const json = JSON.parse(readFileSync(outFile('feed.json'), 'utf8')) as { items: Record<string, unknown>[] }
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : []
  expect(strings(json).filter(markupLike)).toEqual([])
  expect(json.items.map((item) => item.title)).toContain(title)
  // content_html is HTML to a reader: its text is the description, and it holds no element.
  const shown = await page.evaluate(
    (htmls) =>
      htmls.map((html) => {
        const body = new DOMParser().parseFromString(html, 'text/html').body
        return { text: body.textContent ?? '', markup: body.querySelectorAll('*').length }
      }),
    json.items.map((item) => String(item.content_html ?? '')),
  )
  expect(shown.reduce((n, item) => n + item.markup, 0)).toBe(0)
  expect(shown.map((item) => item.text).filter(markupLike)).toEqual([])
  expect(shown.some((item) => item.text.startsWith(description))).toBe(true)
})

test('the search index and a link-preview image of each page are built', () => {
  const entry = JSON.parse(readFileSync(outFile('pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }
  expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBeGreaterThan(XSS_PAYLOADS.length)
  const missing: string[] = []
  for (const pathname of urls.filter((u) => u.endsWith('/'))) {
    const html = readFileSync(outFile(pathname, 'index.html'), 'utf8')
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    if (!image) continue
    const file = outFile(decodeURIComponent(new URL(image.replaceAll('&amp;', '&')).pathname))
    if (!existsSync(file) || !readFileSync(file).subarray(1, 4).equals(Buffer.from('PNG'))) missing.push(`/${pathname} -> ${image}`)
  }
  expect(missing).toEqual([])
  for (let i = 0; i < XSS_PAYLOADS.length; i++) expect(existsSync(outFile('og', 'notes', `xss-${i}.png`)), `og/notes/xss-${i}.png`).toBe(true)
})
