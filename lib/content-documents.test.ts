import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { collectDocuments, documentKind, readDocument, type ContentDocument } from './content-documents'

describe('documentKind', () => {
  test('places documents as content-schema/ does', () => {
    assert.equal(documentKind('profile.md'), 'profile')
    assert.equal(documentKind('talks/x.mdx'), 'talk')
    assert.equal(documentKind('case-studies/a/b.md'), 'case-study')
    assert.equal(documentKind('notes/Sub folder/Über.md'), 'note')
    assert.equal(documentKind('notes/attachments/x.png'), undefined)
    assert.equal(documentKind('readme.md'), undefined)
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

  test('a missing profile is a problem naming the file', () => {
    const { documents, problems } = collectDocuments(new Map([['notes/a.md', doc('notes/a.md')]]), 'content/profile.md')
    assert.equal(documents, undefined)
    assert.equal(problems[0]?.file, 'content/profile.md')
  })
})
