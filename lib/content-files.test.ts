import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { ATTACHMENT_EXTENSIONS, IMAGE_EXTENSIONS, scanContentFiles } from './content-files'

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
    ]
    for (const file of files) {
      mkdirSync(path.join(root, path.dirname(file)), { recursive: true })
      writeFileSync(path.join(root, file), 'x')
    }
  })

  after(() => rmSync(root, { recursive: true, force: true }))

  test('documents are found in their places, sorted, with "/" separators', () => {
    assert.deepEqual(scanContentFiles(root).documents, [
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
    assert.deepEqual(scanContentFiles(root).attachments, [
      'notes/attachments/Photo.JPG',
      'notes/attachments/two-companies.svg',
      'notes/recording.m4a',
      'talks/deck.pdf',
    ])
  })

  test('files that are neither a document nor an attachment are listed as unknown', () => {
    assert.deepEqual(scanContentFiles(root).unknown, ['README.md', 'notes/data.csv', 'other/page.md', 'talks/notes.txt'])
  })

  test('hidden files and folders are left alone', () => {
    const all = Object.values(scanContentFiles(root)).flat()
    assert.ok(all.every((file) => !file.split('/').some((part) => part.startsWith('.'))), all.join(', '))
  })

  test('an empty content folder has no files', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'content-files-empty-'))
    try {
      assert.deepEqual(scanContentFiles(empty), { documents: [], attachments: [], unknown: [] })
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})

describe('attachment extensions', () => {
  test('every image extension is also an attachment extension', () => {
    for (const extension of IMAGE_EXTENSIONS) assert.ok(ATTACHMENT_EXTENSIONS.has(extension), extension)
  })

  test('a PDF is an attachment but not an image', () => {
    assert.ok(ATTACHMENT_EXTENSIONS.has('.pdf'))
    assert.ok(!IMAGE_EXTENSIONS.has('.pdf'))
  })
})
