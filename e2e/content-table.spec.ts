import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { CONTENT, FIXTURE_BUILD_DIR, OUT, ROOT, listFiles, readContent } from './support/content'
import { fileForUrlPath } from './support/link-check'
import { parseVariantName } from '../lib/markdown/image-variants'

// Nothing lost: `tsx scripts/content-report.ts --files` accounts for every file under content/,
// with the page it became or the reason it did not, and every page it names is in out/.
// Reads the generated content and the export of the fixture site's build (e2e/support/global-setup.ts).

type Row = { file: string; url?: string; what?: string; reason?: string }

function contentTable(): Row[] {
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/content-report.ts', '--json'], { cwd: FIXTURE_BUILD_DIR, encoding: 'utf8' })
  expect(result.status, result.stderr).toBe(0)
  return JSON.parse(result.stdout) as Row[]
}

const rows = contentTable()

test('every file under content/ has one row: a URL or a reason', () => {
  const files = listFiles(CONTENT).map((file) => `content/${file}`)
  expect(files.length).toBeGreaterThan(5)
  expect(rows.map((row) => row.file).sort()).toEqual(files.sort())
  for (const row of rows) expect(Boolean(row.url) !== Boolean(row.reason), row.file).toBe(true)
})

test('every URL in the table is a file of out/, and every page of a content file is in the table', () => {
  for (const row of rows.filter((r) => r.url)) expect(fileForUrlPath(OUT, row.url ?? '', ''), `${row.file} -> ${row.url}`).toBeDefined()
  const urls = new Set(rows.map((row) => row.url))
  // A page folder is a content file's page, or a page that sends the reader to one (an alias, a
  // permalinked note's /notes/ URL); a folder without a page holds pages (a note's folders).
  const check = (url: string) => {
    const dir = path.join(OUT, url)
    const index = path.join(dir, 'index.html')
    if (existsSync(index)) {
      const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(readFileSync(index, 'utf8'))?.[1]
      const target = refresh ? new URL(refresh.replaceAll('&amp;', '&'), 'http://site.invalid').pathname : url
      expect(urls.has(decodeURIComponent(target)) || urls.has(target), `out${url} comes from a content file${refresh ? ` (it sends the reader to ${target})` : ''}`).toBe(true)
    }
    // A talk's own pages (slides, embed, presenter view) sit in its folder.
    if (existsSync(index) && !url.startsWith('/notes/')) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !(url.split('/').length === 3 && entry.name === 'page')) check(`${url}${entry.name}/`)
    }
  }
  for (const collection of ['talks', 'case-studies', 'notes']) {
    for (const entry of readdirSync(path.join(OUT, collection), { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'page') check(`/${collection}/${entry.name}/`)
    }
  }
  for (const attachment of existsSync(path.join(OUT, 'attachments')) ? readdirSync(path.join(OUT, 'attachments')) : []) {
    // A large photo's smaller copies (photo.640w.png) come with the photo's own row.
    const original = parseVariantName(attachment)?.name ?? attachment
    expect(urls.has(`/attachments/${original}`), `out/attachments/${attachment}`).toBe(true)
  }
})

test('a file without a page is one its author kept back: a draft, an unpublished note, or an attachment nothing embeds', () => {
  const unpublished = new Set(readContent().filter((entry) => !entry.published).map((entry) => `content/${entry.file}`))
  const left = rows.filter((row) => row.reason)
  expect(left.length).toBeGreaterThan(0)
  for (const row of left) {
    if (/\.mdx?$/.test(row.file)) {
      expect(unpublished.has(row.file), row.file).toBe(true)
      expect(row.reason).toMatch(/^(draft: true|publish: false)$/)
    } else {
      expect(row.reason, row.file).toBe('attachment no published page embeds')
    }
  }
})
