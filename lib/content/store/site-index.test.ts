import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { scanBody } from '../../markdown'
import { buildSite, type SiteInputs, type SourceDocument } from '../site'
import { readSiteHashes, readSiteIndex, writeSiteIndex, type SiteHashes } from './site-index'

const doc = (file: string, frontmatter: SourceDocument['frontmatter'], body = ''): SourceDocument => ({ file, frontmatter, body })

/** What buildSite reads besides the documents: everything published, no file in public/. */
const inputs = (attachments: string[] = []): SiteInputs => ({
  files: { documents: [], attachments, unknown: [], ignored: [] },
  publish: { mode: 'all', because: 'the default' },
  publicFileExists: () => false,
  scan: scanBody,
  reservedPaths: new Set(['talks']),
})

const built = () =>
  buildSite(
    {
      profile: doc('content/profile.md', { name: 'Ada Speaker' }, 'I give talks.'),
      talks: [
        doc(
          'content/talks/deck.md',
          { title: 'Deck', description: 'A deck', date: '2024-05-01', events: [{ name: 'Meetup', date: '2024-05-01' }] },
          '# One\n\nFirst, with a note.[^1]\n\n[^1]: https://example.com/source\n\n---\n\n# Two\n\nSecond ☕',
        ),
      ],
      caseStudies: [doc('content/case-studies/c.md', { title: 'Case', description: 'c', date: '2023-01-01' }, `${'An opening paragraph, long enough to be the whole excerpt. '.repeat(6)}\n\nCase body, Größe.`)],
      notes: [
        doc('content/notes/Über Café ☕.md', { tags: ['größe'] }, `${'An opening paragraph, long enough to be the whole excerpt. '.repeat(6)}\n\nNotes in German: Größe. See [[Go]] and [[Secret]].`),
        doc('content/notes/Go.md', {}, `${'An opening paragraph, long enough to be the whole excerpt. '.repeat(6)}\n\nGoroutines, 東京.`),
        doc('content/notes/Secret.md', { publish: false }, 'Never published.'),
      ],
    },
    inputs(['notes/attachments/stage.png']),
  )

// As JSON sees it: a field set to undefined and a missing field are the same to every reader.
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v)) ?? 'null')

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'site-index-'))

