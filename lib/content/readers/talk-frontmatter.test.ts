import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, test } from 'node:test'
import { splitFrontmatter } from '../../core/frontmatter'
import { splitSlides } from '../../markdown/slides'
import { readTalkFrontmatter } from './talk-frontmatter'

const FILE = 'content/talks/A talk.md'
const read = (data: Record<string, unknown>, body = '# A slide\n\nWhat the talk is about.') =>
  readTalkFrontmatter(data, FILE, { fileName: 'A talk', body })
const STRICT = { title: 'A Talk', description: 'One sentence.', date: '2023-12-07' }

describe('readTalkFrontmatter', () => {
  test('a talk in the site format reads as written, with no properties and no problems', () => {
    const { data, properties, problems, flags } = read({ ...STRICT, tags: ['elixir'], duration: 30 })
    assert.deepEqual(data, { ...STRICT, tags: ['elixir'], duration: 30 })
    assert.deepEqual(properties, [])
    assert.deepEqual(problems, [])
    assert.deepEqual(flags, {})
  })

  test("keys match ignoring case, spaces, - and _; Created time is the date when there is no date", () => {
    const { data, problems } = read({ Title: 'A Talk', DESCRIPTION: 'One sentence.', 'Created time': '2023-11-30T12:14', Short_Link: 'elx', Tag: 'a, b' })
    assert.deepEqual(problems, [])
    assert.deepEqual(data, { title: 'A Talk', description: 'One sentence.', date: '2023-11-30T12:14', shortlink: 'elx', tags: ['a', 'b'] })
  })

  test('with both date and Created time, date is the date and Created time a property', () => {
    const { data, properties, problems } = read({ ...STRICT, 'Created time': '2023-11-30' })
    assert.deepEqual(problems, [])
    assert.equal(data.date, '2023-12-07')
    assert.deepEqual(properties, [{ key: 'Created time', value: '2023-11-30' }])
  })

  test('keys the talk does not know are kept as properties, as written', () => {
    const { properties, problems } = read({ ...STRICT, Owner: 'Jacob', Lifespan: 'Seasonal', 'Some Key': ['a', 'b'], empty: '' })
    assert.deepEqual(problems, [])
    assert.deepEqual(properties, [
      { key: 'Owner', value: 'Jacob' },
      { key: 'Lifespan', value: 'Seasonal' },
      { key: 'Some Key', value: 'a, b' },
    ])
  })

  test('a key one edit away from a known one is a typo: an error naming the file and the key', () => {
    for (const [typo, meant] of [['tittle', 'title'], ['tilte', 'title'], ['Descripton', 'description'], ['dat', 'date'], ['Creatd time', 'created'], ['sorces', 'sources']] as const) {
      const { problems, properties } = read({ ...STRICT, [typo]: 'x' })
      assert.deepEqual(problems, [{ file: FILE, field: typo, message: `unknown field (did you mean "${meant}"?)` }], typo)
      assert.deepEqual(properties, [], typo)
    }
  })

  test('a key two edits away is a property, not a typo', () => {
    assert.deepEqual(read({ ...STRICT, Type: 'Project', Owner: 'Jacob' }).problems, [])
  })

  test('two keys that mean the same are a problem naming the second', () => {
    const { problems } = read({ ...STRICT, Title: 'Again' })
    assert.deepEqual(problems, [{ file: FILE, field: 'Title', message: 'means the same as "title"; keep one of them' }])
  })

  test('neither title nor description: the title is the filename, the description the first slide', () => {
    const { data, problems } = read({ date: '2023-12-07' }, 'Why [[Elixir]] scales.\n\nNote:\nsecret\n\n---\n\nSecond slide')
    assert.deepEqual(problems, [])
    assert.equal(data.title, 'A talk')
    assert.equal(data.description, 'Why Elixir scales.')
  })

  test('a title without a description (or the reverse) is an error saying which line to add', () => {
    assert.deepEqual(read({ title: 'A Talk', date: '2023-12-07' }).problems, [
      { file: FILE, field: 'description', message: 'is required: add a line such as "description: One or two sentences." to the frontmatter' },
    ])
    assert.equal(read({ description: 'One sentence.', date: '2023-12-07' }).problems[0]?.field, 'title')
  })

  test('a talk with no text to describe it says which line to add', () => {
    const { problems } = read({ date: '2023-12-07' }, '```elixir\nIO.puts(1)\n```')
    assert.deepEqual(problems.map((p) => p.field), ['description'])
    assert.match(problems[0]?.message ?? '', /add a line such as "description: /)
  })

  test('no date (nor Created time) is an error saying which line to add', () => {
    assert.deepEqual(read({ title: 'A Talk', description: 'One sentence.' }).problems, [
      { file: FILE, field: 'date', message: 'is required: add a line such as "date: 2023-12-07" (the day the talk was first given) to the frontmatter' },
    ])
  })

  test('errors name the key as written, nested fields included', () => {
    const { problems } = read({ title: 'A Talk', description: 'x', 'Created time': 'soon', Events: [{ date: '2023-12-07' }] })
    assert.deepEqual(problems.map((p) => p.field), ['Created time', 'Events[0].name'])
  })

  test('draft and publish are read for the publish rule; publish must be true or false', () => {
    assert.deepEqual(read({ ...STRICT, draft: true }).flags, { draft: true })
    assert.deepEqual(read({ ...STRICT, Publish: false }).flags, { publish: false })
    assert.deepEqual(read({ ...STRICT, publish: true }).flags, { publish: true })
    assert.deepEqual(read({ ...STRICT, publish: 'yes' }).problems.map((p) => p.field), ['publish'])
  })
})

describe('an Obsidian note copied unchanged into talks/ (e2e/fixtures/vault)', () => {
  const file = path.join(process.cwd(), 'e2e', 'fixtures', 'vault', 'talks', 'Elixir in the big and small.md')
  const { data: raw, body } = splitFrontmatter(readFileSync(file, 'utf8'))
  const talk = readTalkFrontmatter(raw, 'content/talks/Elixir in the big and small.md', { fileName: 'Elixir in the big and small', body })

  test('reads as a talk without a problem', () => {
    assert.deepEqual(talk.problems, [])
    assert.deepEqual(talk.flags, {})
  })

  test('title from the filename, date from Created time, description from the first slide', () => {
    assert.equal(talk.data.title, 'Elixir in the big and small')
    assert.equal(talk.data.date, '2023-11-30T12:14')
    assert.match(String(talk.data.description), /^Elixir Meetup Talk\. Talks\/speakers to learn from: Code Aesthetic, No Boilerplate, /)
    assert.deepEqual(talk.data.tags, ['case study'])
  })

  test("Owner, Development, Lifespan and Type are kept as the talk's properties", () => {
    assert.deepEqual(talk.properties.map((p) => p.key), ['Owner', 'Development', 'Lifespan', 'Type'])
  })

  test('its body is a deck of its own two sections, split at its ---', () => {
    const slides = splitSlides(body)
    assert.equal(slides.length, 2)
    assert.match(slides[0]?.markdown ?? '', /^\[\[Elixir Meetup Talk\]\]/)
    assert.match(slides[1]?.markdown ?? '', /^Introduction\n/)
  })
})
