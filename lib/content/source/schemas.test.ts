import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, test } from 'node:test'
import { scanContentFiles } from './files'
import { normalizeKey, splitFrontmatter } from '../../core/frontmatter'
import { readNoteFrontmatter } from '../readers/note-frontmatter'
import { validateFrontmatter } from '../readers/validate'
import { caseStudySchema, documentSchemas, noteSchema, profileSchema, talkSchema, type DocumentSchema, type Fields } from '@/content-schema'
import { noteKeyAliases } from '@/content-schema/note'

// Widened, so optional keys such as `singleton` can be read on every schema.
const schemas: readonly DocumentSchema[] = documentSchemas

const fieldsOf = (problems: { field?: string }[]) => problems.map((p) => p.field)

const validTalk = {
  title: 'Elixir in the Big and Small',
  description: 'Using Elixir in production.',
  date: '2023-12-07',
  tags: ['elixir'],
  aliases: ['Elixir Meetup Talk'],
  shortlink: 'elixir',
  duration: 30,
  events: [{ name: 'Elixir Meetup', date: '2023-12-07', location: 'San Francisco', url: 'https://meetup.example' }],
  slides: { speakerdeck: 'https://speakerdeck.com/x', pdf: '/slides/elixir.pdf' },
  video: 'https://youtube.com/watch?v=1',
  sources: [{ title: 'How Discord Scaled Elixir', url: 'https://discord.com/blog/x', note: 'Background' }],
}

describe('talk schema', () => {
  test('a complete talk is valid', () => {
    assert.deepEqual(validateFrontmatter(talkSchema, validTalk, 'talks/a.md'), [])
  })

  test('a talk needs a title, a description and a date', () => {
    assert.deepEqual(fieldsOf(validateFrontmatter(talkSchema, {}, 'talks/a.md')), ['title', 'description', 'date'])
  })

  test('a misspelt talk key is refused with a suggestion', () => {
    const [problem] = validateFrontmatter(talkSchema, { ...validTalk, shortlnk: 'x' }, 'talks/a.md')
    assert.deepEqual(problem, { file: 'talks/a.md', field: 'shortlnk', message: 'unknown field (did you mean "shortlink"?)' })
  })

  test('an event needs a name and a real date, and a source an http(s) URL', () => {
    const problems = validateFrontmatter(
      talkSchema,
      {
        ...validTalk,
        events: [{ name: 'A', date: '2023-12-07' }, { date: '2023-13-45' }],
        sources: [{ title: 'S', url: 'ftp://example.com/x' }],
      },
      'talks/a.md',
    )
    assert.deepEqual(fieldsOf(problems), ['events[1].name', 'events[1].date', 'sources[0].url'])
  })

  test('a slide PDF may be a site path but not a protocol-relative URL', () => {
    const problems = validateFrontmatter(talkSchema, { ...validTalk, slides: { pdf: '//evil.com/x.pdf' } }, 'talks/a.md')
    assert.deepEqual(fieldsOf(problems), ['slides.pdf'])
  })

  test('a shortlink and a slug must be URL-safe', () => {
    const problems = validateFrontmatter(talkSchema, { ...validTalk, shortlink: 'Elixir Talk', slug: 'a/b' }, 'talks/a.md')
    assert.deepEqual(fieldsOf(problems), ['slug', 'shortlink'])
  })
})

describe('case study schema', () => {
  const valid = {
    title: 'Discord',
    description: 'Nitro Perks.',
    date: '2024-01-01',
    company: 'Discord',
    role: 'Engineer',
    period: '2021–2024',
    links: [{ title: 'Blog', url: 'https://discord.com/blog' }],
  }

  test('a complete case study is valid', () => {
    assert.deepEqual(validateFrontmatter(caseStudySchema, valid, 'case-studies/a.md'), [])
  })

  test('a case study link needs a title and an http(s) URL', () => {
    const problems = validateFrontmatter(caseStudySchema, { ...valid, links: [{ url: 'javascript:alert(1)' }] }, 'c.md')
    assert.deepEqual(fieldsOf(problems), ['links[0].title', 'links[0].url'])
  })

  test('talk-only keys are refused on a case study', () => {
    assert.deepEqual(fieldsOf(validateFrontmatter(caseStudySchema, { ...valid, shortlink: 'x' }, 'c.md')), ['shortlink'])
  })
})

