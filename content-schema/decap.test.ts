import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { validateValue } from '@/lib/validate'
import { documentSchemas, noteSchema, profileSchema, talkSchema, type DocumentSchema, type Fields, type StringFormat } from '.'
import { formatPatterns, toDecapCollection, toDecapConfig, type DecapField } from './decap'

const schemas: readonly DocumentSchema[] = documentSchemas
const config = toDecapConfig(schemas, { backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' } })

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
  const collection = toDecapCollection(schema)
  return collection.fields ?? collection.files?.[0]?.fields ?? []
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

  test('the profile is one file; talks, case studies and notes are folders of Markdown', () => {
    assert.deepEqual(
      config.collections.map((c) => [c.name, c.folder ?? c.files?.[0]?.file]),
      [
        ['profile', 'content/profile.md'],
        ['talks', 'content/talks'],
        ['case-studies', 'content/case-studies'],
        ['notes', 'content/notes'],
      ],
    )
    assert.ok(config.collections.every((c) => c.format === 'frontmatter'))
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
    twitter: ['@handle', 'https://twitter.com/handle', 'https://x.com/handle', 'https://example.com/handle', '@', 'handle'],
    email: ['someone@example.com', 'someone@', 'a b@example.com'],
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
