import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { scanContentFiles, unparsableDocuments } from './files'

const FOLDERS = { templates: 'Templates', excalidraw: 'Excalidraw' }

describe('scanContentFiles', () => {
  let root = ''

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'content-files-'))
    const files = [
      'profile.md',
      'talks/b-talk.md',
      'talks/a-talk.mdx',
      'talks/2023/nested.md',
      'talks/deck.pdf',
      'case-studies/discord.md',
      'notes/Elixir in the big and small.md',
      'notes/sub/Ünï.md',
      'notes/attachments/two-companies.svg',
      'notes/attachments/Photo.JPG',
      'notes/recording.m4a',
      'notes/data.csv',
      'notes/.trash/deleted.md',
      '.obsidian/app.json',
      '.DS_Store',
      'notes/.DS_Store',
      'README.md',
      'talks/notes.txt',
      'other/page.md',
      'Templates/Talk template.md',
      'Templates/Note template.md',
      'notes/Board.canvas',
      'notes/Sketch.excalidraw.md',
      'Excalidraw/Drawing 2024.md',
      'Excalidraw/Drawing 2024.svg',
    ]
    for (const file of files) {
      mkdirSync(path.join(root, path.dirname(file)), { recursive: true })
      writeFileSync(path.join(root, file), 'x')
    }
  })

  after(() => rmSync(root, { recursive: true, force: true }))

  test('documents are found in their places, sorted, with "/" separators', () => {
    assert.deepEqual(scanContentFiles(root, FOLDERS).documents, [
      'case-studies/discord.md',
      'notes/Elixir in the big and small.md',
      'notes/sub/Ünï.md',
      'profile.md',
      'talks/2023/nested.md',
      'talks/a-talk.mdx',
      'talks/b-talk.md',
    ])
  })

  test('attachments are found anywhere, whatever the case of their extension', () => {
    assert.deepEqual(scanContentFiles(root, FOLDERS).attachments, [
      'Excalidraw/Drawing 2024.svg',
      'notes/attachments/Photo.JPG',
      'notes/attachments/two-companies.svg',
      'notes/recording.m4a',
      'talks/deck.pdf',
    ])
  })

  test('files that are neither a document nor an attachment are listed as unknown', () => {
    assert.deepEqual(scanContentFiles(root, FOLDERS).unknown, ['README.md', 'notes/data.csv', 'other/page.md', 'talks/notes.txt'])
  })

  test('hidden files and folders are left alone', () => {
    const { documents, attachments, unknown } = scanContentFiles(root, FOLDERS)
    const all = [...documents, ...attachments, ...unknown]
    assert.ok(all.every((file) => !file.split('/').some((part) => part.startsWith('.'))), all.join(', '))
  })

  test('without the folders of a vault, templates and the Excalidraw folder are ordinary folders', () => {
    const { unknown } = scanContentFiles(root)
    assert.ok(unknown.includes('Templates/Talk template.md'))
    assert.ok(unknown.includes('Excalidraw/Drawing 2024.md'))
  })

  test("Obsidian's files and folders are ignored and listed, a folder once with its files", () => {
    assert.deepEqual(
      scanContentFiles(root, FOLDERS).ignored.map(({ path, reason, files }) => [path, reason, files.length]),
      [
        ['.DS_Store', 'hidden file', 1],
        ['.obsidian/', "Obsidian's settings folder", 1],
        ['Excalidraw/Drawing 2024.md', 'an Excalidraw drawing (in the Excalidraw folder)', 1],
        ['notes/.DS_Store', 'hidden file', 1],
        ['notes/.trash/', "Obsidian's trash", 1],
        ['notes/Board.canvas', 'an Obsidian canvas', 1],
        ['notes/Sketch.excalidraw.md', 'an Excalidraw drawing', 1],
        ['Templates/', "Obsidian's templates folder", 2],
      ],
    )
  })

  test("an Excalidraw drawing's exported image stays an attachment", () => {
    assert.ok(scanContentFiles(root, FOLDERS).attachments.includes('Excalidraw/Drawing 2024.svg'))
  })

  test('an empty content folder has no files', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'content-files-empty-'))
    try {
      assert.deepEqual(scanContentFiles(empty), { documents: [], attachments: [], unknown: [], ignored: [] })
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})

