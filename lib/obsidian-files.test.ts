import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { folderInContent, ignoredReason, ignoreGlobs, settingsFolder } from './obsidian-files'

const FOLDERS = { templates: 'Meta/Templates', excalidraw: 'Excalidraw' }

describe('ignoredReason', () => {
  test("Obsidian's settings and trash, and any hidden folder, are ignored with their contents", () => {
    assert.equal(ignoredReason('.obsidian', true, FOLDERS), "Obsidian's settings folder")
    assert.equal(ignoredReason('notes/.trash', true, FOLDERS), "Obsidian's trash")
    assert.equal(ignoredReason('.git', true, FOLDERS), 'hidden folder')
    assert.equal(ignoredReason('notes/.DS_Store', false, FOLDERS), 'hidden file')
  })

  test("the templates folder is ignored where the vault's settings put it, and only there", () => {
    assert.equal(ignoredReason('Meta/Templates', true, FOLDERS), "Obsidian's templates folder")
    assert.equal(ignoredReason('Templates', true, FOLDERS), undefined)
    assert.equal(ignoredReason('notes/Meta/Templates', true, FOLDERS), undefined)
    assert.equal(ignoredReason('Meta/Templates', true, {}), undefined)
  })

  test('canvases, bases and Excalidraw drawings are ignored anywhere', () => {
    assert.equal(ignoredReason('notes/Board.canvas', false, FOLDERS), 'an Obsidian canvas')
    assert.equal(ignoredReason('notes/Tasks.base', false, FOLDERS), 'an Obsidian base')
    assert.equal(ignoredReason('notes/Sketch.excalidraw.md', false, FOLDERS), 'an Excalidraw drawing')
    assert.equal(ignoredReason('notes/Old.excalidraw', false, FOLDERS), 'an Excalidraw drawing')
  })

  test("Markdown in the Excalidraw folder is a drawing; an image exported there is not ignored", () => {
    assert.equal(ignoredReason('Excalidraw/Drawing 1.md', false, FOLDERS), 'an Excalidraw drawing (in the Excalidraw folder)')
    assert.equal(ignoredReason('Excalidraw/Drawing 1.svg', false, FOLDERS), undefined)
  })

  test('notes, talks and attachments are not ignored', () => {
    for (const file of ['notes/Elixir.md', 'talks/Talk.md', 'notes/attachments/a.png', 'profile.md']) {
      assert.equal(ignoredReason(file, false, FOLDERS), undefined, file)
    }
    assert.equal(ignoredReason('notes', true, FOLDERS), undefined)
  })
})

describe('ignoreGlobs', () => {
  test('the same rules as globs for contentlayer, folder names escaped', () => {
    assert.deepEqual(ignoreGlobs({ templates: 'Templates (old)', excalidraw: 'Excalidraw' }), [
      '**/*.excalidraw.md',
      '**/*.canvas',
      '**/*.base',
      'Templates \\(old\\)',
      'Templates \\(old\\)/**',
      'Excalidraw/**/*.{md,mdx}',
    ])
    assert.deepEqual(ignoreGlobs({}), ['**/*.excalidraw.md', '**/*.canvas', '**/*.base'])
  })
})

describe('folderInContent', () => {
  test('a folder of the vault, seen from a content folder that is the vault or a folder of it', () => {
    assert.equal(folderInContent('Templates', ''), 'Templates')
    assert.equal(folderInContent('/Meta/Templates/', ''), 'Meta/Templates')
    assert.equal(folderInContent('Site/Templates', 'Site'), 'Templates')
    assert.equal(folderInContent('Templates', 'Site'), undefined)
    assert.equal(folderInContent('', ''), undefined)
  })
})

describe('settingsFolder', () => {
  test('reads "folder" from a settings file, if it names one', () => {
    assert.equal(settingsFolder('{"folder": "Meta/Templates", "dateFormat": "YYYY"}'), 'Meta/Templates')
    assert.equal(settingsFolder('{"dateFormat": "YYYY"}'), undefined)
    assert.equal(settingsFolder('{"folder": ""}'), undefined)
    assert.equal(settingsFolder('not json'), undefined)
    assert.equal(settingsFolder(undefined), undefined)
  })
})
