import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { validateValue } from '../readers/validate'
import { documentSchemas, noteSchema, profileSchema, talkSchema, type DocumentSchema, type Fields, type StringFormat } from '@/content-schema'
import { EDITOR_FORMATS, formatPatterns, toDecapCollections, toDecapConfig, toDecapPhrases, type DecapField } from '@/content-schema/decap'

const schemas: readonly DocumentSchema[] = documentSchemas
const config = toDecapConfig(schemas, { backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' }})

/** Every schema field as a path ("events.date"), to compare with the generated settings. */
function schemaPaths(fields: Fields, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([name, field]) => [
    `${prefix}${name}`,
    ...(field.type === 'list' || field.type === 'object' ? schemaPaths(field.fields, `${prefix}${name}.`) : []),
  ])
}

function decapPaths(fields: DecapField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...decapPaths(f.fields ?? [], `${prefix}${f.name}.`)])
}

const fieldsOf = (schema: DocumentSchema) => {
  const [collection] = toDecapCollections(schema)
  return collection?.fields ?? collection?.files?.[0]?.fields ?? []
}

describe('Decap settings generated from the content schemas', () => {
  test('every field of every schema appears in the editor, nested ones included, plus the body', () => {
    for (const schema of schemas) {
      assert.deepEqual(decapPaths(fieldsOf(schema)), [...schemaPaths(schema.fields), 'body'], schema.name)
    }
  })

  test('a field added to a schema shows up in the editor', () => {
    const extended: DocumentSchema = {
      ...talkSchema,
      fields: { ...talkSchema.fields, venueMap: { type: 'string', format: 'url', label: 'Venue map' } },
    }
    const field = fieldsOf(extended).find((f) => f.name === 'venueMap')
    assert.deepEqual(field, {
      name: 'venueMap',
      label: 'Venue map',
      required: false,
      widget: 'string',
      pattern: formatPatterns.url,
    })
  })

  test('the profile is one file; talks, case studies and notes are folders of .md and of .mdx files', () => {
    assert.deepEqual(
      config.collections.map((c) => [c.name, c.folder ?? c.files?.[0]?.file, c.extension]),
      [
        ['profile', 'content/profile.md', undefined],
        ['talks', 'content/talks', 'md'],
        ['talks-mdx', 'content/talks', 'mdx'],
        ['case-studies', 'content/case-studies', 'md'],
        ['case-studies-mdx', 'content/case-studies', 'mdx'],
        ['notes', 'content/notes', 'md'],
        ['notes-mdx', 'content/notes', 'mdx'],
      ],
    )
    // The two collections of a folder edit the same fields.
    const byName = new Map(config.collections.map((c) => [c.name, c]))
    for (const name of ['talks', 'case-studies', 'notes']) {
      assert.deepEqual(byName.get(`${name}-mdx`)?.fields, byName.get(name)?.fields, name)
    }
  })

  test('the editor offers publish on case studies, as the build reads it: true or false, on for a new one', () => {
    const publish = config.collections.find((c) => c.name === 'case-studies')?.fields?.find((f) => f.name === 'publish')
    assert.equal(publish?.widget, 'boolean')
    assert.equal(publish?.required, false)
    // Decap shows an unset toggle as off: a new case study must not be saved unpublished.
    assert.equal(publish?.default, true)
  })

  test('every collection is read and written with the format that keeps what was not edited', () => {
    assert.ok(config.collections.every((c) => c.format === (c.name.startsWith('notes') ? EDITOR_FORMATS.note : EDITOR_FORMATS.ownFolder)))
    for (const format of Object.values(EDITOR_FORMATS)) assert.notEqual(format, 'frontmatter', "Decap's own format rewrites the whole YAML")
  })

  test('folders list their sub-folders as a tree, every file in them, not only index files', () => {
    for (const collection of config.collections.filter((c) => c.folder)) {
      assert.deepEqual(collection.nested, { depth: 100, subfolders: false }, collection.name)
      // meta.path would refuse to save a note in a folder whose name is not a slug ("Talk prep").
      assert.equal('meta' in collection, false, collection.name)
    }
    assert.equal(config.collections.find((c) => c.name === 'profile')?.nested, undefined)
  })

  test('notes, whose title is optional, are listed by file name; talks and case studies by title; each after its status', () => {
    const summaries = Object.fromEntries(config.collections.map((c) => [c.name, c.summary]))
    assert.equal(summaries.notes, '{{__status}}{{filename}}')
    assert.equal(summaries['notes-mdx'], '{{__status}}{{filename}}')
    assert.equal(summaries.talks, '{{__status}}{{title}}')
    assert.equal(summaries['case-studies'], '{{__status}}{{title}}')
  })

  test('uploads go to the notes\' attachments folder, where Obsidian keeps a vault\'s files', () => {
    assert.equal(config.media_folder, 'content/notes/attachments')
    assert.equal(config.public_folder, 'attachments')
    const other = toDecapConfig(schemas, { backend: config.backend, contentDir: 'site/content'})
    assert.equal(other.media_folder, 'site/content/notes/attachments')
    assert.equal(other.collections.find((c) => c.name === 'notes-mdx')?.folder, 'site/content/notes')
  })

  test('required fields are required, and only those (Decap requires every field by default)', () => {
    const talk = fieldsOf(talkSchema)
    const required = (fields: DecapField[]) => fields.filter((f) => f.required).map((f) => f.name)
    assert.deepEqual(required(talk), ['title', 'description', 'date'])
    assert.deepEqual(required(talk.find((f) => f.name === 'events')?.fields ?? []), ['name', 'date'])
    assert.deepEqual(required(talk.find((f) => f.name === 'sources')?.fields ?? []), ['title', 'url'])
    assert.deepEqual(required(fieldsOf(noteSchema)), [])
    assert.deepEqual(required(fieldsOf(profileSchema)), ['name'])
  })

  test('dates are written as 2023-12-07, without a time', () => {
    const date = fieldsOf(talkSchema).find((f) => f.name === 'date')
    assert.equal(date?.widget, 'datetime')
    assert.equal(date?.format, 'YYYY-MM-DD')
    assert.equal(date?.time_format, false)
  })

  test('bodies are raw Markdown only: rich text would rewrite slide separators', () => {
    for (const schema of schemas) {
      const body = fieldsOf(schema).find((f) => f.name === 'body')
      assert.deepEqual(body?.modes, ['raw'], schema.name)
    }
  })

  test('empty optional fields are left out of the file', () => {
    assert.equal(config.omit_empty_optional_fields, true)
  })
})