describe('scanContentFiles, a vault as it is', () => {
  let root = ''
  const write = (dir: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.join(dir, path.dirname(file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
  }
  const VAULT = {
    'profile.md': '---\nname: Ada\n---\n',
    'Home.md': 'A note at the root.\n',
    'Projects/Discord.md': '---\nCreated time: 2023-11-30T12:14\ntags:\n  - case study\n---\nA case study.\n',
    'Projects/Meetup.md': '---\nKind: Talk\n---\n# A slide\n',
    'Projects/Inbox.md': '---\ntags: [talks, casestudies]\n---\nStill a note.\n',
    'notes/Tagged.md': '---\ntags: [case study]\n---\nA note in notes/ stays a note.\n',
    'Daily/2024-01-01.md': '---\ncreated: {{date}}\n---\n# {{title}}\n',
    'notes/Templater.md': '---\ncreated: <% tp.file.creation_date() %>\n---\n',
    'filenames.txt': 'a translator\'s list\n',
    'attachments/a.png': 'png',
  }

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'content-files-vault-'))
  })
  after(() => rmSync(root, { recursive: true, force: true }))

  test('in a vault, Markdown in any folder is a note, or the talk or case study its properties say', () => {
    const dir = path.join(root, 'in-vault')
    write(dir, VAULT)
    const files = scanContentFiles(dir, { inVault: true })
    assert.deepEqual(files.documents, ['Home.md', 'notes/Tagged.md', 'profile.md', 'Projects/Discord.md', 'Projects/Inbox.md', 'Projects/Meetup.md'].sort())
    assert.deepEqual(files.kinds, { 'Home.md': 'note', 'Projects/Discord.md': 'case-study', 'Projects/Inbox.md': 'note', 'Projects/Meetup.md': 'talk' })
    assert.deepEqual(files.unknown, [])
    assert.deepEqual(files.attachments, ['attachments/a.png'])
  })

  test('a note with a template placeholder in its frontmatter is an ignored template, wherever it is', () => {
    const dir = path.join(root, 'in-vault')
    const ignored = scanContentFiles(dir, { inVault: true }).ignored.map(({ path, reason }) => [path, reason])
    assert.deepEqual(ignored, [
      ['Daily/2024-01-01.md', 'a template (has {{date}})'],
      ['filenames.txt', 'not a file Obsidian shows (.txt)'],
      ['notes/Templater.md', 'a template (has <% tp.file.creation_date() %>)'],
    ])
  })

  test("a folder with Obsidian Publish's site files is a vault as it is, without .obsidian/", () => {
    const dir = path.join(root, 'published')
    write(dir, { ...VAULT, 'en/publish.css': 'body {}', 'en/Start.md': 'Hello.\n' })
    const files = scanContentFiles(dir)
    assert.ok(files.documents.includes('en/Start.md'))
    assert.equal(files.kinds?.['Projects/Meetup.md'], 'talk')
    assert.deepEqual(files.unknown, [])
    assert.ok(files.ignored.some((entry) => entry.path === 'en/publish.css' && entry.reason === "Obsidian Publish's site file"))
  })

  test('outside a vault, Markdown outside the folders of kinds and other files stay of no known kind', () => {
    const dir = path.join(root, 'plain')
    write(dir, VAULT)
    const files = scanContentFiles(dir)
    assert.deepEqual(files.documents, ['notes/Tagged.md', 'profile.md'])
    assert.equal(files.kinds, undefined)
    assert.deepEqual(files.unknown, ['Home.md', 'Projects/Discord.md', 'Projects/Inbox.md', 'Projects/Meetup.md', 'filenames.txt'].sort())
  })
})

describe('unparsableDocuments', () => {
  test('lists the documents whose frontmatter is not YAML, with the line, and no others', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-files-yaml-'))
    try {
      writeFileSync(path.join(dir, 'good.md'), '---\ntitle: Fine\n---\nBody.\n')
      writeFileSync(path.join(dir, 'none.md'), 'No frontmatter.\n')
      writeFileSync(path.join(dir, 'bad.md'), '---\ntitle: a: b: c\n---\nBody.\n')
      const found = unparsableDocuments(dir, ['good.md', 'none.md', 'bad.md'])
      assert.deepEqual(found.map((doc) => doc.path), ['bad.md'])
      assert.match(found[0]!.message, /^frontmatter is not valid YAML: .* at line 2: title: a: b: c$/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

