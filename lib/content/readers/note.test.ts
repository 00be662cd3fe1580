import assert from 'node:assert/strict'
import { test } from 'node:test'
import { scanBody } from '../../markdown'
import type { SourceDocument } from './common'
import { readNote } from './note'
import type { PublishMode } from '../../core/model'

const FILE = 'content/notes/Areas/Elixir Notes.md'
const note = (frontmatter: SourceDocument['frontmatter'], body = 'Elixir runs on the BEAM.', publish: PublishMode = 'all') =>
  readNote({ file: FILE, frontmatter, body }, { publish, scan: scanBody })

test("a note's title is its file name, its description its opening text, its tags its own and its inline #tags", () => {
  const reading = note({ tags: ['beam'], updated: '2024-02-01', created: '2023-01-01' }, 'Elixir runs on the **BEAM**. #functional #Beam')
  assert.ok('page' in reading)
  assert.deepEqual(reading.problems, [])
  const { page } = reading
  assert.equal(page.title, 'Elixir Notes')
  assert.equal(page.url, '/notes/elixir-notes/')
  assert.equal(page.description, 'Elixir runs on the BEAM. #functional #Beam')
  assert.deepEqual(page.tags.map((t) => t.slug), ['beam', 'functional'])
  assert.equal(page.date, '2024-02-01', 'the last update is the date')
})

test('a note written in Obsidian keeps its own keys as properties and its title and aliases', () => {
  const reading = note({ Title: 'Elixir', Alias: 'Ex', Lifespan: 'Seasonal', Owner: 'Ada' })
  assert.ok('page' in reading)
  assert.equal(reading.page.title, 'Elixir')
  assert.deepEqual(reading.page.aliases, ['Ex'])
  assert.deepEqual(reading.page.properties, [{ key: 'Lifespan', value: 'Seasonal' }, { key: 'Owner', value: 'Ada' }])
})

test('a draft or a note with publish: false is left out, with the reason, in either publish mode', () => {
  assert.deepEqual(note({ draft: true }), { leftOut: 'draft: true', problems: [] })
  assert.deepEqual(note({ publish: false }, '', 'marked'), { leftOut: 'publish: false', problems: [] })
})

test('with PUBLISH=marked a note not marked publish: true is private, and keeps the names links may use', () => {
  assert.deepEqual(note({ title: 'Elixir', aliases: ['Ex'] }, 'x', 'marked'), {
    leftOut: 'private: not marked publish: true',
    private: { fileName: 'Elixir Notes', title: 'Elixir', aliases: ['Ex'], file: FILE },
    problems: [],
  })
  assert.ok('page' in note({ publish: true }, 'x', 'marked'))
  assert.ok('page' in note({}, 'x', 'all'))
})

test('a created date that is no date is a problem naming the file and the key as written', () => {
  const reading = note({ 'Created time': 'someday' })
  assert.deepEqual(reading.problems.map((p) => [p.file, p.field]), [[FILE, 'Created time']])
})

test("Obsidian Publish's description is the note's description; its cssclasses and permalink are kept for the page", () => {
  const reading = note({ description: 'What the note is about.', cssclasses: ['wide'], permalink: 'elixir' })
  assert.ok('page' in reading)
  assert.equal(reading.page.description, 'What the note is about.')
  assert.deepEqual(reading.page.cssclasses, ['wide'])
  assert.equal(reading.page.permalink, 'elixir')
  assert.deepEqual(reading.page.properties, [])
})

test("an unpublished note's problems are warnings, never errors: a private note, publish: false, a draft", () => {
  const bad = { 'Created time': 'someday' }
  for (const [frontmatter, publish] of [[bad, 'marked'], [{ ...bad, publish: false }, 'all'], [{ ...bad, draft: true }, 'all']] as const) {
    const reading = note(frontmatter, 'x', publish)
    assert.ok('leftOut' in reading, JSON.stringify(frontmatter))
    assert.deepEqual(reading.problems, [])
    assert.equal(reading.warnings?.[0]?.field, 'Created time')
  }
  // Published, the same note fails.
  const published = note(bad, 'x', 'all')
  assert.ok('page' in published)
  assert.equal(published.problems[0]?.field, 'Created time')
})