test('the index gives back the site: pages, bodies (any script), slides, the link graph and the report', () => {
  const dir = tempDir()
  try {
    const site = built()
    writeSiteIndex(site, 'key-1', dir)
    const read = readSiteIndex('key-1', dir, () => false)
    assert.ok(read)
    for (const kind of ['talks', 'caseStudies', 'notes'] as const) {
      assert.deepEqual(plain(read[kind]), plain(site[kind]), kind)
    }
    assert.equal(read.notes.find((n) => n.title === 'Über Café ☕')?.body, `${'An opening paragraph, long enough to be the whole excerpt. '.repeat(6)}\n\nNotes in German: Größe. See [[Go]] and [[Secret]].`)
    assert.deepEqual(read.talks[0]?.slides[0]?.footnotes, site.talks[0]?.slides[0]?.footnotes)
    assert.deepEqual(plain(read.profile), plain(site.profile))
    assert.deepEqual(plain([...read.backlinks]), plain([...site.backlinks]))
    assert.deepEqual(plain([...read.tags]), plain([...site.tags]))
    assert.deepEqual([...read.byUrl.keys()].sort(), [...site.byUrl.keys()].sort())
    assert.deepEqual(plain(read.report), plain(site.report))
    assert.deepEqual(plain(read.attachments), plain(site.attachments))
    // Links resolve as in the site it came from: a page, a private note, an attachment.
    for (const target of ['Go', 'Secret', 'stage.png', 'Nowhere']) {
      const link = { target, path: target, written: target }
      assert.deepEqual(plain(read.resolve(link as never)), plain(site.resolve(link as never)), target)
    }
    assert.deepEqual(read.resolveImage('content/notes/Go.md', 'attachments/stage.png'), site.resolveImage('content/notes/Go.md', 'attachments/stage.png'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the index holds no body: the bodies are in their own file, read one page at a time', () => {
  const dir = tempDir()
  try {
    writeSiteIndex(built(), 'key-1', dir)
    const index = readFileSync(path.join(dir, 'index.json'), 'utf8')
    assert.doesNotMatch(index, /Goroutines|Case body|Notes in German/)
    // A private note is in neither file: only its names are, so that a link to it reads as text.
    const everything = readdirSync(dir).map((file) => readFileSync(path.join(dir, file), 'utf8')).join('\n')
    assert.doesNotMatch(everything, /Never published/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('an index written under another key, or none at all, is not used; a newer one replaces the bodies of the old', () => {
  const dir = tempDir()
  try {
    assert.equal(readSiteIndex('key-1', dir, () => false), undefined)
    writeSiteIndex(built(), 'key-1', dir)
    assert.equal(readSiteIndex('key-2', dir, () => false), undefined)
    writeSiteIndex(built(), 'key-2', dir)
    assert.ok(readSiteIndex('key-2', dir, () => false))
    assert.equal(readdirSync(dir).filter((file) => file.startsWith('bodies.txt')).length, 1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

/** The hashes of `site` as written with its index. */
function hashesOf(site: ReturnType<typeof built>): SiteHashes {
  const dir = tempDir()
  try {
    writeSiteIndex(site, 'key-1', dir)
    const hashes = readSiteHashes('key-1', dir)
    assert.ok(hashes)
    assert.equal(readSiteHashes('key-2', dir), undefined)
    return hashes
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test("a body edit changes its document's hash only; a title edit changes the site's", () => {
  const before = hashesOf(built())
  assert.deepEqual(Object.keys(before.documents).sort(), ['content/case-studies/c.md', 'content/notes/Go.md', 'content/notes/Über Café ☕.md', 'content/talks/deck.md'])

  // The talk's body comes first in the bodies file: a longer one moves every other body's offset.
  const longerTalk = built()
  longerTalk.talks[0] = { ...longerTalk.talks[0]!, body: `${longerTalk.talks[0]!.body}\n\nOne more line.` }
  const afterBody = hashesOf(longerTalk)
  assert.equal(afterBody.skeleton, before.skeleton)
  assert.notEqual(afterBody.documents['content/talks/deck.md'], before.documents['content/talks/deck.md'])
  for (const file of ['content/case-studies/c.md', 'content/notes/Go.md', 'content/notes/Über Café ☕.md']) {
    assert.equal(afterBody.documents[file], before.documents[file], file)
  }

  const renamed = built()
  renamed.notes[1] = { ...renamed.notes[1]!, title: 'Goroutines' }
  assert.notEqual(hashesOf(renamed).skeleton, before.skeleton)
})

test("a talk's slide edited changes that talk's hash only; a slide added changes the site's", () => {
  const withTalkBody = (body: string) => {
    const rebuilt = buildSite(
      {
        profile: doc('content/profile.md', { name: 'Ada Speaker' }, 'I give talks.'),
        talks: [doc('content/talks/deck.md', { title: 'Deck', description: 'A deck', date: '2024-05-01', events: [{ name: 'Meetup', date: '2024-05-01' }] }, body)],
        caseStudies: [],
        notes: [],
      },
      inputs(),
    )
    return hashesOf(rebuilt)
  }
  const deck = '# One\n\nFirst, with a note.[^1]\n\n[^1]: https://example.com/source\n\n---\n\n# Two\n\nSecond ☕'
  const original = withTalkBody(deck)
  // Another word on the second slide, another source: the slides and sources of the talk changed.
  const edited = withTalkBody(deck.replace('Second ☕', 'Second, edited ☕').replace('example.com/source', 'example.com/other'))
  assert.equal(edited.skeleton, original.skeleton)
  assert.notEqual(edited.documents['content/talks/deck.md'], original.documents['content/talks/deck.md'])
  // A third slide is one more page in the sitemap and one more preview: every list changes.
  assert.notEqual(withTalkBody(`${deck}\n\n---\n\n# Three`).skeleton, original.skeleton)
})

test('the same documents in another order give the same site and the same hashes', () => {
  // Many notes that link to each other: the backlinks' order is where an input order showed.
  const notes = Array.from({ length: 12 }, (_, i) => doc(`content/notes/n${i}.md`, {}, `Note ${i} links to [[n${(i * 5) % 12}]] and [[n${(i * 7 + 3) % 12}]] and [[missing ${i % 3}]].`))
  const siteOf = (order: SourceDocument[]) =>
    buildSite(
      { profile: doc('content/profile.md', { name: 'Ada Speaker' }), talks: [], caseStudies: [], notes: order },
      inputs(),
    )
  const forwards = siteOf(notes)
  const backwards = siteOf([...notes].reverse())
  const shuffled = siteOf([...notes.slice(5), ...notes.slice(0, 5)])
  for (const other of [backwards, shuffled]) {
    assert.deepEqual(plain([...other.backlinks]), plain([...forwards.backlinks]))
    assert.deepEqual(plain(other.report), plain(forwards.report))
    assert.deepEqual(hashesOf(other), hashesOf(forwards))
  }
})

test('a page that transcludes a note (![[Go]]) changes its hash when that note changes; a link ([[Go]]) does not', () => {
  const site = () =>
    buildSite(
      {
        profile: doc('content/profile.md', { name: 'Ada Speaker' }, 'I give talks.'),
        talks: [],
        caseStudies: [],
        notes: [
          doc('content/notes/Embedder.md', {}, 'Shows Go here:\n\n![[Go#Part]]'),
          doc('content/notes/Linker.md', {}, 'Links to [[Go]].'),
          doc('content/notes/Go.md', {}, '## Part\n\nGoroutines.'),
        ],
      },
      inputs(),
    )
  const before = hashesOf(site())
  const edited = site()
  const go = edited.notes.findIndex((note) => note.file === 'content/notes/Go.md')
  edited.notes[go] = { ...edited.notes[go]!, body: '## Part\n\nGoroutines and channels.' }
  const after = hashesOf(edited)
  assert.notEqual(after.documents['content/notes/Embedder.md'], before.documents['content/notes/Embedder.md'])
  assert.equal(after.documents['content/notes/Linker.md'], before.documents['content/notes/Linker.md'])
})
