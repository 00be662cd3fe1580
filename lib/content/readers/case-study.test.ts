import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readCaseStudy } from './case-study'

const FILE = 'content/case-studies/Big Move.md'
const FIELDS = { title: 'The big move', description: 'How we moved.', date: '2024-05-01' }

test('a case study reads its fields, published at its file name as a slug', () => {
  const reading = readCaseStudy({
    file: FILE,
    frontmatter: { ...FIELDS, company: ' Discord ', tags: ['Scale'], links: [{ title: 'Post', url: 'https://example.org/post' }] },
    body: 'What happened.',
  })
  assert.ok('page' in reading)
  assert.deepEqual(reading.problems, [])
  const { page } = reading
  assert.equal(page.url, '/case-studies/big-move/')
  assert.equal(page.company, 'Discord')
  assert.equal(page.role, undefined)
  assert.equal(page.body, 'What happened.')
  assert.deepEqual(page.tags, [{ name: 'Scale', slug: 'scale' }])
  assert.deepEqual(page.links, [{ title: 'Post', url: 'https://example.org/post' }])
})

test('a draft is left out, and still checked against the schema', () => {
  assert.deepEqual(readCaseStudy({ file: FILE, frontmatter: { ...FIELDS, draft: true }, body: '' }), { leftOut: 'draft: true', problems: [] })
  const broken = readCaseStudy({ file: FILE, frontmatter: { title: 'T', draft: true }, body: '' })
  assert.ok('leftOut' in broken)
  assert.deepEqual(broken.problems.map((p) => [p.file, p.field]), [[FILE, 'description'], [FILE, 'date']])
})

test('publish: false leaves a case study out, in either mode, and publish must be true or false', () => {
  assert.deepEqual(readCaseStudy({ file: FILE, frontmatter: { ...FIELDS, publish: false }, body: '' }), { leftOut: 'publish: false', problems: [] })
  assert.deepEqual(readCaseStudy({ file: FILE, frontmatter: { ...FIELDS, publish: false }, body: '' }, 'marked'), { leftOut: 'publish: false', problems: [] })
  assert.ok('page' in readCaseStudy({ file: FILE, frontmatter: { ...FIELDS, publish: true }, body: '' }))
  assert.ok('page' in readCaseStudy({ file: FILE, frontmatter: FIELDS, body: '' }, 'marked'))
  const wrong = readCaseStudy({ file: FILE, frontmatter: { ...FIELDS, publish: 'no' }, body: '' })
  assert.deepEqual(wrong.problems.map((p) => [p.field, p.message]), [['publish', 'expected true or false, got "no"']])
})

test('a field the schema does not know is a problem naming the file and the field', () => {
  const reading = readCaseStudy({ file: FILE, frontmatter: { ...FIELDS, compnay: 'Discord' }, body: '' })
  assert.deepEqual(reading.problems.map((p) => [p.file, p.field]), [[FILE, 'compnay']])
})

test("a vault's note tagged case study, outside case-studies/, is read with a note's leniency", () => {
  const reading = readCaseStudy({
    file: 'content/Projects/Elixir in the big and small.md',
    frontmatter: { Owner: 'Jacob', 'Created time': '2023-11-30T12:14', Development: 'Budding', tags: ['case study'] },
    body: 'How Discord runs **Elixir**, at scale.\n\nMore.',
  })
  assert.ok('page' in reading)
  assert.deepEqual(reading.problems, [])
  assert.equal(reading.page.url, '/case-studies/elixir-in-the-big-and-small/')
  assert.equal(reading.page.title, 'Elixir in the big and small')
  assert.equal(reading.page.date, '2023-11-30')
  assert.equal(reading.page.description, 'How Discord runs Elixir, at scale. More.')
  assert.deepEqual(reading.page.tags.map((t) => t.slug), ['case-study'])
})

test('a case study from a note names its own keys in problems, and is private with PUBLISH=marked until marked', () => {
  const doc = { file: 'content/Projects/Study.md', frontmatter: { kind: 'case study', 'Created time': 'someday', description: 'D' }, body: '' }
  const published = readCaseStudy(doc)
  assert.deepEqual(published.problems.map((p) => p.field), ['Created time'])
  const kept = readCaseStudy(doc, 'marked')
  assert.ok('leftOut' in kept)
  assert.deepEqual(kept.problems, [])
  assert.deepEqual(kept.warnings?.map((p) => p.field), ['Created time'])
  assert.ok('page' in readCaseStudy({ ...doc, frontmatter: { ...doc.frontmatter, 'Created time': '2024-01-01', Publish: true } }, 'marked'))
})
