import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { CONTENT, FIXTURE_BUILD_DIR, OUT, ROOT, listFiles } from './support/content'
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
