import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { splitFrontmatter } from '../core/frontmatter'
import { noteKeyAliases } from '@/content-schema/note'
import { readForEditor, writeFromEditor, type EditorEntry, type PublishRule } from './frontmatter-edit'

const TALK = `---
title: Elixir in the Big and Small
description: Using Elixir in production at a seed-stage startup and at Discord, and what that says about whether Elixir fits your work.
date: 2023-12-07
tags: [elixir, scaling, startups]
aliases: [Elixir Meetup Talk]
duration: 30
events:
  - name: Elixir Meetup
    date: 2023-12-07
    url: 'https://www.meetup.com/example/'
---
# Elixir in the Big and Small

---

Note:
Hi.
`

const NOTE = `---
Owner: Jacob Bleser
Created time: 2023-11-30T12:14
Development: Budding
Type: Project
tags:
  - case study
---
[[Elixir Meetup Talk]]
  
Last line without a newline`

const TALK_ORDER = ['title', 'description', 'date', 'slug', 'tags', 'aliases', 'draft', 'shortlink', 'duration', 'events', 'body']
const NOTE_ORDER = ['title', 'created', 'updated', 'stage', 'lifespan', 'type', 'tags', 'aliases', 'publish', 'draft', 'body']

/** A talk's folder, with every note published unless it says otherwise (the sample content's way). */
const SITE: PublishRule = { mode: 'all', ownFolder: true }

/** What the editor hands back after the user changed `changes` (undefined: a field emptied). */
function edit(text: string, changes: Record<string, unknown>, order = TALK_ORDER): string {
  const entry: EditorEntry = { ...readForEditor(text, SITE) }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete entry[key]
    else entry[key] = value
  }
  return writeFromEditor(entry, order)
}

describe('readForEditor', () => {
  test('gives the frontmatter keys, the body and the file it read', () => {
    const entry = readForEditor(NOTE, SITE)
    assert.equal(entry['Created time'], '2023-11-30T12:14')
    assert.deepEqual(entry.tags, ['case study'])
    assert.equal(entry.body, '[[Elixir Meetup Talk]]\n  \nLast line without a newline')
    assert.equal(entry.__source_file, NOTE)
  })

  test('marks what the build leaves out, as it decides it: drafts, and private notes by the publish mode', () => {
    const status = (frontmatter: string, rule: PublishRule) => readForEditor(`---\n${frontmatter}\n---\nBody\n`, rule).__status
    const notesAll: PublishRule = { mode: 'all', ownFolder: false }
    const notesMarked: PublishRule = { mode: 'marked', ownFolder: false }
    assert.equal(status('draft: true', SITE), 'Draft: ')
    assert.equal(status('publish: false', SITE), 'Private: ')
    assert.equal(status('title: T', SITE), undefined)
    assert.equal(status('title: T', { mode: 'marked', ownFolder: true }), undefined)
    assert.equal(status('publish: false', notesAll), 'Private: ')
    assert.equal(status('tags: [a]', notesAll), undefined)
    assert.equal(status('tags: [a]', notesMarked), 'Private: ')
    assert.equal(status('publish: true', notesMarked), undefined)
    assert.equal(status('publish: true\ndraft: true', notesMarked), 'Draft: ')
  })

  test('dates stay strings, as the build reads them (YAML 1.2)', () => {
    assert.equal(readForEditor(TALK, SITE).date, '2023-12-07')
  })
})

