import { execFile } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { listFiles } from './support/content'
import { copyProject, FIXTURE_BUILD_DIR, runBuild, serve } from './support/fixture-builds'
import { findLeaks, privateText } from './support/leaks'

// The speaker's daily loop on the published site: edit a note and a slide, `npm run build` again.
// The rebuild renders the edited note's page and preview and the talk's own outputs (its page,
// its slides' pages, their previews...), keeps every other page of the last build
// (lib/build/page-reuse.ts), and what it exports is, byte for byte, what a build from scratch exports.
// A note made private since the last build does not come back from it.
//
// The last build is the suite's own build of the fixture site (e2e/support/global-setup.ts),
// copied with its out/ and .next/cache/ as a speaker's project holds them after `npm run build`:
// the spec pays for three rebuilds, not for a build of its own. That build is also the build from
// scratch to compare with: it compiled everything and rendered every page, so once the edits are
// undone (the files' text and times as they were), a rebuild must export its very bytes. The
// rebuilds reuse its compiled modules too (TURBOPACK_BUILD_CACHE), so the comparison covers that
// cache as well. (With E2E_REUSE_BUILD=1 the suite's build must be of the code under test.)

const NOTE = 'notes/Über Café ☕.md'
const ADDED = 'Ein neuer Absatz, nach dem ersten Bau geschrieben.'
const TO_HIDE = 'notes/Заметки о Go.md'
// A talk of three slides; the second is edited.
const TALK = 'talks/Größe zählt 🚀.md'
const SLIDE_BEFORE = 'Jedes Kilobyte kostet Zeit auf einem Telefon.'
const SLIDE_AFTER = 'Jedes Kilobyte kostet Zeit auf jedem Telefon, auch nach dem ersten Bau.'
// A section that another note transcludes (![[Transclusion source#Section to embed]]): editing it
// renders that note again too, though its own file did not change.
const TRANSCLUDED = 'notes/Obsidian syntax/Transclusion source.md'
const SECTION_BEFORE = "The section's own text."
const SECTION_AFTER = "The section's own text, edited after the first build."

const counts = (output: string) => {
  const match = /(\d+) rendered, (\d+) kept from the last build/.exec(output)
  if (!match) throw new Error(`the build did not say what it kept:\n${output.slice(-3000)}`)
  return { rendered: Number(match[1]), kept: Number(match[2]) }
}

/** Files that differ between two exports, or are in only one: empty when they are the same. */
function differences(a: string, b: string): string[] {
  const [filesA, filesB] = [listFiles(a), listFiles(b)]
  const onlyA = filesA.filter((file) => !filesB.includes(file)).map((file) => `only in the rebuild: ${file}`)
  const onlyB = filesB.filter((file) => !filesA.includes(file)).map((file) => `only in the build from scratch: ${file}`)
  const changed = filesA
    .filter((file) => filesB.includes(file))
    .filter((file) => !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))))
    .map((file) => `differs: ${file}`)
  return [...onlyA, ...onlyB, ...changed]
}

/** Each sitemap entry's lastmod, by its page's decoded path. */
function lastmods(out: string): Map<string, string> {
  const xml = readFileSync(path.join(out, 'sitemap.xml'), 'utf8')
  return new Map([...xml.matchAll(/<loc>([^<]+)<\/loc>\s*<lastmod>([^<]+)<\/lastmod>/g)].map((m) => [decodeURIComponent(new URL(m[1]!).pathname).normalize('NFC'), m[2]!]))
}

/** A copy of the suite's fixture build in `dir`: the project, its content, out/ and build cache. */
async function copyLastBuild(dir: string) {
  // Its compiled modules come with its .next/ below.
  await copyProject(dir, { compileCache: false })
  const kept = ['content', 'public', 'out', '.next', '.contentlayer'].map((name) => path.join(FIXTURE_BUILD_DIR, name))
  // One cp -a: the page store's files stay hard links of out/'s, as the build left them.
  await promisify(execFile)('cp', ['-a', ...kept, dir])
}

