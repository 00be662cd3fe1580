import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { DocumentSchema, Field } from '@/content-schema'
import { ContentError, editDistance, formatProblem, formatProblems, nearestName, didYouMean, isEmpty, validateFrontmatter, validateValue } from './validate'

const schema = {
  name: 'Test',
  kind: 'talk',
  label: 'Tests',
  filePathPattern: 'tests/*.md',
  folder: 'tests',
  strict: true,
  fields: {
    title: { type: 'string', label: 'Title', required: true },
    description: { type: 'text', label: 'Description' },
    date: { type: 'date', label: 'Date' },
    duration: { type: 'number', label: 'Duration' },
    draft: { type: 'boolean', label: 'Draft' },
    tags: { type: 'strings', label: 'Tags' },
    slug: { type: 'string', format: 'slug', label: 'Slug' },
    video: { type: 'string', format: 'url', label: 'Video' },
    avatar: { type: 'string', format: 'url-or-path', label: 'Avatar' },
    twitter: { type: 'string', format: 'twitter', label: 'Twitter' },
    email: { type: 'string', format: 'email', label: 'Email' },
    events: {
      type: 'list',
      itemName: 'Event',
      label: 'Events',
      fields: {
        name: { type: 'string', label: 'Name', required: true },
        date: { type: 'date', label: 'Date', required: true },
      },
    },
    sources: {
      type: 'list',
      itemName: 'Source',
      label: 'Sources',
      fields: {
        title: { type: 'string', label: 'Title', required: true },
        url: { type: 'string', format: 'url', label: 'URL', required: true },
      },
    },
    slides: {
      type: 'object',
      objectName: 'Slides',
      label: 'Slides',
      fields: { pdf: { type: 'string', format: 'url-or-path', label: 'PDF' } },
    },
  },
} satisfies DocumentSchema

const FILE = 'content/tests/a.md'
const check = (data: Record<string, unknown>) => validateFrontmatter(schema, { title: 'T', ...data }, FILE)
const fields = (data: Record<string, unknown>) => check(data).map((p) => p.field)

