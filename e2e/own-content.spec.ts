import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { parseFeed } from '@rowanmanning/feed-parser'
import { parseJsonFeed, parseRssFeed } from 'feedsmith'
import RssParser from 'rss-parser'
import { atomErrors, previewCard, sitemapErrors } from './support/clients'
import { CONTENT, FIXTURE_BUILD_DIR, OUT, ROOT, listFiles } from './support/content'
import { findLeaks, privateText } from './support/leaks'
import { brokenLinks } from './support/link-check'
import { shellPages } from './support/pages'

// What the suite checks of any speaker's content, whatever it is: the site built from it
// (`npm run build`, which `npm test` runs before the specs) has every page with its own content,
// no internal link that leads nowhere, and none of the private text (drafts, unpublished notes,
// speaker notes) in any file. The same checks run on the fixture site too: content the speaker's
// folder does not share, which proves they hold for a folder other than the one they were
// written against. No browser: they read the files a static host would serve, as the clients that
// meet the site read them: feed readers' parsers, the Atom and sitemap schemas, a link-preview reader.

const sites = [
  { name: "the speaker's own content/ and out/", content: path.join(ROOT, 'content'), out: path.join(ROOT, 'out') },
  { name: 'the fixture site', content: CONTENT, out: OUT },
]

for (const site of sites) {
  test.describe(site.name, () => {
    test.beforeAll(() => {
      expect(existsSync(path.join(site.out, 'index.html')), `${site.out}/index.html (run \`npm run build\` first)`).toBe(true)
    })

    test('every page shows its own content: none is the error or the not-found shell', () => {
      expect(listFiles(site.out).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(3)
      expect(shellPages(site.out)).toEqual([])
    })

    test('every internal link, image and script of every page leads to a file of the export', () => {
      // The base path the site was built with: the one in its home page's own stylesheet link.
      const home = readFileSync(path.join(site.out, 'index.html'), 'utf8')
      const basePath = /href="([^"]*)\/_next\/static\//.exec(home)?.[1] ?? ''
      expect(brokenLinks(site.out, basePath)).toEqual([])
    })

    test('no file of the export holds a line of a draft, an unpublished note or a speaker note', () => {
      const { unpublishedSecrets, speakerNoteSecrets, isPublic } = privateText(site.content)
      expect(findLeaks(site.out, [...unpublishedSecrets, ...speakerNoteSecrets.filter((secret) => !isPublic(secret))])).toEqual([])
    })

    test('feed readers, search engines and link-preview readers read its feeds, its sitemap and every page', async () => {
      const file = (name: string) => readFileSync(path.join(site.out, name), 'utf8')
      expect(await atomErrors(file('atom.xml')), 'atom.xml against RFC 4287').toEqual([])
      expect(await sitemapErrors(file('sitemap.xml')), 'sitemap.xml against sitemaps.org').toEqual([])
      // Every entry of each feed has a title and a real date (no 1970), in two parsers each.
      const dated = (dates: (string | undefined)[]) => dates.filter((date) => !date || new Date(date).getUTCFullYear() < 2000)
      const rss = await new RssParser().parseString(file('feed.xml'))
      expect(dated(rss.items.map((item) => item.isoDate)), 'feed.xml dates (rss-parser)').toEqual([])
      expect(parseFeed(file('atom.xml')).items.filter((item) => !item.title || !item.published), 'atom.xml entries (feed-parser)').toEqual([])
      const json = parseJsonFeed(file('feed.json'))
      expect(dated((json.items ?? []).map((item) => item.date_published)), 'feed.json dates (feedsmith)').toEqual([])
      expect([rss.items.length, (json.items ?? []).length]).toEqual([parseRssFeed(file('feed.xml')).items?.length, rss.items.length])

      // Every page gives a link-preview reader a whole card, and a search engine JSON-LD it can parse.
      // Not the editor, nor the not-found page (a missing address, never a link anyone shares).
      const pages = listFiles(site.out).filter((name) => name.endsWith('index.html') && !/^(?:admin|404|_not-found)\//.test(name))
      const incomplete: string[] = []
      for (const page of pages) {
        const html = file(page)
        const { error, card } = await previewCard(html)
        const image = card.ogImage?.[0]
        if (error || !card.ogTitle || !card.ogDescription || !image?.url || !image.alt || card.twitterCard !== 'summary_large_image') incomplete.push(page)
        for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)) {
          expect((JSON.parse(json ?? '') as { '@context'?: string })['@context'], `${page} JSON-LD`).toBe('https://schema.org')
        }
      }
      expect(pages.length).toBeGreaterThan(3)
      expect(incomplete).toEqual([])
    })

    test('every published talk, case study and note has its page', () => {
      const { published } = privateText(site.content)
      const missing = published
        .map((entry) => `${entry.page}/index.html`)
        .filter((file) => !existsSync(path.join(site.out, file)))
      expect(missing).toEqual([])
    })
  })
}

test('the build refuses an export in which a page came out as the error shell, naming the content file', () => {
  // The fixture site's export, copied, with one note's page swapped for the shell Next writes when
  // a page throws while prerendering: the file exists, so only a check of its content sees it.
  const note = privateText(CONTENT).published.find((entry) => entry.file === 'notes/Заметки о Go.md')
  expect(note).toBeDefined()
  const out = mkdtempSync(path.join(tmpdir(), 'speaker-site-shell-'))
  try {
    cpSync(OUT, out, { recursive: true })
    writeFileSync(path.join(out, 'notes', note?.slug ?? '', 'index.html'), '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>')
    const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/finish-export.ts'], {
      cwd: FIXTURE_BUILD_DIR,
      env: { ...process.env, OUT_DIR: out },
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`/notes/${note?.slug}/ (content/notes/Заметки о Go.md): exported as the framework's error shell`)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})
