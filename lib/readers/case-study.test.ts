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

test('a field the schema does not know is a problem naming the file and the field', () => {
  const reading = readCaseStudy({ file: FILE, frontmatter: { ...FIELDS, compnay: 'Discord' }, body: '' })
  assert.deepEqual(reading.problems.map((p) => [p.file, p.field]), [[FILE, 'compnay']])
})
