import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { keyLookup, normalizeKey } from '../../core/frontmatter'
import { readNoteFrontmatter, readTagList } from './note-frontmatter'

const FILE = 'content/notes/Elixir.md'
const read = (data: Record<string, unknown>) => readNoteFrontmatter(data, FILE)

describe('keyLookup', () => {
  test('each name a key may be written as leads to the field it means', () => {
    const lookup = keyLookup({ date: ['date'], created: ['created', 'createdtime'] })
    assert.deepEqual([...lookup], [['date', 'date'], ['created', 'created'], ['createdtime', 'created']])
  })
})

describe('normalizeKey', () => {
  test('case, spaces, dashes and underscores are ignored', () => {
    assert.equal(normalizeKey('Created time'), 'createdtime')
    assert.equal(normalizeKey('created_at'), 'createdat')
    assert.equal(normalizeKey('Created-At'), 'createdat')
    assert.equal(normalizeKey('  LAST   edited_time '), 'lasteditedtime')
  })
})

describe('readNoteFrontmatter', () => {
  test("Obsidian and Notion key names are understood whatever their case and spacing", () => {
    const { meta, problems } = read({
      Title: 'Elixir',
      'Created time': '2023-11-30T12:14',
      Development: 'Budding',
      'Last edited time': '2023-12-01T08:00:00Z',
    })
    assert.deepEqual(problems, [])
    assert.equal(meta.title, 'Elixir')
    assert.equal(meta.created, '2023-11-30')
    assert.equal(meta.stage, 'budding')
    assert.equal(meta.updated, '2023-12-01')
    assert.deepEqual(meta.properties, [])
  })

  test('created_at, date and modified are read as created and updated', () => {
    assert.equal(read({ created_at: '2023-01-02' }).meta.created, '2023-01-02')
    assert.equal(read({ date: '2023-01-03' }).meta.created, '2023-01-03')
    assert.equal(read({ modified: '2023-01-04' }).meta.updated, '2023-01-04')
    assert.equal(read({ Maturity: 'Evergreen' }).meta.stage, 'evergreen')
  })

  test('an empty frontmatter gives empty metadata and no problems', () => {
    assert.deepEqual(read({}), {
      meta: { tags: [], aliases: [], flags: {}, properties: [], cssclasses: [] },
      problems: [],
    })
  })

  test('tags are read from a list', () => {
    assert.deepEqual(read({ tags: ['case study', '#elixir', 2023] }).meta.tags, ['case study', 'elixir', '2023'])
  })

  test('tags are read from a comma-separated string with spaces and leading #', () => {
    assert.deepEqual(read({ Tags: '#elixir,  talks , #case study,' }).meta.tags, ['elixir', 'talks', 'case study'])
    assert.deepEqual(read({ tag: 'single' }).meta.tags, ['single'])
  })

  test('aliases are read from a list or a single string, under aliases or alias', () => {
    assert.deepEqual(read({ aliases: ['Elixir Meetup Talk', ' EMT '] }).meta.aliases, ['Elixir Meetup Talk', 'EMT'])
    assert.deepEqual(read({ alias: 'Elixir Meetup Talk' }).meta.aliases, ['Elixir Meetup Talk'])
    assert.deepEqual(read({ Aliases: 'One' }).meta.aliases, ['One'])
  })

  test('publish and draft are read as true or false, as written or as text', () => {
    assert.deepEqual(read({ publish: false }).meta.flags, { publish: false })
    assert.deepEqual(read({ Publish: 'false' }).meta.flags, { publish: false })
    assert.deepEqual(read({ publish: true }).meta.flags, { publish: true })
    assert.deepEqual(read({ draft: true }).meta.flags, { draft: true })
    assert.deepEqual(read({ Draft: ' TRUE ' }).meta.flags, { draft: true })
    assert.deepEqual(read({ draft: false }).meta.flags, { draft: false })
  })

  test('a publish or draft flag that is not true or false is a problem naming the key', () => {
    const { problems } = read({ Publish: 'maybe' })
    assert.equal(problems.length, 1)
    assert.equal(problems[0]?.field, 'Publish')
    assert.equal(problems[0]?.file, FILE)
  })

  test('unknown keys are kept as properties, in order, with their key as written', () => {
    const { meta, problems } = read({ Owner: 'Jacob Bleser', Status: 'Done', Rating: 4, Links: ['a', 'b'] })
    assert.deepEqual(problems, [])
    assert.deepEqual(meta.properties, [
      { key: 'Owner', value: 'Jacob Bleser' },
      { key: 'Status', value: 'Done' },
      { key: 'Rating', value: '4' },
      { key: 'Links', value: 'a, b' },
    ])
  })

  test('empty unknown keys are not shown', () => {
    assert.deepEqual(read({ Owner: null, Status: '' }).meta.properties, [])
  })

  test('Lifespan and Type are shown as properties under their labels', () => {
    const { meta } = read({ lifespan: ' Seasonal ', TYPE: 'Project', Owner: 'Jacob' })
    assert.deepEqual(meta.properties, [
      { key: 'Lifespan', value: 'Seasonal' },
      { key: 'Type', value: 'Project' },
      { key: 'Owner', value: 'Jacob' },
    ])
  })

  test('a created date that is not a date is a problem naming the key as written', () => {
    const { meta, problems } = read({ 'Created time': '2023-13-45' })
    assert.equal(meta.created, undefined)
    assert.equal(problems.length, 1)
    assert.deepEqual({ file: problems[0]?.file, field: problems[0]?.field }, { file: FILE, field: 'Created time' })
    assert.match(problems[0]?.message ?? '', /date/)
  })

  test('an updated date that is not a date is a problem', () => {
    assert.deepEqual(read({ 'Last edited': 'last week' }).problems.map((p) => p.field), ['Last edited'])
  })

  test('a title that is a map is a problem', () => {
    assert.deepEqual(read({ title: { a: 1 } }).problems.map((p) => p.field), ['title'])
  })

  test('a numeric title is read as text', () => {
    assert.equal(read({ title: 2023 }).meta.title, '2023')
  })

  test('two keys meaning the same thing are a problem', () => {
    const { meta, problems } = read({ created: '2023-01-01', 'Created time': '2023-02-02' })
    assert.equal(meta.created, '2023-01-01')
    assert.equal(problems.length, 1)
    assert.equal(problems[0]?.field, 'Created time')
    assert.match(problems[0]?.message ?? '', /means the same as "created"/)
  })

  test('tag and tags together are a problem', () => {
    assert.deepEqual(read({ tags: ['a'], tag: 'b' }).problems.map((p) => p.field), ['tag'])
  })
})