test('a rebuild after a note and a slide are edited renders only their outputs and exports the same site as a full build', async ({ page }) => {
  // Three rebuilds of the fixture site: a few minutes on a 2-core runner beside the other specs.
  test.setTimeout(16 * 60_000)
  const dir = mkdtempSync(path.join(tmpdir(), 'speaker-site-rebuild-'))
  const edited = [NOTE, TALK, TRANSCLUDED].map((file) => path.join(dir, 'content', file))
  try {
    await copyLastBuild(dir)
    // The edited files as they were: their text and their times (a page's date is its file's).
    const before = new Map(edited.map((file) => [file, { text: readFileSync(file), stat: statSync(file) }]))

    await test.step("after a paragraph added to one note and a slide's text changed, the rebuild renders those and little else", async () => {
      const lastmodsBefore = lastmods(path.join(dir, 'out'))
      appendFileSync(path.join(dir, 'content', NOTE), `\n${ADDED}\n`)
      const talk = path.join(dir, 'content', TALK)
      const deck = readFileSync(talk, 'utf8')
      expect(deck).toContain(SLIDE_BEFORE)
      writeFileSync(talk, deck.replace(SLIDE_BEFORE, SLIDE_AFTER))
      const source = path.join(dir, 'content', TRANSCLUDED)
      expect(readFileSync(source, 'utf8')).toContain(SECTION_BEFORE)
      writeFileSync(source, readFileSync(source, 'utf8').replace(SECTION_BEFORE, SECTION_AFTER))
      const rebuild = counts(await runBuild(dir))
      // The note's page and preview (2); the talk's page, presenter view, embed, oEmbed, calendar
      // file, shortlink, its three slides' pages and the four previews (13); the transcluded note's
      // page and preview and the page that shows its section, and its preview (4); a few others besides.
      expect(rebuild.rendered).toBeGreaterThanOrEqual(19)
      expect(rebuild.rendered).toBeLessThan(29)
      expect(rebuild.kept).toBeGreaterThan(rebuild.rendered * 4)
      // The sitemap dates the edited pages anew (lib/content/page-dates.ts), and only them: the
      // talk and its slides, the note, the transcluded note's source.
      const changed = [...lastmods(path.join(dir, 'out'))].filter(([page, lastmod]) => lastmodsBefore.get(page) !== lastmod).map(([page]) => page)
      const talkPage = '/talks/größe-zählt-/'.normalize('NFC')
      expect(changed).toContain(talkPage)
      expect(changed).toContain('/notes/über-café-/'.normalize('NFC'))
      expect(changed.filter((page) => !page.startsWith(talkPage) && page !== '/notes/über-café-/'.normalize('NFC') && !/transclusion-source/i.test(page))).toEqual([])
    })

    await test.step("a visitor sees the new paragraph and the slide's new text", async () => {
      // The slide's own page, wherever the talk's slug puts it: the one page that holds the new text alone.
      const slidePages = listFiles(path.join(dir, 'out')).filter((file) => /^talks\/[^/]+\/slides\/2\/index\.html$/.test(file) && readFileSync(path.join(dir, 'out', file), 'utf8').includes(SLIDE_AFTER))
      expect(slidePages).toHaveLength(1)
      const site = await serve(dir, '', () => {})
      try {
        await page.goto(`${site.baseUrl}notes/${encodeURIComponent('über-café-')}/`)
        await expect(page.getByText(ADDED)).toBeVisible()
        await page.goto(`${site.baseUrl}${slidePages[0]!.replace(/index\.html$/, '').split('/').map(encodeURIComponent).join('/')}`)
        await expect(page.getByText(SLIDE_AFTER).first()).toBeVisible()
        await expect(page.getByText(SLIDE_BEFORE)).toHaveCount(0)
        await page.goto(`${site.baseUrl}notes/block-links-and-transclusion/`)
        await expect(page.locator('.transclusion-content').getByText(SECTION_AFTER)).toBeVisible()
      } finally {
        await site.close()
      }
    })

    await test.step('with the edits undone, a rebuild exports what the build from scratch exported, byte for byte', async () => {
      for (const [file, { text, stat }] of before) {
        writeFileSync(file, text)
        utimesSync(file, stat.atime, stat.mtime)
      }
      const rebuild = counts(await runBuild(dir))
      expect(rebuild.rendered).toBeGreaterThanOrEqual(19)
      expect(differences(path.join(dir, 'out'), path.join(FIXTURE_BUILD_DIR, 'out'))).toEqual([])
    })

    await test.step('a note made private since is gone from the rebuild, though the last build kept its page', async () => {
      const file = path.join(dir, 'content', TO_HIDE)
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\npublish: false\n'))
      await runBuild(dir)
      const out = path.join(dir, 'out')
      expect(listFiles(out).filter((f) => f.startsWith('notes/заметки-о-go/') || f.startsWith('og/notes/заметки-о-go'))).toEqual([])
      const { unpublishedSecrets } = privateText(path.join(dir, 'content'))
      expect(unpublishedSecrets.map((secret) => secret.from)).toContain(`content/${TO_HIDE}`)
      expect(findLeaks(out, unpublishedSecrets)).toEqual([])
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
