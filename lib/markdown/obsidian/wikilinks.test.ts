import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { linkText, NameIndex, normalizeName, parseWikiLink, plainWikilinks, scanWikiLinks } from './wikilinks'

const only = (text: string) => {
  const links = scanWikiLinks(text)
  assert.equal(links.length, 1, `expected one link in ${text}`)
  return links[0]!
}

describe('plainWikilinks', () => {
  test('each wikilink and embed becomes the text it shows; the rest stays as written', () => {
    assert.equal(plainWikilinks('See [[Elixir]], [[folder/Talk|the talk]] and [[Note#Part#Chapter]].'), 'See Elixir, the talk and Note > Part > Chapter.')
    assert.equal(plainWikilinks('![[diagram.png]] [not a wikilink](x)'), 'diagram.png [not a wikilink](x)')
  })
})

describe('scanWikiLinks', () => {
  test('[[Name]] links to a name', () => {
    assert.deepEqual(only('see [[Elixir Meetup Talk]] here'), {
      raw: '[[Elixir Meetup Talk]]',
      embed: false,
      written: 'Elixir Meetup Talk',
      target: 'Elixir Meetup Talk',
      path: 'Elixir Meetup Talk',
      heading: undefined,
      label: undefined,
    })
  })

  test('[[Name|shown]] has a label', () => {
    const link = only('[[Elixir Meetup Talk|my talk]]')
    assert.equal(link.target, 'Elixir Meetup Talk')
    assert.equal(link.label, 'my talk')
    assert.equal(link.heading, undefined)
  })

  test('[[Name#Heading]] points at a heading', () => {
    const link = only('[[Elixir#Why Elixir?]]')
    assert.equal(link.target, 'Elixir')
    assert.equal(link.heading, 'Why Elixir?')
    assert.equal(link.label, undefined)
  })

  test('[[Name#Heading|shown]] has a heading and a label', () => {
    const link = only('[[Elixir#Scaling|how it scales]]')
    assert.deepEqual([link.target, link.heading, link.label], ['Elixir', 'Scaling', 'how it scales'])
  })

  test('![[image.png]] is an embed of a file', () => {
    const link = only('![[two-companies.png]]')
    assert.equal(link.embed, true)
    assert.equal(link.target, 'two-companies.png')
  })

  test('![[Other note]] is an embed of a note', () => {
    const link = only('Before ![[Other note]] after')
    assert.equal(link.embed, true)
    assert.equal(link.target, 'Other note')
    assert.equal(link.raw, '![[Other note]]')
  })

  test('[[folder/Name.md]] drops the folder and the .md extension from the name, and keeps the path', () => {
    assert.equal(only('[[notes/sub/Name.md]]').target, 'Name')
    assert.equal(only('[[notes/sub/Name.md]]').path, 'notes/sub/Name')
    assert.equal(only('[[Obsidian Sync/Security and privacy#Encryption|safe]]').path, 'Obsidian Sync/Security and privacy')
    assert.equal(only('[[Name.MDX]]').target, 'Name')
  })

  test('[[#Heading]] links to a heading of the same page', () => {
    const link = only('[[#Local heading]]')
    assert.equal(link.target, '')
    assert.equal(link.heading, 'Local heading')
  })

  test('several links in one text are all found, in order', () => {
    assert.deepEqual(
      scanWikiLinks('[[A]], ![[b.png]] and [[C|c]]').map((l) => [l.embed, l.target]),
      [
        [false, 'A'],
        [true, 'b.png'],
        [false, 'C'],
      ],
    )
  })

  test('brackets that are not a wikilink are ignored', () => {
    assert.deepEqual(scanWikiLinks('[link](x) [[]] [[a\nb]] [single]'), [])
  })

  test('spaces around the name, heading and label are trimmed; empty parts are dropped', () => {
    const link = parseWikiLink('[[ A # H | ]]', false, ' A # H | ')
    assert.deepEqual([link.target, link.heading, link.label], ['A', 'H', undefined])
  })
})