describe('validateFrontmatter', () => {
  test('valid frontmatter has no problems', () => {
    assert.deepEqual(
      check({
        description: 'Text',
        date: '2023-12-07',
        duration: 30,
        draft: false,
        tags: ['a', 'b'],
        slug: 'elixir-2023',
        video: 'https://youtube.com/watch?v=1',
        avatar: '/images/a.jpg',
        twitter: '@jacob',
        email: 'a@example.com',
        events: [{ name: 'Meetup', date: '2023-12-07' }],
        sources: [{ title: 'S', url: 'http://example.com/x' }],
        slides: { pdf: 'https://example.com/deck.pdf' },
      }),
      [],
    )
  })

  test('a missing required field is reported', () => {
    assert.deepEqual(validateFrontmatter(schema, {}, FILE), [{ file: FILE, field: 'title', message: 'is required' }])
  })

  test('an empty or null required field counts as missing', () => {
    assert.deepEqual(fields({ title: '' }), ['title'])
    assert.deepEqual(fields({ title: null }), ['title'])
  })

  test('an empty optional field is not a problem', () => {
    assert.deepEqual(check({ date: null, video: '' }), [])
  })

  test('a value of the wrong type is reported with what was expected and what was found', () => {
    const [problem, ...rest] = check({ duration: 'thirty' })
    assert.equal(rest.length, 0)
    assert.equal(problem?.field, 'duration')
    assert.match(problem?.message ?? '', /expected a number, got "thirty"/)
    assert.deepEqual(fields({ title: 42 }), ['title'])
    assert.deepEqual(fields({ draft: 'yes' }), ['draft'])
    assert.deepEqual(fields({ tags: 'a, b' }), ['tags'])
    assert.deepEqual(fields({ duration: Number.NaN }), ['duration'])
    assert.deepEqual(fields({ events: { name: 'x' } }), ['events'])
    assert.deepEqual(fields({ slides: ['x'] }), ['slides'])
  })

  test('a date that is not a real day is refused', () => {
    const problems = check({ date: '2023-13-45' })
    assert.equal(problems.length, 1)
    assert.equal(problems[0]?.field, 'date')
    assert.match(problems[0]?.message ?? '', /a date such as 2023-12-07/)
    assert.deepEqual(fields({ date: 'tomorrow' }), ['date'])
    assert.deepEqual(fields({ date: 20231207 }), ['date'])
  })

  test('a non-text item in a list of text is reported by its index', () => {
    assert.deepEqual(fields({ tags: ['a', 2, 'c', { x: 1 }] }), ['tags[1]', 'tags[3]'])
  })

  test('an unknown key is reported with a "did you mean" suggestion', () => {
    const problems = validateFrontmatter(schema, { tittle: 'Oops' }, FILE)
    const unknown = problems.find((p) => p.field === 'tittle')
    assert.ok(unknown, 'tittle was not reported')
    assert.equal(unknown.message, 'unknown field (did you mean "title"?)')
    // and the real title is still missing
    assert.ok(problems.some((p) => p.field === 'title' && p.message === 'is required'))
  })

  test('an unknown key unlike any field gets no suggestion', () => {
    const [problem] = check({ favouriteColour: 'blue' })
    assert.deepEqual(problem, { file: FILE, field: 'favouriteColour', message: 'unknown field' })
  })

  test('a suggestion ignores case', () => {
    assert.equal(check({ Tags: ['a'] })[0]?.message, 'unknown field (did you mean "tags"?)')
  })

  test('unknown keys are allowed in a loose schema', () => {
    const loose = { ...schema, strict: false }
    assert.deepEqual(validateFrontmatter(loose, { title: 'T', Owner: 'Jacob', tittle: 'x' }, FILE), [])
  })

  test('problems in list items are named by their path', () => {
    const problems = check({
      events: [
        { name: 'First', date: '2023-12-07' },
        { name: 'Second', date: '2023-02-30' },
        { date: '2024-01-01' },
      ],
      sources: [{ title: 'Bad link', url: 'javascript:alert(1)' }],
    })
    assert.deepEqual(
      problems.map((p) => p.field),
      ['events[1].date', 'events[2].name', 'sources[0].url'],
    )
  })

  test('unknown keys inside list items and maps are reported by their path', () => {
    const problems = check({
      events: [{ name: 'A', date: '2023-12-07', lcoation: 'SF' }],
      slides: { pfd: '/x.pdf' },
    })
    assert.deepEqual(
      problems.map((p) => [p.field, p.message]),
      [
        ['events[0].lcoation', 'unknown field'],
        ['slides.pfd', 'unknown field (did you mean "pdf"?)'],
      ],
    )
  })

  test('a list item that is not a map is reported by its index', () => {
    assert.deepEqual(fields({ events: ['Meetup', { name: 'A', date: '2023-12-07' }] }), ['events[0]'])
  })

  test('a nested map field is checked with a dotted path', () => {
    assert.deepEqual(fields({ slides: { pdf: '//evil.com/x.pdf' } }), ['slides.pdf'])
  })

  describe('URL formats', () => {
    test('http and https URLs are accepted', () => {
      assert.deepEqual(check({ video: 'https://example.com/v' }), [])
      assert.deepEqual(check({ video: 'HTTP://EXAMPLE.COM' }), [])
    })

    test('a URL that is not http(s) is refused', () => {
      for (const video of ['javascript:alert(1)', 'ftp://example.com/file', 'data:text/html,x', 'mailto:a@b.c']) {
        assert.deepEqual(fields({ video }), ['video'], video)
      }
    })

    test('a relative or malformed URL is refused where an absolute URL is required', () => {
      for (const video of ['/videos/a.mp4', 'example.com', 'https://', 'https:// example.com', 'https://exa mple.com']) {
        assert.deepEqual(fields({ video }), ['video'], video)
      }
    })

    test('url-or-path accepts a site path and an http(s) URL', () => {
      assert.deepEqual(check({ avatar: '/slides/x.pdf' }), [])
      assert.deepEqual(check({ avatar: 'https://example.com/a.png' }), [])
    })

    test('url-or-path refuses protocol-relative URLs, relative paths and other schemes', () => {
      for (const avatar of ['//evil.com', '//evil.com/a.png', 'images/a.png', 'javascript:alert(1)', '/a b.png']) {
        assert.deepEqual(fields({ avatar }), ['avatar'], avatar)
      }
    })

    test('twitter accepts an @handle and twitter.com or x.com URLs', () => {
      for (const twitter of ['@handle', '@jacob_b', 'https://x.com/handle', 'https://twitter.com/handle', 'https://www.x.com/h']) {
        assert.deepEqual(check({ twitter }), [], twitter)
      }
    })

    test('twitter refuses other sites, bare names and too-long handles', () => {
      for (const twitter of [
        'handle',
        '@',
        '@this_handle_is_too_long',
        'https://evil.com/x.com/',
        'https://x.com.evil.com/handle',
        'https://twitter.com@evil.com/',
        'javascript:x.com/',
      ]) {
        assert.deepEqual(fields({ twitter }), ['twitter'], twitter)
      }
    })

    test('an email address must look like one', () => {
      assert.deepEqual(check({ email: 'me@example.com' }), [])
      assert.deepEqual(fields({ email: 'me@example' }), ['email'])
      assert.deepEqual(fields({ email: 'mailto:me@example.com x' }), ['email'])
    })
  })

  test('a slug must be lowercase letters, digits and single dashes', () => {
    assert.deepEqual(check({ slug: 'elixir-in-2023' }), [])
    for (const slug of ['Elixir', 'elixir_talk', 'elixir talk', '-elixir', 'elixir-', 'a--b', 'élixir', 'a/b']) {
      assert.deepEqual(fields({ slug }), ['slug'], slug)
    }
  })

  test('every problem names the file', () => {
    const problems = check({ tittle: 'x', date: 'nope', events: [{}] })
    assert.ok(problems.length >= 4)
    for (const problem of problems) assert.equal(problem.file, FILE)
  })
})

