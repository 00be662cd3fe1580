import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Talk } from '../../core/model'
import type { LeftOut, Reading, SourceDocument } from './common'
import { readTalk } from './talk'

const FILE = 'content/talks/Elixir Talk.md'
const FIELDS = { title: 'Elixir', description: 'A talk', date: '2023-01-01' }
const talk = (frontmatter: SourceDocument['frontmatter'], body = '# One') => readTalk({ file: FILE, frontmatter, body })

function page(reading: Reading<Talk> | LeftOut): Talk {
  assert.ok('page' in reading, `left out: ${'leftOut' in reading ? reading.leftOut : ''}`)
  assert.deepEqual(reading.problems, [])
  return reading.page
}

test('a talk is published at its file name as a slug, or at its own slug', () => {
  const fromFile = page(talk(FIELDS))
  assert.equal(fromFile.slug, 'elixir-talk')
  assert.equal(fromFile.url, '/talks/elixir-talk/')
  assert.equal(fromFile.isMdx, false)
  assert.equal(page(talk({ ...FIELDS, slug: 'elx' })).url, '/talks/elx/')
  assert.equal(page(readTalk({ file: 'content/talks/x.mdx', frontmatter: FIELDS, body: '# One' })).isMdx, true)
})

test('a draft, or a talk with publish: false, is left out with that reason and no page', () => {
  assert.deepEqual(talk({ ...FIELDS, draft: true }), { leftOut: 'draft: true', problems: [] })
  assert.deepEqual(talk({ ...FIELDS, publish: false }), { leftOut: 'publish: false', problems: [] })
  assert.deepEqual(talk({ ...FIELDS, Publish: false }), { leftOut: 'publish: false', problems: [] })
  assert.ok('page' in talk({ ...FIELDS, publish: true }))
  assert.ok('page' in readTalk({ file: FILE, frontmatter: { ...FIELDS, publish: true }, body: '# One' }, 'marked'))
})

test('keys written as in Obsidian read as the talk\'s own; unknown ones become properties', () => {
  const read = page(talk({ Title: 'Elixir', Description: 'A talk', 'Created time': '2023-11-30', Owner: 'Ada' }))
  assert.equal(read.title, 'Elixir')
  assert.equal(read.date, '2023-11-30')
  assert.deepEqual(read.properties, [{ key: 'Owner', value: 'Ada' }])
})

test('tags are one per slug, named as first written', () => {
  assert.deepEqual(page(talk({ ...FIELDS, tags: ['Elixir', 'elixir', 'BEAM VM'] })).tags, [
    { name: 'Elixir', slug: 'elixir' },
    { name: 'BEAM VM', slug: 'beam-vm' },
  ])
})

test('speaker notes reach neither the body nor the slides', () => {
  const read = page(talk(FIELDS, '# One\n\nNote:\nmy secret\n\n---\n\n# Two'))
  assert.deepEqual(read.slides.map((s) => s.markdown), ['# One', '# Two'])
  assert.equal(read.body, '# One\n\n# Two')
})

test('events are newest first', () => {
  const read = page(talk({ ...FIELDS, events: [{ name: 'First', date: '2023-01-01' }, { name: 'Latest', date: '2024-03-01' }] }))
  assert.deepEqual(read.events.map((e) => e.name), ['Latest', 'First'])
})

test("a slide's footnotes join the sources; one with a listed URL is merged into it", () => {
  const read = page(
    talk(
      { ...FIELDS, sources: [{ title: 'Docs', url: 'https://elixir-lang.org' }] },
      '# One[^a]\n\n[^a]: Docs, https://elixir-lang.org\n\n---\n\n# Two[^b]\n\n[^b]: [A paper](https://example.org/paper)',
    ),
  )
  assert.deepEqual(read.sources, [
    { number: 1, title: 'Docs', url: 'https://elixir-lang.org', note: undefined, slides: [1] },
    { number: 2, title: 'A paper', url: 'https://example.org/paper', slides: [2] },
  ])
  assert.deepEqual([...read.slides[1]!.footnotes], [['b', 2]])
})