describe("a vault note's keys under the form's field names", () => {
  const notes: PublishRule = { mode: 'all', ownFolder: false }
  const VAULT = `---\r\nOwner: Jacob Bleser\r\nCreated time: 2023-11-30T12:14\r\nDevelopment: Budding # how grown\r\nLifespan: Seasonal\r\nPublish: false\r\nTags:\r\n  - case study\r\n---\r\nBody\r\n`
  const read = () => readForEditor(VAULT, notes, noteKeyAliases)

  test('are shown in their fields, as the build reads them, and decide the status as the build does', () => {
    const entry = read()
    assert.equal(entry.created, '2023-11-30T12:14')
    assert.equal(entry.stage, 'Budding')
    assert.equal(entry.lifespan, 'Seasonal')
    assert.deepEqual(entry.tags, ['case study'])
    assert.equal(entry.Owner, 'Jacob Bleser')
    assert.equal('Lifespan' in entry, false)
    assert.equal(entry.__status, 'Private: ')
  })

  test('are written back under the file\'s own names: untouched, the file is unchanged; edited, only that line', () => {
    assert.equal(writeFromEditor(read(), NOTE_ORDER), VAULT)
    const entry = read()
    entry.stage = 'Evergreen'
    entry.lifespan = 'Perennial'
    assert.equal(
      writeFromEditor(entry, NOTE_ORDER),
      VAULT.replace('Development: Budding # how grown', 'Development: Evergreen # how grown').replace('Lifespan: Seasonal', 'Lifespan: Perennial'),
    )
  })

  test('a field emptied removes the file\'s key, as for any key', () => {
    const entry = read()
    delete entry.lifespan
    assert.equal(writeFromEditor(entry, NOTE_ORDER), VAULT.replace('Lifespan: Seasonal\r\n', ''))
  })

  test('a field written under two names stays as written: the build names the clash', () => {
    const both = readForEditor('---\nlifespan: a\nLifespan: b\n---\n', notes, noteKeyAliases)
    assert.equal(both.lifespan, 'a')
    assert.equal(both.Lifespan, 'b')
  })
})