describe('the editor checks each string format as the build does', () => {
  const samples: Record<StringFormat, string[]> = {
    url: ['https://example.com/a?b=c', 'http://x.io', 'javascript:alert(1)', 'ftp://x.io/f', 'example.com', 'https://', 'https://a b'],
    'url-or-path': ['/slides/deck.pdf', 'https://x.io/d.pdf', '//evil.example/x', 'slides/deck.pdf', 'javascript:x'],
    'url-path-or-pdf': ['/slides/deck.pdf', 'https://x.io/d.pdf', '//evil.example/x', 'deck.pdf', 'My Deck.PDF', '../decks/deck.pdf', '[[deck.pdf]]', '[[deck.pdf|x]]', '[[deck]]', 'deck.key', 'javascript:x.pdf', '/x y'],
    twitter: ['@handle', 'https://twitter.com/handle', 'https://x.com/handle', 'https://example.com/handle', '@', 'handle'],
    email: ['someone@example.com', 'someone@', 'a b@example.com'],
    'email-or-url': ['someone@example.com', 'https://example.com/book', 'someone@', 'javascript:alert(1)', 'example.com', 'mailto:a@b.co'],
    slug: ['elixir', 'elixir-2023', 'Elixir', 'elixir--x', 'elixir_x', '-elixir'],
  }
  for (const [format, values] of Object.entries(samples) as [StringFormat, string[]][]) {
    test(format, () => {
      const pattern = new RegExp(formatPatterns[format][0])
      for (const value of values) {
        const build = validateValue({ type: 'string', label: 'x', format }, value, 'f.md', 'x').length === 0
        assert.equal(pattern.test(value), build, `${format}: ${JSON.stringify(value)}`)
      }
    })
  }
})

describe("the editor's save controls", () => {
  test('say Save locally, where a save writes a file, and never Publish', () => {
    const { editorToolbar } = toDecapPhrases({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' }).editor
    assert.equal(editorToolbar.publish, 'Save')
    assert.equal(editorToolbar.published, 'Saved')
    for (const phrase of Object.values(editorToolbar)) assert.doesNotMatch(phrase, /publish/i)
  })

  test('say Save and publish on the deployed site, naming the commit', () => {
    const phrases = toDecapPhrases({ name: 'github', repo: 'jacob/talks-site', branch: 'main' })
    assert.equal(phrases.editor.editorToolbar.publish, 'Save and publish')
    assert.equal(phrases.editor.editorToolbar.publishNow, 'Save and publish: a commit to jacob/talks-site (main)')
    assert.equal(phrases.editor.editorToolbar.published, 'Saved')
    assert.match(phrases.ui.toast.entrySaved ?? '', /^Saved as a commit to jacob\/talks-site \(main\)/)
  })
})
