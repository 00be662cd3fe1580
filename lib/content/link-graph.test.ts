import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildLinkGraph, linkResolver, type LinkTargets } from './link-graph'
import { scanBody } from '../markdown'
import type { Attachment, Note, Page } from '../core/model'
import { parseWikiLink } from '../markdown/obsidian/wikilinks'

function note(file: string, body: string, { title, aliases = [], date }: { title?: string; aliases?: string[]; date?: string } = {}): Note {
  const name = file.split('/').pop()!.replace(/\.md$/, '')
  const slug = name.toLowerCase().replace(/\s+/g, '-')
  return {
    kind: 'note', file, slug, url: `/notes/${slug}/`, title: title ?? name, description: '', date, tags: [],
    aliases, body, isMdx: false, properties: [], cssclasses: [], redirectsFrom: [],
  }
}
const attachment = (file: string): Attachment => {
  const name = file.split('/').pop()!
  return { file, name, urlName: name.toLowerCase(), isImage: name.endsWith('.png') }
}
const link = (inner: string) => parseWikiLink(`[[${inner}]]`, false, inner)

const elixir = note('content/notes/Areas/Elixir.md', 'x', { title: 'Elixir, the language', aliases: ['Ex'] })
const targets = (overrides: Partial<LinkTargets> = {}): LinkTargets => ({
  pages: [elixir],
  attachments: [],
  privateNames: [],
  publicFileExists: () => false,
  ...overrides,
})

describe('linkResolver', () => {
  test('a wikilink finds a page by its file name, its title or an alias, in any case', () => {
    const { resolve } = linkResolver(targets())
    for (const name of ['Elixir', 'elixir', 'Areas/Elixir.md', 'Elixir, the language', 'ex', 'Elixir#Macros']) {
      assert.deepEqual(resolve(link(name)), { kind: 'page', page: elixir }, name)
    }
    assert.equal(resolve(link('Rust')), undefined)
  })

  test("a file name wins over another page's title", () => {
    const titled = note('content/notes/Other.md', 'x', { title: 'Beam' })
    const named = note('content/notes/Beam.md', 'x', { title: 'The BEAM' })
    const { resolve } = linkResolver(targets({ pages: [titled, named] }))
    assert.deepEqual(resolve(link('Beam')), { kind: 'page', page: named })
  })

  test('an attachment name shared by two files finds the shallowest one, as Obsidian does', () => {
    const deep = attachment('content/notes/a/b/diagram.png')
    const shallow = attachment('content/notes/diagram.png')
    const { resolve } = linkResolver(targets({ attachments: [deep, shallow] }))
    assert.deepEqual(resolve(link('diagram.png')), { kind: 'file', attachment: shallow })
  })

  test('a link to a private note resolves to private, by any of its names', () => {
    const { resolve } = linkResolver(targets({ privateNames: [{ fileName: 'Diary', title: 'My diary', aliases: ['Journal'] }] }))
    for (const name of ['Diary', 'My diary', 'journal']) assert.deepEqual(resolve(link(name)), { kind: 'private' }, name)
  })

  test('an image of public/ resolves when the file exists and is missing when not; other sites are not resolved', () => {
    const { resolveImage } = linkResolver(targets({ publicFileExists: (file) => file === 'public/images/there.png' }))
    assert.deepEqual(resolveImage(elixir.file, '/images/there.png'), { kind: 'public', path: '/images/there.png', file: 'public/images/there.png' })
    assert.deepEqual(resolveImage(elixir.file, '/images/gone.png'), { kind: 'missing' })
    assert.equal(resolveImage(elixir.file, 'https://example.org/x.png'), undefined)
  })

  test("a relative image is the file next to the page, else any attachment of that name, else missing", () => {
    const near = attachment('content/notes/Areas/pic.png')
    const far = attachment('content/pic.png')
    const other = attachment('content/elsewhere/only.png')
    const { resolveImage } = linkResolver(targets({ attachments: [far, near, other] }))
    assert.deepEqual(resolveImage(elixir.file, './pic.png'), { kind: 'file', attachment: near })
    assert.deepEqual(resolveImage(elixir.file, 'only.png'), { kind: 'file', attachment: other })
    assert.deepEqual(resolveImage(elixir.file, 'none.png'), { kind: 'missing' })
  })
})

