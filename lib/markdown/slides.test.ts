import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { extractFootnotes, splitSlides } from './slides'

const markdowns = (body: string) => splitSlides(body).map((s) => s.markdown)

describe('splitSlides', () => {
  test('a --- line with blank lines around it starts a new slide', () => {
    assert.deepEqual(markdowns('# One\n\ntext\n\n---\n\n## Two\n\n---\n\n## Three\n'), [
      '# One\n\ntext',
      '## Two',
      '## Three',
    ])
  })

  test('a --- line that underlines a heading does not split', () => {
    assert.deepEqual(markdowns('Title\n---\n\nBody'), ['Title\n---\n\nBody'])
  })

  test('a --- line without a blank line after it does not split', () => {
    assert.deepEqual(markdowns('One\n\n---\nTwo'), ['One\n\n---\nTwo'])
  })

  test('a --- line inside a fenced code block does not split', () => {
    const body = 'Slide\n\n```yaml\n\n---\n\ntitle: x\n```\n\n---\n\nNext'
    assert.deepEqual(markdowns(body), ['Slide\n\n```yaml\n\n---\n\ntitle: x\n```', 'Next'])
  })

  test('a --- line inside a ~~~ fence does not split, and a ``` line does not close it', () => {
    const body = '~~~\n```\n\n---\n\n~~~\n\n---\n\nNext'
    assert.deepEqual(markdowns(body), ['~~~\n```\n\n---\n\n~~~', 'Next'])
  })

  test('a shorter fence line does not close a longer fence', () => {
    const body = '````md\n```\n\n---\n\n```\n````\n\n---\n\nNext'
    assert.deepEqual(markdowns(body), ['````md\n```\n\n---\n\n```\n````', 'Next'])
  })

  test('trailing spaces after --- still split', () => {
    assert.deepEqual(markdowns('A\n\n---  \n\nB'), ['A', 'B'])
  })

  test('a Note: line starts the speaker notes of its slide', () => {
    const slides = splitSlides('## Hello\n\n- point\n\nNote:\nSay hi.\nPause.\n\n---\n\n## Next\nNote: inline note')
    assert.deepEqual(
      slides.map((s) => [s.markdown, s.notes]),
      [
        ['## Hello\n\n- point', 'Say hi.\nPause.'],
        ['## Next', 'inline note'],
      ],
    )
  })

  test("a note: line (Obsidian's Advanced Slides) starts the speaker notes too", () => {
    const slides = splitSlides('## Hello\n\nnote:\nSay hi.\n\n---\n\n## Next\nnote: inline note')
    assert.deepEqual(
      slides.map((s) => [s.markdown, s.notes]),
      [
        ['## Hello', 'Say hi.'],
        ['## Next', 'inline note'],
      ],
    )
  })

  test('a slide without Note: has no notes', () => {
    assert.equal(splitSlides('Just a slide')[0]?.notes, '')
  })

  test('a Note: line inside fenced code is slide content, not notes', () => {
    const slides = splitSlides('```\nNote: this is code\n```\n\nNote:\nreal notes')
    assert.equal(slides[0]?.markdown, '```\nNote: this is code\n```')
    assert.equal(slides[0]?.notes, 'real notes')
  })

  test('a Note: line inside a longer fence holding a shorter fence is slide content', () => {
    const slides = splitSlides('````md\n```\nNote: still code\n```\n````')
    assert.equal(slides[0]?.notes, '')
    assert.equal(slides[0]?.markdown, '````md\n```\nNote: still code\n```\n````')
  })

  test('"Note:" in the middle of a line does not start notes', () => {
    assert.equal(splitSlides('A Note: not notes')[0]?.notes, '')
  })

  test('CRLF line endings split like LF', () => {
    const slides = splitSlides('\uFEFFOne\r\n\r\nNote: n1\r\n\r\n---\r\n\r\nTwo\r\n')
    assert.deepEqual(
      slides.map((s) => [s.number, s.markdown, s.notes]),
      [
        [1, 'One', 'n1'],
        [2, 'Two', ''],
      ],
    )
    assert.ok(slides.every((s) => !s.markdown.includes('\r') && !s.notes.includes('\r')))
  })

  test('slides are numbered from 1 and empty slides are dropped', () => {
    const slides = splitSlides('---\n\nOne\n\n---\n\n\n\n---\n\nTwo\n\n---\n')
    assert.deepEqual(
      slides.map((s) => [s.number, s.markdown]),
      [
        [1, 'One'],
        [2, 'Two'],
      ],
    )
  })

  test('a slide holding only notes is kept', () => {
    const slides = splitSlides('One\n\n---\n\nNote: only notes')
    assert.deepEqual(
      slides.map((s) => [s.number, s.markdown, s.notes]),
      [
        [1, 'One', ''],
        [2, '', 'only notes'],
      ],
    )
  })

  test('an empty body has no slides', () => {
    assert.deepEqual(splitSlides(''), [])
    assert.deepEqual(splitSlides('\n\n---\n\n'), [])
  })
})

describe('extractFootnotes', () => {
  test('"Title, https://url" gives the title and the URL', () => {
    assert.deepEqual(extractFootnotes('Claim[^1]\n\n[^1]: How Discord Scaled Elixir, https://discord.com/blog/x\n'), [
      { label: '1', title: 'How Discord Scaled Elixir', url: 'https://discord.com/blog/x' },
    ])
  })

  test('"[Title](url)" gives the link text and its URL', () => {
    assert.deepEqual(extractFootnotes('A[^src]\n\n[^src]: [Elixir at Discord](https://elixir-lang.org/blog)\n'), [
      { label: 'src', title: 'Elixir at Discord', url: 'https://elixir-lang.org/blog' },
    ])
  })

  test('a footnote without a URL gives its text as the title', () => {
    assert.deepEqual(extractFootnotes('A[^a]\n\n[^a]: Personal experience.\n'), [
      { label: 'a', title: 'Personal experience.', url: undefined },
    ])
  })

  test('a bare URL footnote uses the URL as its title', () => {
    assert.deepEqual(extractFootnotes('A[^a]\n\n[^a]: https://example.com/x\n'), [
      { label: 'a', title: 'https://example.com/x', url: 'https://example.com/x' },
    ])
  })

  test('every footnote of a slide is read, in order', () => {
    const sources = extractFootnotes('A[^1] B[^2]\n\n[^1]: One: https://a.example\n[^2]: [Two](https://b.example)\n')
    assert.deepEqual(
      sources.map((s) => [s.label, s.title, s.url]),
      [
        ['1', 'One', 'https://a.example'],
        ['2', 'Two', 'https://b.example'],
      ],
    )
  })

  test('a javascript:, data: or relative link is no source URL: the footnote keeps its text, or its next web link', () => {
    const sources = extractFootnotes(
      "A[^1] B[^2] C[^3]\n\n[^1]: [click](javascript:alert('x'))\n[^2]: [click](data:text/html,x) https://c.example/\n[^3]: [here](/talks/x/)\n",
    )
    assert.deepEqual(
      sources.map((s) => [s.label, s.title, s.url]),
      [
        ['1', 'click', undefined],
        ['2', 'click', 'https://c.example/'],
        ['3', 'here', undefined],
      ],
    )
  })

  test('markdown without footnotes has no sources', () => {
    assert.deepEqual(extractFootnotes('Just [a link](https://example.com).'), [])
  })
})
