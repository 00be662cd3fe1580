import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { caseStudySchema, noteSchema, talkSchema, type DocumentSchema, type Fields } from '@/content-schema'
import { splitFrontmatter } from '../core/frontmatter'
import { isNewKind, NEW_KINDS, newContentFile, NewContentError, type NewKind } from './new-content'
import { readNoteFrontmatter } from '../content/readers/note-frontmatter'
import { splitSlides } from '../markdown/slides'
import { validateFrontmatter } from '../content/readers/validate'

const TODAY = '2026-03-14'
const SCHEMAS: Record<NewKind, DocumentSchema> = { talk: talkSchema, 'case-study': caseStudySchema, note: noteSchema }

const refused = (run: () => unknown, message: RegExp) =>
  assert.throws(run, (error: unknown) => error instanceof NewContentError && message.test(error.message))

describe('newContentFile', () => {
  test('the kinds are talk, case-study and note', () => {
    assert.deepEqual([...NEW_KINDS].sort(), ['case-study', 'note', 'talk'])
    assert.equal(isNewKind('talk'), true)
    assert.equal(isNewKind('profile'), false)
    assert.equal(isNewKind('toString'), false)
  })

  for (const kind of NEW_KINDS) {
    test(`a new ${kind} passes its schema, with every required field`, () => {
      const schema = SCHEMAS[kind]
      const { text, file } = newContentFile(kind, 'Elixir: the Big & the Small', TODAY, [])
      const { data } = splitFrontmatter(text)
      assert.deepEqual(validateFrontmatter(schema, data, file), [])
      if (kind === 'note') assert.deepEqual(readNoteFrontmatter(data, file).problems, [])
      for (const [key, field] of Object.entries(schema.fields)) {
        if (field.required) assert.ok(key in data, `${kind} has its required field ${key}`)
      }
    })
  }

  test('a field made required in the schema is in every new file', () => {
    // The rule is the schema's: the template reads it rather than repeating it.
    const { data } = splitFrontmatter(newContentFile('talk', 'T', TODAY, []).text)
    const required = Object.entries(talkSchema.fields as Fields).filter(([, f]) => f.required).map(([k]) => k)
    assert.deepEqual(Object.keys(data).sort(), [...required].sort())
  })

  test('a talk is named by its slug, in content/talks/, titled and dated today', () => {
    const talk = newContentFile('talk', '  My First   Talk ', TODAY, [])
    assert.equal(talk.file, 'talks/my-first-talk.md')
    assert.equal(talk.slug, 'my-first-talk')
    assert.deepEqual(talk.frontmatter, { title: 'My First Talk', description: `TODO: ${talkSchema.fields.description.hint}`, date: TODAY })
  })

  test("a talk's body is a deck of two slides, the second with speaker notes", () => {
    const { body } = splitFrontmatter(newContentFile('talk', 'My First Talk', TODAY, []).text)
    const slides = splitSlides(body)
    assert.equal(slides.length, 2)
    assert.match(slides[0]?.markdown ?? '', /^# My First Talk/)
    assert.match(slides[1]?.notes ?? '', /never published/)
  })

  test('a case study goes to content/case-studies/', () => {
    assert.equal(newContentFile('case-study', 'The Marriage Pact', TODAY, []).file, 'case-studies/the-marriage-pact.md')
  })

  test('a note is named after its title, as Obsidian names it, and created today', () => {
    const note = newContentFile('note', 'Rehearsal checklist', TODAY, [])
    assert.equal(note.file, 'notes/Rehearsal checklist.md')
    assert.equal(note.slug, 'rehearsal-checklist')
    const { data } = splitFrontmatter(note.text)
    assert.equal(data.title, undefined)
    const { meta, problems } = readNoteFrontmatter(data, note.file)
    assert.deepEqual(problems, [])
    assert.equal(meta.created, TODAY)
    assert.equal(meta.stage, 'seedling')
  })

  test("a note whose title a file name cannot hold keeps the title in its frontmatter", () => {
    const note = newContentFile('note', 'Q&A: what/why?', TODAY, [])
    assert.equal(note.file, 'notes/Q&A what why.md')
    assert.equal(splitFrontmatter(note.text).data.title, 'Q&A: what/why?')
  })

  test('YAML-significant titles are quoted, and read back unchanged', () => {
    for (const title of ['true', '2024', 'Elixir: a "quote" # not a comment', '- dash']) {
      assert.equal(splitFrontmatter(newContentFile('talk', title, TODAY, []).text).data.title, title)
    }
  })

  test('the optional fields are named in a comment', () => {
    assert.match(newContentFile('talk', 'T', TODAY, []).text, /^# Optional: .*\bshortlink\b.*\babstract\b.*\bevents\b/m)
  })

  test('an existing file is never overwritten', () => {
    refused(() => newContentFile('talk', 'My First Talk', TODAY, [{ file: 'my-first-talk.md', slug: 'my-first-talk' }]), /content\/talks\/my-first-talk\.md already exists: not overwritten/)
    refused(() => newContentFile('note', 'Idea', TODAY, [{ file: 'idea.md', slug: 'idea' }]), /content\/notes\/idea\.md already exists/)
  })

  test('a file with the same URL is refused, naming it', () => {
    refused(() => newContentFile('talk', 'My First Talk', TODAY, [{ file: 'first.md', slug: 'my-first-talk' }]), /content\/talks\/first\.md already has the URL/)
    refused(() => newContentFile('note', 'Idea', TODAY, [{ file: 'Ideas/Idea.md', slug: 'idea' }]), /content\/notes\/Ideas\/Idea\.md/)
  })

  test('a title without letters or digits is refused', () => {
    refused(() => newContentFile('talk', ' !!! ', TODAY, []), /no letters or digits/)
    refused(() => newContentFile('note', '???', TODAY, []), /no letters or digits/)
  })
})