describe('buildLinkGraph', () => {
  const graphOf = (pages: Page[], overrides: Partial<LinkTargets> = {}) => {
    const all = targets({ pages, ...overrides })
    return buildLinkGraph(pages, scanBody, linkResolver(all))
  }

  test('a link makes a backlink on the page it names, newest first; a page linking itself makes none', () => {
    const target = note('content/notes/Target.md', 'See [[Target]] and [[#Heading]].')
    const old = note('content/notes/Old.md', '[[Target]] and [[Target|again]]', { date: '2020-01-01' })
    const recent = note('content/notes/Recent.md', 'About [[target]].', { date: '2024-01-01' })
    const { backlinks, unresolved } = graphOf([target, old, recent])
    assert.deepEqual(backlinks.get(target.url)?.map((ref) => ref.title), ['Recent', 'Old'])
    assert.deepEqual(backlinks.get(old.url), undefined)
    assert.deepEqual(unresolved, [])
  })

  test('links to nothing are listed by file, as written and once each', () => {
    const page = note('content/notes/Go.md', 'See [[Rust#Ownership|the book]], [[Rust#Ownership]] and [[Zig]].')
    assert.deepEqual(graphOf([page]).unresolved, [{ file: page.file, links: ['Rust#Ownership', 'Zig'] }])
  })

  test('links to private notes are listed apart, and are not unresolved', () => {
    const page = note('content/notes/Go.md', 'See [[Diary]].')
    const graph = graphOf([page], { privateNames: [{ fileName: 'Diary', title: 'Diary', aliases: [] }] })
    assert.deepEqual(graph.privateLinks, [{ file: page.file, links: ['Diary'] }])
    assert.deepEqual(graph.unresolved, [])
  })

  test('the attachments in use are the ones a page embeds, links or shows as an image', () => {
    const embedded = attachment('content/notes/diagram.png')
    const shown = attachment('content/notes/photo.png')
    const linked = attachment('content/notes/slides.pdf')
    const unused = attachment('content/notes/unused.png')
    const page = note('content/notes/Go.md', '![[diagram.png]] ![a photo](photo.png) [[slides.pdf]]')
    const graph = graphOf([page], { attachments: [embedded, shown, linked, unused] })
    assert.deepEqual([...graph.usedAttachments].map((a) => a.name).sort(), ['diagram.png', 'photo.png', 'slides.pdf'])
  })

  test('images that are not there are listed by file, as written', () => {
    const page = note('content/notes/Pics.md', '![a](/images/there.png) ![b](/images/gone.png) ![c](./lost.png)')
    const graph = graphOf([page], { publicFileExists: (file) => file.endsWith('there.png') })
    assert.deepEqual(graph.missingImages, [{ file: page.file, images: ['/images/gone.png', './lost.png'] }])
  })
})

describe('linkResolver with folders, as Obsidian resolves them', () => {
  const syncPrivacy = note('content/notes/Obsidian Sync/Security and privacy.md', 'x')
  const publishPrivacy = note('content/notes/Obsidian Publish/Security and privacy.md', 'x')
  const topPrivacy = note('content/notes/Security and privacy.md', 'x')
  const enCallouts = note('content/notes/en/Callouts.md', 'x')
  const thCallouts = note('content/notes/th/Callouts.md', 'x')
  const enSync = note('content/notes/en/Obsidian Sync/Plans.md', 'x')
  const thSync = note('content/notes/th/Obsidian Sync/Plans.md', 'x')

  test('[[Folder/Note]] finds the note at that path, from the content root, the notes folder or any folder above', () => {
    const { resolve } = linkResolver(targets({ pages: [syncPrivacy, publishPrivacy, topPrivacy] }))
    const page = (inner: string, from?: string) => {
      const found = resolve(link(inner), from)
      return found?.kind === 'page' ? found.page.file : found?.kind
    }
    assert.equal(page('Obsidian Sync/Security and privacy'), syncPrivacy.file)
    assert.equal(page('obsidian publish/security and privacy.md#Heading'), publishPrivacy.file)
    assert.equal(page('content/notes/Obsidian Publish/Security and privacy'), publishPrivacy.file)
    assert.equal(page('/notes/Obsidian Sync/Security and privacy'), syncPrivacy.file)
    assert.equal(page('./Security and privacy', 'content/notes/Obsidian Publish/Other.md'), publishPrivacy.file)
    assert.equal(page('../Obsidian Sync/Security and privacy', 'content/notes/Obsidian Publish/Other.md'), syncPrivacy.file)
  })

  test('[[Note]] shared by several notes finds the one with the shortest path', () => {
    const { resolve } = linkResolver(targets({ pages: [syncPrivacy, publishPrivacy, topPrivacy] }))
    assert.deepEqual(resolve(link('Security and privacy'), 'content/notes/Obsidian Sync/x.md'), { kind: 'page', page: topPrivacy })
  })

  test('among notes equally deep, the one nearest the linking page wins: a folder per language links within it', () => {
    const { resolve } = linkResolver(targets({ pages: [enCallouts, thCallouts, enSync, thSync] }))
    assert.deepEqual(resolve(link('Callouts'), 'content/notes/th/Home.md'), { kind: 'page', page: thCallouts })
    assert.deepEqual(resolve(link('Callouts'), 'content/notes/en/Home.md'), { kind: 'page', page: enCallouts })
    assert.deepEqual(resolve(link('Obsidian Sync/Plans'), 'content/notes/th/a/b.md'), { kind: 'page', page: thSync })
    // With no linking page, the first of them.
    assert.deepEqual(resolve(link('Callouts')), { kind: 'page', page: enCallouts })
  })

  test('a path that names no folder of the note still finds it by its name, then its title', () => {
    const titled = note('content/notes/a/x.md', 'x', { title: 'TCP/IP' })
    const { resolve } = linkResolver(targets({ pages: [syncPrivacy, titled] }))
    assert.deepEqual(resolve(link('Elsewhere/Security and privacy')), { kind: 'page', page: syncPrivacy })
    assert.deepEqual(resolve(link('TCP/IP')), { kind: 'page', page: titled })
  })

  test('attachments and private notes are found by path too', () => {
    const a = attachment('content/notes/a/diagram.png')
    const b = attachment('content/notes/b/diagram.png')
    const { resolve } = linkResolver(
      targets({ attachments: [a, b], pages: [syncPrivacy], privateNames: [{ fileName: 'Security and privacy', title: 'S', aliases: [], file: 'content/notes/Secret/Security and privacy.md' }] }),
    )
    assert.deepEqual(resolve(link('b/diagram.png')), { kind: 'file', attachment: b })
    assert.deepEqual(resolve(link('diagram.png'), 'content/notes/b/n.md'), { kind: 'file', attachment: b })
    assert.deepEqual(resolve(link('Secret/Security and privacy')), { kind: 'private' })
    assert.deepEqual(resolve(link('Obsidian Sync/Security and privacy')), { kind: 'page', page: syncPrivacy })
  })
})