describe('linkText: what a link shows, as Obsidian shows it', () => {
  const shown = (text: string) => linkText(only(text))

  test('[[alias]] shows the alias as written, not the title of the page it names', () => {
    assert.equal(shown('[[SSR talk]]'), 'SSR talk')
  })

  test('[[Name]] shows the name as written, in its own case, folder and extension', () => {
    assert.equal(shown('[[streaming ssr in practice]]'), 'streaming ssr in practice')
    assert.equal(shown('[[folder/A.md]]'), 'folder/A.md')
    assert.equal(shown('[[ A ]]'), 'A')
  })

  test('[[Name|text]] shows the text', () => {
    assert.equal(shown('[[Streaming SSR in Practice|the SSR talk]]'), 'the SSR talk')
  })

  test('[[Name#Heading]] shows "Name > Heading"; [[Name#Heading|text]] shows the text', () => {
    assert.equal(shown('[[SSR talk#Why stream?]]'), 'SSR talk > Why stream?')
    assert.equal(shown('[[SSR talk # Why stream? ]]'), 'SSR talk > Why stream?')
    assert.equal(shown('[[SSR talk#Why stream?|why]]'), 'why')
  })

  test('[[#Heading]] (this page) shows the heading alone', () => {
    assert.equal(shown('[[#Local heading]]'), 'Local heading')
  })

  test('nested headings show each step: [[Name#A#B]] is "Name > A > B"', () => {
    assert.equal(shown('[[Name#A#B]]'), 'Name > A > B')
    assert.equal(shown('[[#A#B]]'), 'A > B')
  })

  test('[[Name#^block-id]] shows "Name > ^block-id"', () => {
    assert.equal(shown('[[Name#^block-id]]'), 'Name > ^block-id')
  })

  test('an embed shows the same text as a link', () => {
    assert.equal(shown('![[SSR talk#Why stream?]]'), 'SSR talk > Why stream?')
  })

  test('names and labels in any script are shown exactly as written', () => {
    assert.equal(shown('[[Заметки о Go]]'), 'Заметки о Go')
    assert.equal(shown('[[東京メモ#見出し]]'), '東京メモ > 見出し')
    assert.equal(shown('[[Über Café ☕|das Café]]'), 'das Café')
    assert.equal(shown('[[Über Café ☕#Größe]]'), 'Über Café ☕ > Größe')
  })
})

describe('parseWikiLink: headings', () => {
  test('a nested heading path lands on its last heading', () => {
    const link = only('[[Name#A#B]]')
    assert.deepEqual([link.target, link.heading, link.written], ['Name', 'B', 'Name#A#B'])
  })

  test('a block reference keeps its caret', () => {
    assert.equal(only('[[Name#^block-id]]').heading, '^block-id')
  })
})

describe('NameIndex', () => {
  test('a filename wins over a title, and a title over an alias, whatever the order added', () => {
    const index = new NameIndex<string>()
    index.addPage('by-alias', { fileName: 'one', title: 'One', aliases: ['Shared'] })
    index.addPage('by-title', { fileName: 'two', title: 'Shared', aliases: [] })
    index.addPage('by-file', { fileName: 'Shared', title: 'Three', aliases: [] })
    assert.equal(index.get('Shared'), 'by-file')

    const noFile = new NameIndex<string>()
    noFile.addPage('by-alias', { fileName: 'one', title: 'One', aliases: ['Shared'] })
    noFile.addPage('by-title', { fileName: 'two', title: 'Shared', aliases: [] })
    assert.equal(noFile.get('Shared'), 'by-title')
  })

  test('within a tier the first page added wins', () => {
    const index = new NameIndex<string>()
    index.addPage('first', { fileName: 'a', title: 'Same', aliases: [] })
    index.addPage('second', { fileName: 'b', title: 'Same', aliases: [] })
    assert.equal(index.get('Same'), 'first')
  })

  test('names match ignoring case and surrounding spaces', () => {
    const index = new NameIndex<number>()
    index.addPage(1, { fileName: 'Elixir in the big and small', title: 'Elixir', aliases: ['Elixir Meetup Talk'] })
    assert.equal(index.get('ELIXIR IN THE BIG AND SMALL'), 1)
    assert.equal(index.get(' elixir meetup talk '), 1)
    assert.equal(index.get('elixir'), 1)
    assert.equal(index.get('Elixir Meetup'), undefined)
  })

  test('names match whatever their Unicode normal form', () => {
    const composed = '\u00dcn\u00ef' // Ünï
    const decomposed = 'U\u0308ni\u0308'
    assert.notEqual(composed, decomposed)
    const index = new NameIndex<string>()
    index.addPage('page', { fileName: decomposed, title: 'x', aliases: [] })
    assert.equal(index.get(composed), 'page')
    assert.equal(index.get(composed.toLowerCase()), 'page')
    assert.equal(normalizeName(decomposed), normalizeName(composed))
  })

  test('an empty name is never registered', () => {
    const index = new NameIndex<string>()
    index.addPage('page', { fileName: 'a', title: '  ', aliases: [''] })
    assert.equal(index.get(''), undefined)
  })
})