test('a Time: line is a slide time only in a talk with a recording', () => {
  const body = '# One\n\nTime: 0:10\n\n---\n\n# Two\n\nTime: 1:00'
  const recorded = page(talk({ ...FIELDS, video: 'https://youtu.be/abc' }, body))
  assert.deepEqual(recorded.slides.map((s) => s.start), [10, 60])
  assert.equal(recorded.body.includes('Time:'), false)
  const unrecorded = page(talk(FIELDS, body))
  assert.deepEqual(unrecorded.slides.map((s) => s.start), [undefined, undefined])
  assert.equal(unrecorded.slides[0]!.markdown, '# One\n\nTime: 0:10')
})

test('problems name the file and the field: times that go back, a talk with no slides at all, a typo', () => {
  const back = talk({ ...FIELDS, video: 'https://youtu.be/abc' }, '# One\n\nTime: 1:00\n\n---\n\n# Two\n\nTime: 0:30')
  assert.deepEqual(back.problems.map((p) => [p.file, p.field]), [[FILE, 'slide 2']])
  assert.deepEqual(talk(FIELDS, '').problems.map((p) => [p.file, p.field]), [[FILE, 'slides']])
  assert.equal(page(talk({ ...FIELDS, slides: { pdf: 'https://example.com/deck.pdf' } }, '')).slides.length, 0)
  // A PDF under public/ is the deck (lib/content/readers/talk-pdf.ts); one that is not there (put
  // on the host apart, say) builds as it did before PDFs were decks: linked, with a warning.
  const unread = talk({ ...FIELDS, slides: { pdf: '/deck.pdf' } }, '')
  assert.deepEqual(unread.problems, [])
  assert.deepEqual('page' in unread && unread.warnings?.map((p) => [p.file, p.field]), [[FILE, 'slides.pdf']])
  assert.equal(page(unread).deck.pdf, '/deck.pdf')
  assert.deepEqual(talk({ ...FIELDS, tittle: 'x' }).problems.map((p) => [p.file, p.field]), [[FILE, 'tittle']])
})

test("a vault's note that says kind: talk, outside talks/, is a talk at /talks/, its kind not shown", () => {
  const doc = { file: 'content/Projects/Elixir Meetup.md', frontmatter: { kind: 'talk', 'Created time': '2023-11-30T12:14', Owner: 'Ada' }, body: 'Hello.\n\n---\n\nTwo.' }
  const made = page(readTalk(doc))
  assert.equal(made.url, '/talks/elixir-meetup/')
  assert.equal(made.title, 'Elixir Meetup')
  assert.equal(made.date, '2023-11-30')
  assert.deepEqual(made.properties.map((p) => p.key), ['Owner'])
})

test('with PUBLISH=marked a talk made from a note publishes only when marked; its problems meanwhile are warnings', () => {
  const doc = { file: 'content/Projects/Meetup.md', frontmatter: { kind: 'talk', created: 'someday' }, body: '# One' }
  const kept = readTalk(doc, 'marked')
  assert.ok('leftOut' in kept)
  assert.equal(kept.leftOut, 'private: not marked publish: true')
  assert.deepEqual(kept.problems, [])
  assert.equal(kept.warnings?.[0]?.field, 'created')
  const marked = readTalk({ ...doc, frontmatter: { ...doc.frontmatter, publish: true } }, 'marked')
  assert.ok('page' in marked)
  assert.equal(marked.problems[0]?.field, 'created', 'published, its problems stop the build')
  // In talks/ the publish mode does not apply: a talk there is written for the site.
  assert.ok('page' in readTalk({ file: FILE, frontmatter: FIELDS, body: '# One' }, 'marked'))
})

test('a talk\'s abstract is its own field, for the speaker kit; none is none, not the description', () => {
  assert.equal(page(talk({ ...FIELDS, abstract: 'What the audience **learns**.', duration: 45 })).abstract, 'What the audience **learns**.')
  assert.equal(page(talk(FIELDS)).abstract, undefined)
  const reading = talk({ ...FIELDS, abstract: ['not', 'text'] })
  assert.deepEqual(reading.problems.map((p) => [p.file, p.field]), [[FILE, 'abstract']])
  assert.deepEqual(talk({ ...FIELDS, abstrat: 'typo' }).problems.map((p) => [p.field, p.message]), [['abstrat', 'unknown field (did you mean "abstract"?)']])
})