describe('writeFromEditor', () => {
  test('an entry saved unchanged is the same file, byte for byte', () => {
    for (const text of [TALK, NOTE, '\uFEFFNo frontmatter\r\nat all', '---\r\ntitle: CRLF\r\ntags: [a]\r\n---\r\nBody\r\n']) {
      assert.equal(writeFromEditor(readForEditor(text, SITE), TALK_ORDER), text)
    }
  })

  test('editing one field rewrites that line only: flow lists, quotes and long lines are kept', () => {
    assert.equal(edit(TALK, { title: 'Elixir, Big and Small' }), TALK.replace('title: Elixir in the Big and Small', 'title: Elixir, Big and Small'))
  })

  test('an edited list keeps its style: flow stays flow, block stays block', () => {
    assert.equal(edit(TALK, { tags: ['elixir', 'beam'] }), TALK.replace('tags: [elixir, scaling, startups]', 'tags: [elixir, beam]'))
    assert.equal(edit(NOTE, { tags: ['case study', 'elixir'] }, NOTE_ORDER), NOTE.replace('  - case study\n', '  - case study\n  - elixir\n'))
  })

  test('a list written without indentation under its key stays so', () => {
    const text = '---\ntags:\n- a\n- b\nOwner: me\n---\nBody\n'
    assert.equal(edit(text, { tags: ['a', 'c'] }), '---\ntags:\n- a\n- c\nOwner: me\n---\nBody\n')
  })

  test('an edited item of a list of objects keeps the other items and the quoting', () => {
    const events = [{ name: 'Elixir Meetup SF', date: '2023-12-07', url: 'https://www.meetup.com/example/' }]
    assert.equal(edit(TALK, { events }), TALK.replace('  - name: Elixir Meetup\n', '  - name: Elixir Meetup SF\n'))
  })

  test('properties the editor does not show keep their place and their text', () => {
    const after = edit(NOTE, { title: 'Elixir in the Big and Small' }, NOTE_ORDER)
    // A new field goes before the next field in the editor's order (tags), after Obsidian's own.
    assert.equal(after, NOTE.replace('Type: Project\n', 'Type: Project\ntitle: Elixir in the Big and Small\n'))
  })

  test('a new list in a file that writes lists [a, b] is written that way', () => {
    assert.match(edit('---\ntitle: X\ntags: [a]\n---\n', { aliases: ['Y', 'Z'] }), /^aliases: \[Y, Z\]$/m)
  })

  test('an optional field emptied in the editor is removed, with nothing else', () => {
    assert.equal(edit(TALK, { duration: undefined }), TALK.replace('duration: 30\n', ''))
  })

  test('comments and blank lines are kept, and stay above the key they describe', () => {
    const text = '---\n# Obsidian properties\nOwner: me # who\n\n# where it is given\nevents: []\n---\n'
    const after = edit(text, { Owner: 'you', duration: 20 })
    assert.equal(after, '---\n# Obsidian properties\nOwner: you # who\nduration: 20\n\n# where it is given\nevents: []\n---\n')
  })

  test('the body is kept byte for byte unless edited; an edited body keeps the file\'s line breaks', () => {
    const crlf = '---\r\ntitle: X\r\n---\r\nOne\r\nTwo\r\n'
    assert.equal(edit(crlf, { body: 'One\nTwo\n' }), crlf)
    assert.equal(edit(crlf, { body: 'One\nTwo\nThree\n' }), '---\r\ntitle: X\r\n---\r\nOne\r\nTwo\r\nThree\r\n')
    assert.equal(edit(NOTE, { Owner: 'Jacob' }, NOTE_ORDER), NOTE.replace('Owner: Jacob Bleser', 'Owner: Jacob'))
  })

  test('an edited body of a CRLF file ends with CRLF, where the editor hands it without a final line break', () => {
    const crlf = '---\r\ntitle: X\r\n---\r\nOne\r\nTwo\r\n'
    assert.equal(edit(crlf, { body: 'One\nTwo\nThree' }), '---\r\ntitle: X\r\n---\r\nOne\r\nTwo\r\nThree\r\n')
    assert.equal(edit('\uFEFFOne\r\nTwo', { title: 'T' }), '\uFEFF---\r\ntitle: T\r\n---\r\nOne\r\nTwo\r\n')
  })

  test('a comment on an edited map\'s or list\'s key line stays on that line', () => {
    const text = '---\nname: A\nlinks:  # my links\n  website: https://a.example\ntags: # topics\n  - a\n---\n'
    assert.equal(
      edit(text, { links: { website: 'https://b.example' }, tags: ['a', 'b'] }),
      '---\nname: A\nlinks:  # my links\n  website: https://b.example\ntags: # topics\n  - a\n  - b\n---\n',
    )
  })

  test('a note without frontmatter gets a block only when a property is set, and keeps its byte-order mark', () => {
    const text = '\uFEFFJust text\n'
    assert.equal(edit(text, { body: 'Just text, edited\n' }), '\uFEFFJust text, edited\n')
    assert.equal(edit(text, { title: 'Named' }), '\uFEFF---\ntitle: Named\n---\nJust text\n')
  })

  test('a new file follows the editor\'s field order and parses back to what was entered', () => {
    const data = { tags: ['a', 'b'], title: 'New talk', date: '2024-03-14', description: 'D', body: '# Slide\n' }
    const text = writeFromEditor(data, TALK_ORDER)
    assert.equal(text, '---\ntitle: New talk\ndescription: D\ndate: 2024-03-14\ntags:\n  - a\n  - b\n---\n# Slide\n')
    assert.deepEqual(splitFrontmatter(text), { data: { title: 'New talk', description: 'D', date: '2024-03-14', tags: ['a', 'b'] }, body: '# Slide\n' })
  })

  test('values that need quotes get them, so they read back as they were entered', () => {
    for (const value of ['true', '2024', 'a: b', '#tag', 'null', '[x]']) {
      const text = edit(TALK, { title: value })
      assert.equal(splitFrontmatter(text).data.title, value, value)
    }
  })

  test('the file it read and its status are never written out', () => {
    assert.doesNotMatch(edit(TALK, { title: 'X' }), /__source_file/)
    assert.doesNotMatch(edit(TALK.replace('duration: 30', 'draft: true'), { title: 'X' }), /__status/)
  })
})