describe('readTagList', () => {
  test('anything that is not a list or text gives no tags', () => {
    assert.deepEqual(readTagList(undefined), [])
    assert.deepEqual(readTagList({ a: 1 }), [])
    assert.deepEqual(readTagList(['', '#', null, 'ok']), ['ok'])
  })
})

describe("Obsidian Publish's keys", () => {
  test('permalink, description and cssclasses are read, matched loosely, and never shown as property rows', () => {
    const { meta, problems } = read({ Permalink: 'web-clipper/intro', description: 'One line.', cssclasses: ['wide', 'soft-embed'], Owner: 'me' })
    assert.deepEqual(problems, [])
    assert.equal(meta.permalink, 'web-clipper/intro')
    assert.equal(meta.description, 'One line.')
    assert.deepEqual(meta.cssclasses, ['wide', 'soft-embed'])
    assert.deepEqual(meta.properties, [{ key: 'Owner', value: 'me' }])
  })

  test('the older cssclass is a string of names; a name that is no safe class stays a property row', () => {
    const { meta } = read({ cssclass: 'wide, cards "><script>' })
    assert.deepEqual(meta.cssclasses, ['wide', 'cards'])
    assert.deepEqual(meta.properties, [{ key: 'cssclass', value: '"><script>' }])
  })

  test('cssclass and cssclasses both set is a problem naming the field', () => {
    assert.deepEqual(read({ cssclasses: ['a'], cssclass: 'b' }).problems, [{ file: FILE, field: 'cssclass', message: 'means the same as "cssclasses"; keep one of them' }])
  })

  test('a permalink that is not text stays a property row', () => {
    const { meta } = read({ permalink: ['a', 'b'] })
    assert.equal(meta.permalink, undefined)
    assert.deepEqual(meta.properties, [{ key: 'permalink', value: 'a, b' }])
  })
})
