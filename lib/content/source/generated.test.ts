import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { GENERATED_FILES, generatedDocuments } from './generated'

describe('GENERATED_FILES', () => {
  test("names each collection's file by its schema's type, as contentlayer names its folders", () => {
    assert.deepEqual(GENERATED_FILES, {
      profile: 'Profile/_index.json',
      talks: 'Talk/_index.json',
      caseStudies: 'CaseStudy/_index.json',
      notes: 'Note/_index.json',
    })
  })
})

describe('generatedDocuments', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'generated-'))
  after(() => rmSync(dir, { recursive: true, force: true }))
  // As contentlayer writes them: its own fields beside the three the site reads.
  const generated = (sourceFilePath: string, kind: string) => ({
    title: 'Typed again',
    body: { raw: `Body of ${sourceFilePath}\n`, html: '' },
    _id: sourceFilePath,
    _raw: { sourceFilePath, sourceFileName: path.posix.basename(sourceFilePath), sourceFileDir: '.', contentType: 'markdown', flattenedPath: sourceFilePath },
    _kind: kind,
    frontmatter: { title: 'As written' },
  })
  const write = (file: string, value: unknown) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), JSON.stringify(value))
  }
  write(GENERATED_FILES.profile, generated('profile.md', 'Profile'))
  write(GENERATED_FILES.talks, [generated('talks/b.md', 'Talk'), generated('Ideas/a.md', 'Talk')])
  write(GENERATED_FILES.caseStudies, [])
  write(GENERATED_FILES.notes, [generated('notes/Sub/n.md', 'Note')])

  test("reads every collection, each document in the dev reader's shape only", () => {
    const documents = generatedDocuments(dir)
    assert.deepEqual(documents.profile, {
      _raw: { sourceFilePath: 'profile.md', sourceFileName: 'profile.md' },
      frontmatter: { title: 'As written' },
      body: { raw: 'Body of profile.md\n' },
    })
    assert.deepEqual(documents.talks.map((doc) => doc._raw), [
      { sourceFilePath: 'talks/b.md', sourceFileName: 'b.md' },
      { sourceFilePath: 'Ideas/a.md', sourceFileName: 'a.md' },
    ])
    assert.deepEqual(documents.caseStudies, [])
    assert.deepEqual(Object.keys(documents.notes[0]!), ['_raw', 'frontmatter', 'body'])
  })
})
