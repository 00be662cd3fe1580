import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { CONTENT, OUT, ROOT, listFiles } from './support/content'
import { findLeaks, privateText } from './support/leaks'
import { brokenLinks } from './support/link-check'
import { shellPages } from './support/pages'

// What the suite checks of any speaker's content, whatever it is: the site built from it
// (`npm run build`, which `npm test` runs before the specs) has every page with its own content,
// no internal link that leads nowhere, and none of the private text (drafts, unpublished notes,
// speaker notes) in any file. The same checks run on the fixture site too: content the speaker's
// folder does not share, which proves they hold for a folder other than the one they were
// written against. No browser: they read the files a static host would serve.

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

    test('every published talk, case study and note has its page', () => {
      const { published } = privateText(site.content)
      const missing = published
        .map((entry) => `${entry.collection}/${entry.slug}/index.html`)
        .filter((file) => !existsSync(path.join(site.out, file)))
      expect(missing).toEqual([])
    })
  })
}
