import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { escapeGlob, folderInContent, ignoredReason, ignoreGlobs, isPublishSiteFile, settingsFolder, templatePlaceholder } from './obsidian-files'

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

  test("Obsidian Publish's site files are ignored in any folder; other CSS, scripts and images are not", () => {
    for (const file of ['publish.css', 'publish.js', 'en/favicon.ico', 'en/favicon-96x96.png', 'th/site-options.json', 'Site/Publish.CSS']) {
      assert.equal(ignoredReason(file, false, FOLDERS), "Obsidian Publish's site file", file)
    }
    for (const file of ['notes/style.css', 'notes/publish.md', 'attachments/favicon.svg', 'en/publish.strings.js', 'options.json']) {
      assert.equal(ignoredReason(file, false, FOLDERS), undefined, file)
    }
    assert.equal(isPublishSiteFile('site-options.json'), true)
    assert.equal(isPublishSiteFile('publish.md'), false)
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

describe('templatePlaceholder', () => {
  test("Obsidian's {{...}} and Templater's <% %> in frontmatter mark a template, as written", () => {
    assert.equal(templatePlaceholder('created: {{date}}'), '{{date}}')
    assert.equal(templatePlaceholder('title: "{{title}}"\ntags: [daily]'), '{{title}}')
    assert.equal(templatePlaceholder('time: {{time:HH:mm}}'), '{{time:HH:mm}}')
    assert.equal(templatePlaceholder('created: <% tp.date.now("YYYY-MM-DD") %>'), '<% tp.date.now("YYYY-MM-DD") %>')
  })

  test('frontmatter without a placeholder is no template', () => {
    assert.equal(templatePlaceholder(''), undefined)
    assert.equal(templatePlaceholder('title: Sets {a, b}\ncreated: 2024-01-01'), undefined)
    assert.equal(templatePlaceholder('note: "a { b } c"'), undefined)
  })
})

describe('escapeGlob', () => {
  test("a path's glob characters and commas are escaped, so it can stand in a list in braces", () => {
    assert.equal(escapeGlob('Talks (2023), v2/[draft] {x}!.md'), 'Talks \\(2023\\)\\, v2/\\[draft\\] \\{x\\}\\!.md')
  })
})