describe('profile schema', () => {
  const valid = {
    name: 'Jacob Bleser',
    headline: 'Engineer',
    avatar: '/images/avatar.svg',
    location: 'SF',
    links: {
      website: 'https://example.com',
      twitter: '@example',
      discord: 'https://discord.gg/x',
      github: 'https://github.com/x',
      email: 'me@example.com',
    },
  }

  test('a complete profile is valid', () => {
    assert.deepEqual(validateFrontmatter(profileSchema, valid, 'profile.md'), [])
  })

  test('a profile needs a name', () => {
    assert.deepEqual(fieldsOf(validateFrontmatter(profileSchema, { headline: 'x' }, 'profile.md')), ['name'])
  })

  test('profile links are checked by their format and unknown ones are refused', () => {
    const problems = validateFrontmatter(
      profileSchema,
      { ...valid, links: { twitter: 'https://evil.com/x', email: 'nope', githb: 'https://github.com/x' } },
      'profile.md',
    )
    assert.deepEqual(
      problems.map((p) => [p.field, p.message.startsWith('unknown') ? p.message : 'format']),
      [
        ['links.githb', 'unknown field (did you mean "github"?)'],
        ['links.twitter', 'format'],
        ['links.email', 'format'],
      ],
    )
  })

  test('an avatar may be a site path or an http(s) URL, nothing else', () => {
    assert.deepEqual(validateFrontmatter(profileSchema, { ...valid, avatar: 'https://x.example/a.png' }, 'p.md'), [])
    assert.deepEqual(fieldsOf(validateFrontmatter(profileSchema, { ...valid, avatar: 'avatar.png' }, 'p.md')), ['avatar'])
  })
})

describe('note schema', () => {
  test('notes are loose: any Obsidian key is allowed', () => {
    assert.equal(noteSchema.strict, false)
    assert.deepEqual(validateFrontmatter(noteSchema, { Owner: 'Jacob', 'Created time': '2023-11-30T12:14' }, 'n.md'), [])
  })

  test('every note key alias is already normalized and names one field only', () => {
    const owners = new Map<string, string>()
    for (const [field, names] of Object.entries(noteKeyAliases)) {
      assert.ok(field in noteSchema.fields, field)
      for (const name of names) {
        assert.equal(normalizeKey(name), name, `${field}: ${name}`)
        assert.ok(!owners.has(name), `${name} means both ${owners.get(name)} and ${field}`)
        owners.set(name, field)
      }
    }
  })
})

describe('all schemas', () => {
  const walk = (fields: Fields, at: string, visit: (path: string, label: string) => void) => {
    for (const [key, field] of Object.entries(fields)) {
      visit(`${at}${key}`, field.label)
      if (field.type === 'list' || field.type === 'object') walk(field.fields, `${at}${key}.`, visit)
    }
  }

  test('every field has a label', () => {
    for (const schema of schemas) {
      walk(schema.fields, `${schema.name}.`, (at, label) => assert.ok(label.trim(), `${at} has no label`))
    }
  })

  test('each schema reads the files of its own folder', () => {
    for (const schema of schemas) {
      if (schema.singleton) assert.equal(schema.filePathPattern, 'profile.md')
      else assert.ok(schema.filePathPattern.startsWith(`${schema.folder}/`), schema.name)
    }
  })

  test('document type names are unique', () => {
    const names = schemas.map((s) => s.name)
    assert.equal(new Set(names).size, names.length)
  })
})

describe('the content in content/', () => {
  const root = path.join(process.cwd(), 'content')
  const schemaFor = (file: string): DocumentSchema | undefined =>
    file === 'profile.md' ? profileSchema : schemas.find((s) => !s.singleton && file.startsWith(`${s.folder}/`))

  test('every document passes its schema', () => {
    const { documents, unknown } = scanContentFiles(root)
    assert.deepEqual(unknown, [])
    assert.ok(documents.includes('profile.md'))
    for (const file of documents) {
      const schema = schemaFor(file)
      assert.ok(schema, `no schema for ${file}`)
      const { data } = splitFrontmatter(readFileSync(path.join(root, file), 'utf8'))
      const problems =
        schema === noteSchema ? readNoteFrontmatter(data, file).problems : validateFrontmatter(schema, data, file)
      assert.deepEqual(problems, [], file)
    }
  })
})

test('the schemas import nothing from lib/: the site reads them, never the other way round', () => {
  // Their tests live in lib/ (this file, lib/content/source/decap.test.ts), so no file of the folder does.
  const modules = readdirSync('content-schema').filter((f) => f.endsWith('.ts'))
  assert.ok(modules.length >= 5)
  for (const module of modules) {
    const source = readFileSync(path.join('content-schema', module), 'utf8')
    assert.doesNotMatch(source, /from ['"](@\/lib|\.\.\/lib)/, module)
  }
})
