import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { collectDocuments, contentDocument, DOCUMENT_TYPES, documentKind, isPlaced, kindFromProperties, readDocument, unparsableIsPrivate, type ContentDocument } from './documents'
import { documentSchemas } from '../../../content-schema'

describe('DOCUMENT_TYPES', () => {
  test('gives every schema of content-schema/ one collection', () => {
    assert.deepEqual(new Set(Object.values(DOCUMENT_TYPES)), new Set(documentSchemas))
    assert.equal(Object.values(DOCUMENT_TYPES).length, documentSchemas.length)
  })
})

describe('contentDocument', () => {
  test('names the file by its path and its name, and keeps the frontmatter and the body as given', () => {
    assert.deepEqual(contentDocument('notes/Sub/Über.md', { tags: ['a'] }, 'Body\n'), {
      _raw: { sourceFilePath: 'notes/Sub/Über.md', sourceFileName: 'Über.md' },
      frontmatter: { tags: ['a'] },
      body: { raw: 'Body\n' },
    })
  })
})

describe('documentKind', () => {
  test('places documents as content-schema/ does', () => {
    assert.equal(documentKind('profile.md'), 'profile')
    assert.equal(documentKind('talks/x.mdx'), 'talk')
    assert.equal(documentKind('case-studies/a/b.md'), 'case-study')
    assert.equal(documentKind('notes/Sub folder/Über.md'), 'note')
    assert.equal(documentKind('notes/attachments/x.png'), undefined)
    assert.equal(documentKind('readme.md'), undefined)
    assert.equal(documentKind('talks.md'), undefined)
  })

  test('a file is placed in the folder of a kind, or as the profile', () => {
    assert.equal(isPlaced('notes/x.md'), true)
    assert.equal(isPlaced('profile.md'), true)
    assert.equal(isPlaced('Ideas/x.md'), false)
    assert.equal(isPlaced('notes.md'), false)
  })
})

describe('readDocument', () => {
  test('reads frontmatter as written and the body after it', () => {
    const read = readDocument('talks/x.md', '---\ntitle: X\ndate: 2023-12-07\n---\n# Slide\n', 'content/talks/x.md')
    assert.deepEqual(read.document, {
      _raw: { sourceFilePath: 'talks/x.md', sourceFileName: 'x.md' },
      frontmatter: { title: 'X', date: '2023-12-07' },
      body: { raw: '# Slide\n' },
    })
  })

  test('YAML that does not parse is a problem naming the file and the line, not an exception', () => {
    const read = readDocument('talks/x.md', '---\ntitle: X\ndescription: [unclosed\n---\nBody\n', 'content/talks/x.md')
    assert.equal(read.document, undefined)
    assert.equal(read.problem?.file, 'content/talks/x.md')
    assert.match(read.problem?.message ?? '', /not valid YAML.*line/)
  })
})

describe('collectDocuments', () => {
  const doc = (relative: string): ContentDocument => ({ _raw: { sourceFilePath: relative, sourceFileName: relative }, frontmatter: {}, body: { raw: '' } })

  test('sorts documents into collections by place, in file order', () => {
    const { documents } = collectDocuments(new Map(['notes/b.md', 'notes/a.md', 'profile.md', 'talks/t.md'].map((f) => [f, doc(f)])), 'content/profile.md')
    assert.deepEqual(documents?.notes.map((d) => d._raw.sourceFilePath), ['notes/a.md', 'notes/b.md'])
    assert.equal(documents?.talks.length, 1)
    assert.equal(documents?.profile._raw.sourceFilePath, 'profile.md')
  })

  test("a vault's document outside the folders of kinds is the kind its properties say, a note by default", () => {
    const withProps = (relative: string, frontmatter: ContentDocument['frontmatter']) => ({ ...doc(relative), frontmatter })
    const given: [string, ContentDocument][] = [
      ['profile.md', doc('profile.md')],
      ['Home.md', doc('Home.md')],
      ['Projects/Talk.md', withProps('Projects/Talk.md', { kind: 'talk' })],
      ['Projects/Study.md', withProps('Projects/Study.md', { tags: ['case study'] })],
      ['notes/Tagged.md', withProps('notes/Tagged.md', { tags: ['case study'] })],
    ]
    const { documents } = collectDocuments(new Map(given), 'content/profile.md')
    assert.deepEqual(documents?.notes.map((d) => d._raw.sourceFilePath), ['Home.md', 'notes/Tagged.md'])
    assert.deepEqual(documents?.talks.map((d) => d._raw.sourceFilePath), ['Projects/Talk.md'])
    assert.deepEqual(documents?.caseStudies.map((d) => d._raw.sourceFilePath), ['Projects/Study.md'])
  })

  test('a missing profile is a problem naming the file', () => {
    const { documents, problems } = collectDocuments(new Map([['notes/a.md', doc('notes/a.md')]]), 'content/profile.md')
    assert.equal(documents, undefined)
    assert.equal(problems[0]?.file, 'content/profile.md')
  })
})

describe('kindFromProperties', () => {
  test('`kind` says talk or case study, its key and value matched loosely', () => {
    assert.equal(kindFromProperties({ kind: 'talk' }), 'talk')
    assert.equal(kindFromProperties({ Kind: 'Case Study' }), 'case-study')
    assert.equal(kindFromProperties({ kind: 'case-study' }), 'case-study')
  })

  test('else the tag talk or case study, as a list or a text', () => {
    assert.equal(kindFromProperties({ tags: ['elixir', 'case study'] }), 'case-study')
    assert.equal(kindFromProperties({ tags: 'case study' }), 'case-study')
    assert.equal(kindFromProperties({ Tags: ['#Talk'] }), 'talk')
    assert.equal(kindFromProperties({ kind: 'talk', tags: ['case study'] }), 'talk', '`kind` wins over a tag')
  })

  test('anything else is a note', () => {
    assert.equal(kindFromProperties({}), 'note')
    assert.equal(kindFromProperties({ kind: 'project', Type: 'Talk', tags: ['talks', 'studies'] }), 'note')
  })
})

describe('unparsableIsPrivate', () => {
  const text = (lines: string) => `---\n${lines}\ntitle: a: b\n---\nBody.\n`
  test('a note that would not be published: unmarked with PUBLISH=marked, publish: false, draft: true', () => {
    assert.equal(unparsableIsPrivate('notes/a.md', text(''), 'marked'), true)
    assert.equal(unparsableIsPrivate('Inbox/a.md', text('publish: false'), 'all'), true)
    assert.equal(unparsableIsPrivate('notes/a.md', text('Draft: "true"'), 'all'), true)
  })

  test('a note that may be published, and a talk, case study or profile, are never private', () => {
    assert.equal(unparsableIsPrivate('notes/a.md', text('publish: true'), 'marked'), false)
    assert.equal(unparsableIsPrivate('notes/a.md', text(''), 'all'), false)
    assert.equal(unparsableIsPrivate('talks/a.md', text('draft: true'), 'marked'), false)
    assert.equal(unparsableIsPrivate('case-studies/a.md', text(''), 'marked'), false)
    assert.equal(unparsableIsPrivate('profile.md', text(''), 'marked'), false)
  })
})