describe('validateValue', () => {
  test('one value is checked against one field under the given path', () => {
    const field: Field = { type: 'date', label: 'Created' }
    assert.deepEqual(validateValue(field, '2023-11-30', FILE, 'Created time'), [])
    const [problem] = validateValue(field, 'yesterday', FILE, 'Created time')
    assert.equal(problem?.file, FILE)
    assert.equal(problem?.field, 'Created time')
  })
})

describe('formatProblems', () => {
  test('a problem names its file and its field', () => {
    assert.equal(
      formatProblem({ file: 'content/talks/a.md', field: 'events[1].date', message: 'is required' }),
      'content/talks/a.md: field "events[1].date": is required',
    )
  })

  test('a problem without a field names its file', () => {
    assert.equal(formatProblem({ file: 'content/x.txt', message: 'unknown file' }), 'content/x.txt: unknown file')
  })

  test('a list of problems is counted and each one is on its own line', () => {
    const text = formatProblems([
      { file: 'a.md', field: 'title', message: 'is required' },
      { file: 'b.md', message: 'bad' },
    ])
    assert.equal(text, 'Content has 2 problems:\n  - a.md: field "title": is required\n  - b.md: bad')
    assert.match(formatProblems([{ file: 'a.md', message: 'x' }]), /^Content has 1 problem:/)
  })

  test('a ContentError carries its problems and formats them as its message', () => {
    const problems = [{ file: 'a.md', field: 'title', message: 'is required' }]
    const error = new ContentError(problems)
    assert.equal(error.name, 'ContentError')
    assert.deepEqual(error.problems, problems)
    assert.equal(error.message, formatProblems(problems))
  })
})

describe('typos', () => {
  test('one edit is a letter added, dropped, changed, or two neighbours swapped', () => {
    assert.equal(editDistance('tittle', 'title'), 1)
    assert.equal(editDistance('titl', 'title'), 1)
    assert.equal(editDistance('tytle', 'title'), 1)
    assert.equal(editDistance('tilte', 'title'), 1)
    assert.equal(editDistance('type', 'tags'), 3)
    assert.equal(editDistance('', 'date'), 4)
  })

  test('nearestName, one edit away, names the known key, never the key itself or one two edits away', () => {
    assert.equal(nearestName('tittle', ['title', 'date'], 1), 'title')
    assert.equal(nearestName('title', ['title', 'date'], 1), undefined)
    assert.equal(nearestName('owner', ['title', 'date'], 1), undefined)
    assert.equal(nearestName('dtae', ['title', 'date'], 1), 'date')
  })

  test('nearestName, two edits away, names the nearest known key, ignoring case', () => {
    assert.equal(nearestName('tite', ['tags', 'date', 'title'], 2), 'title')
    assert.equal(nearestName('tite', ['tags', 'date', 'title'], 1), 'title')
    assert.equal(nearestName('dat', ['data', 'date'], 2), 'data', 'of those equally near, the first')
    assert.equal(nearestName('TAGS', ['tags'], 2), 'tags')
    assert.equal(nearestName('colour', ['title', 'date'], 2), undefined)
  })

  test('didYouMean ends an unknown key\'s message with the name it may mean, or nothing', () => {
    assert.equal(didYouMean('title'), ' (did you mean "title"?)')
    assert.equal(didYouMean(undefined), '')
  })

  test('isEmpty: a key with no value, an empty text or null, counts as not written', () => {
    for (const value of [undefined, null, '']) assert.equal(isEmpty(value), true, String(value))
    for (const value of [0, false, ' ', [], {}]) assert.equal(isEmpty(value), false, JSON.stringify(value))
  })
})
