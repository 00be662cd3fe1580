import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseMarkdown } from './parse'
import { excerpt, renderMarkdown, scanBody, scanMarkdown } from './index'
import { remarkObsidian, type LinkTarget, type MarkdownOptions } from './rules'
import { treeJson } from './kept-trees'
import type { WikiLink } from './obsidian/wikilinks'

const targets: Record<string, LinkTarget> = {
  elixir: { kind: 'page', url: '/notes/elixir/', title: 'Elixir Notes', description: 'Why Elixir fits' },
  'two-companies.png': { kind: 'file', url: '/attachments/two-companies.png', name: 'two-companies.png', isImage: true },
  'deck.pdf': { kind: 'file', url: '/attachments/deck.pdf', name: 'deck.pdf', isImage: false },
  'private plans': { kind: 'private' },
}
// One page found by its filename, its title or its alias, as lib/content/index.ts's NameIndex finds it.
const ssr: LinkTarget = { kind: 'page', url: '/talks/streaming-ssr/', title: 'Streaming SSR in Practice' }
for (const name of ['streaming-ssr', 'streaming ssr in practice', 'ssr talk']) targets[name] = ssr
targets['заметки о go'] = { kind: 'page', url: '/notes/go/', title: 'Go: notes from a year' }
targets['東京メモ'] = { kind: 'page', url: '/notes/tokyo/', title: 'Tokyo' }
targets['über café ☕'] = { kind: 'page', url: '/notes/cafe/', title: 'Cafés' }
const resolved: WikiLink[] = []
const resolve = (link: WikiLink) => {
  resolved.push(link)
  return targets[link.target.toLowerCase()]
}
const render = (markdown: string, options: Partial<MarkdownOptions> = {}) =>
  renderMarkdown(markdown, { resolve, ...options })

describe('renderMarkdown: wikilinks', () => {
  test('a wikilink becomes a link to the page it resolves to, showing the name as written', async () => {
    assert.equal(
      await render('See [[Elixir]].'),
      '<p>See <a href="/notes/elixir/" class="wikilink">Elixir</a>.</p>',
    )
  })

  test('the resolver receives the parsed link', async () => {
    resolved.length = 0
    await render('[[folder/Elixir.md#Why|shown]]')
    assert.deepEqual(resolved, [
      { raw: '[[folder/Elixir.md#Why|shown]]', embed: false, written: 'folder/Elixir.md#Why', target: 'Elixir', path: 'folder/Elixir', heading: 'Why', label: 'shown' },
    ])
  })

  test('a labelled wikilink shows its label', async () => {
    assert.match(await render('[[Elixir|my notes]]'), /<a href="\/notes\/elixir\/" class="wikilink">my notes<\/a>/)
  })

  test('a link to a heading points at the slugged heading anchor', async () => {
    assert.match(await render('[[Elixir#Why Elixir, really?]]'), /href="\/notes\/elixir\/#why-elixir-really"/)
    assert.match(
      await render('[[Elixir#Scaling Up|how it scales]]'),
      /<a href="\/notes\/elixir\/#scaling-up" class="wikilink">how it scales<\/a>/,
    )
  })

  test('a wikilink to a private note is the plain text written: no link, no mark, nothing of the note', async () => {
    assert.equal(await render('See [[Private plans]] and [[Private plans|my plans]].'), '<p>See Private plans and my plans.</p>')
    assert.equal(await render('![[Private plans]]'), '<p>Private plans</p>')
  })

  test('an unresolved wikilink is shown as missing text, not a link', async () => {
    const html = await render('[[Not Written Yet#Part]]')
    assert.equal(
      html,
      '<p><span class="wikilink-missing" title="Not written yet">Not Written Yet > Part</span></p>',
    )
    assert.doesNotMatch(html, /<a /)
  })

  test('an image embed becomes an <img> with the file name (or label) as its alt text', async () => {
    assert.equal(
      await render('![[two-companies.png]]'),
      '<p><img src="/attachments/two-companies.png" alt="two-companies" loading="lazy" decoding="async"></p>',
    )
    assert.match(await render('![[two-companies.png|Two companies]]'), /<img src="\/attachments\/two-companies.png" alt="Two companies" loading="lazy" decoding="async">/)
  })

  test('a linked file is a link; an embedded PDF is a viewer with a download link (lib/markdown/obsidian/media.ts)', async () => {
    assert.match(await render('![[deck.pdf]]'), /<iframe src="\/attachments\/deck.pdf" title="deck.pdf"[^>]*><\/iframe><a href="\/attachments\/deck.pdf" download="deck.pdf"/)
    assert.equal(await render('[[deck.pdf|the deck]]'), '<p><a href="/attachments/deck.pdf" class="wikilink">the deck</a></p>')
  })

  test('an embedded note becomes a link, showing the name as written, with its description', async () => {
    assert.equal(
      await render('![[Elixir]]'),
      '<p><span class="wikilink-embed"><a href="/notes/elixir/" class="wikilink">Elixir</a>' +
        '<span class="wikilink-embed-description">Why Elixir fits</span></span></p>',
    )
  })

  test('wikilinks inside code are left as written', async () => {
    resolved.length = 0
    const html = await render('`[[Elixir]]`\n\n```\n[[Elixir]]\n```')
    assert.equal(html, '<p><code>[[Elixir]]</code></p>\n<pre><code>[[Elixir]]\n</code></pre>')
    assert.deepEqual(resolved, [])
  })

  test('wikilinks inside a Markdown link are not linked again', async () => {
    assert.equal(await render('[see [[Elixir]]](https://example.com)'), '<p><a href="https://example.com">see [[Elixir]]</a></p>')
  })
})

describe("renderMarkdown: a wikilink's text follows Obsidian", () => {
  const link = async (markdown: string) => {
    const html = await render(markdown)
    const match = /<a href="([^"]*)" class="wikilink">([^<]*)<\/a>/.exec(html)
    assert.ok(match, `no wikilink in ${html}`)
    return { href: match[1], text: match[2] }
  }

  test('[[alias]] shows the alias, not the title of the page it names', async () => {
    assert.deepEqual(await link('[[SSR talk]]'), { href: '/talks/streaming-ssr/', text: 'SSR talk' })
  })

  test('[[Name]] shows the name as written, whether it matched the filename or the title', async () => {
    assert.deepEqual(await link('[[streaming-ssr]]'), { href: '/talks/streaming-ssr/', text: 'streaming-ssr' })
    assert.deepEqual(await link('[[streaming SSR in practice]]'), { href: '/talks/streaming-ssr/', text: 'streaming SSR in practice' })
  })

  test('[[Name|text]] shows the text', async () => {
    assert.deepEqual(await link('[[SSR talk|my streaming talk]]'), { href: '/talks/streaming-ssr/', text: 'my streaming talk' })
  })

  test('[[Name#Heading]] shows "Name > Heading" and lands on the heading', async () => {
    assert.deepEqual(await link('[[SSR talk#Why stream?]]'), { href: '/talks/streaming-ssr/#why-stream', text: 'SSR talk > Why stream?' })
  })

  test('[[Name#Heading|text]] shows the text and lands on the heading', async () => {
    assert.deepEqual(await link('[[SSR talk#Why stream?|why]]'), { href: '/talks/streaming-ssr/#why-stream', text: 'why' })
  })

  test('[[#Heading]] links to a heading of this page and shows the heading', async () => {
    assert.equal(await render('[[#Why stream?]]'), '<p><a href="#why-stream" class="wikilink">Why stream?</a></p>')
  })

  test('[[Name#A#B]] shows "Name > A > B" and lands on B', async () => {
    assert.deepEqual(await link('[[SSR talk#Part one#Setup]]'), { href: '/talks/streaming-ssr/#setup', text: 'SSR talk > Part one > Setup' })
  })

  test('[[Name#^block-id]] shows "Name > ^block-id"', async () => {
    assert.equal((await link('[[SSR talk#^block-id]]')).text, 'SSR talk > ^block-id')
  })

  test('![[alias]] shows the alias in the embed too', async () => {
    assert.match(await render('![[SSR talk]]'), /<span class="wikilink-embed"><a href="\/talks\/streaming-ssr\/" class="wikilink">SSR talk<\/a><\/span>/)
  })

  test('a link to a file shows the name as written', async () => {
    assert.equal((await link('[[attachments/deck.pdf]]')).text, 'attachments/deck.pdf')
  })

  test('names and labels in any script show as written', async () => {
    assert.deepEqual(await link('[[Заметки о Go]]'), { href: '/notes/go/', text: 'Заметки о Go' })
    assert.deepEqual(await link('[[東京メモ#見出し]]'), { href: `/notes/tokyo/#${encodeURIComponent('見出し')}`, text: '東京メモ > 見出し' })
    assert.deepEqual(await link('[[Über Café ☕|das Café]]'), { href: '/notes/cafe/', text: 'das Café' })
    assert.deepEqual(await link('[[über café ☕]]'), { href: '/notes/cafe/', text: 'über café ☕' })
  })

  test('a link to nothing is "not written yet" text, shown by the same rule', async () => {
    const missing = async (markdown: string) => /<span class="wikilink-missing" title="Not written yet">([^<]*)<\/span>/.exec(await render(markdown))?.[1]
    assert.equal(await missing('[[Nowhere#A#B]]'), 'Nowhere > A > B')
    assert.equal(await missing('[[Nowhere#^block-id]]'), 'Nowhere > ^block-id')
    assert.equal(await missing('[[Nowhere#A|text]]'), 'text')
    assert.equal(await missing('[[Ещё не написано]]'), 'Ещё не написано')
  })
})

describe('renderMarkdown: tags', () => {
  const tagUrl = (tag: string) => `/tags/${tag}/`

  test('inline #tags become tag links when tagUrl is given', async () => {
    assert.equal(
      await render('About #elixir and (#talks/2023).', { tagUrl }),
      '<p>About <a href="/tags/elixir/" class="tag">#elixir</a> and (<a href="/tags/talks/2023/" class="tag">#talks/2023</a>).</p>',
    )
  })

  test('inline #tags stay text without tagUrl', async () => {
    assert.equal(await render('About #elixir.'), '<p>About #elixir.</p>')
  })

  test('numbers and mid-word hashes are not tags', async () => {
    assert.equal(await render('Slide #1 and C#sharp', { tagUrl }), '<p>Slide #1 and C#sharp</p>')
  })

  test('#tags inside code are never linked', async () => {
    assert.equal(
      await render('`#inline`\n\n```\n#fenced\n```', { tagUrl }),
      '<p><code>#inline</code></p>\n<pre><code>#fenced\n</code></pre>',
    )
  })

  test('wikilinks and tags in the same text are both linked', async () => {
    assert.equal(
      await render('#elixir [[Elixir]]', { tagUrl }),
      '<p><a href="/tags/elixir/" class="tag">#elixir</a> <a href="/notes/elixir/" class="wikilink">Elixir</a></p>',
    )
  })
})

describe('renderMarkdown: footnotes', () => {
  const footnoteSources = new Map([
    ['1', 1],
    ['discord', 4],
  ])

  test('footnote references become links to the merged sources list and definitions are dropped', async () => {
    const html = await render('Claim[^1] and more[^discord].\n\n[^1]: One, https://a.example\n[^discord]: [Two](https://b.example)\n', {
      footnoteSources,
    })
    assert.equal(
      html,
      '<p>Claim<sup class="source-ref"><a href="#source-1" class="source-ref-link">1</a></sup>' +
        ' and more<sup class="source-ref"><a href="#source-4" class="source-ref-link">4</a></sup>.</p>',
    )
  })

  test('a footnote reference without a source number is dropped', async () => {
    assert.equal(await render('Claim[^x].\n\n[^x]: Nothing\n', { footnoteSources }), '<p>Claim.</p>')
  })

  test('without footnoteSources, footnotes render as GFM footnotes whose links reach their targets', async () => {
    const html = await render('Claim[^1].\n\n[^1]: A source.\n')
    assert.match(html, /<section data-footnotes="" class="footnotes">/)
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]))
    assert.equal(hrefs.length, 2)
    for (const href of hrefs) assert.ok(ids.has(href), `#${href} has no target; ids: ${[...ids].join(', ')}`)
    assert.match(html, /class="data-footnote-backref"/)
  })
})

describe('renderMarkdown: headings', () => {
  test('headings get slugged ids', async () => {
    assert.equal(await render('## Why Elixir, really?'), '<h2 id="why-elixir-really">Why Elixir, really?</h2>')
  })

  test('a heading id matches the anchor a wikilink to that heading uses', async () => {
    const heading = 'Scaling to 5,000,000 users!'
    const id = /id="([^"]+)"/.exec(await render(`## ${heading}`))?.[1]
    const href = /href="[^"#]*#([^"]+)"/.exec(await render(`[[Elixir#${heading}]]`))?.[1]
    assert.ok(id)
    assert.equal(href, id)
  })

  test('[[#Heading]] and [[Name#A#B]] point at the id of the heading they land on, in any script', async () => {
    const html = await render('## 見出し\n\n### Setup\n\n[[#見出し]] [[Elixir#Part one#Setup]]')
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1])
    const hrefs = [...html.matchAll(/href="[^"#]*#([^"]+)"/g)].map((m) => decodeURIComponent(m[1] ?? ''))
    assert.deepEqual(hrefs, ids)
  })

  test('headingShift demotes headings, never below h6', async () => {
    assert.equal(
      await render('# One\n\n##### Five', { headingShift: 2 }),
      '<h3 id="one">One</h3>\n<h6 id="five">Five</h6>',
    )
  })
})

describe('renderMarkdown: sanitizing', () => {
  test('scripts, event handlers, javascript: URLs and iframes in raw HTML are removed', async () => {
    const html = await render(
      '<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(2)">\n\n' +
        '<a href="javascript:alert(3)">bad</a> [md](javascript:alert(4))\n\n<iframe src="https://evil.example"></iframe>\n',
    )
    assert.doesNotMatch(html, /<script|alert|onerror|javascript:|<iframe|evil/i)
    assert.match(html, /<img src="x.png">/)
    assert.match(html, /<a>bad<\/a>/)
  })

  test('harmless raw HTML is kept', async () => {
    assert.equal(await render('<b>bold</b> and <kbd>Ctrl</kbd>'), '<p><b>bold</b> and <kbd>Ctrl</kbd></p>')
  })

  test('classes in raw HTML other than the renderer\'s own are removed', async () => {
    const html = await render('<a href="/x" class="evil wikilink">x</a> <span class="big">y</span>')
    assert.match(html, /<a href="\/x" class="wikilink">x<\/a>/)
    assert.doesNotMatch(html, /evil|big/)
  })

  test('a style attribute does not survive', async () => {
    assert.doesNotMatch(await render('<p style="position:fixed">x</p>'), /style/)
  })
})

describe('remarkObsidian', () => {
  const transform = (markdown: string, options: MarkdownOptions) => {
    const processor = unified().use(remarkParse).use(remarkObsidian, options)
    return processor.runSync(processor.parse(markdown)) as Root
  }

  test('a wikilink becomes an mdast link with the wikilink class', () => {
    const tree = transform('A [[Elixir]] b', { resolve })
    const paragraph = tree.children[0]
    assert.equal(paragraph?.type, 'paragraph')
    if (paragraph?.type !== 'paragraph') return
    assert.deepEqual(
      paragraph.children.map((n) => n.type),
      ['text', 'link', 'text'],
    )
    const link = paragraph.children[1]
    assert.equal(link?.type === 'link' && link.url, '/notes/elixir/')
    assert.deepEqual(link?.data?.hProperties, { className: ['wikilink'] })
  })

  test('text without wikilinks or tags is left untouched', () => {
    const tree = transform('Plain #text here', { resolve })
    assert.deepEqual(
      tree.children[0]?.type === 'paragraph' && tree.children[0].children.map((n) => n.type === 'text' && n.value),
      ['Plain #text here'],
    )
  })
})

describe('scanMarkdown', () => {
  const body = [
    'See [[Elixir]] and ![[two-companies.png]], #elixir #talks/2023 #1',
    '',
    '`[[In Code]] #incode`',
    '',
    '```',
    '[[Fenced]] #fenced',
    '```',
    '',
    '[[[Bracketed]]](https://example.com) [text #notag](https://example.com)',
    '',
    '- [[Listed#Part|shown]]',
  ].join('\n')

  test('wikilinks are found outside code and links', () => {
    assert.deepEqual(
      scanMarkdown(body, false).links.map((l) => [l.embed, l.target, l.heading, l.label]),
      [
        [false, 'Elixir', undefined, undefined],
        [true, 'two-companies.png', undefined, undefined],
        [false, 'Listed', 'Part', 'shown'],
      ],
    )
  })

  test('inline tags are found outside code when asked for', () => {
    assert.deepEqual(scanMarkdown(body, true).tags, ['elixir', 'talks/2023'])
  })

  test('inline tags are not collected when not asked for', () => {
    assert.deepEqual(scanMarkdown(body, false).tags, [])
  })
})

describe('excerpt', () => {
  test('Markdown is stripped to plain text and wikilinks show their text', () => {
    assert.equal(
      excerpt('# Title\n\nSome **bold** and _italic_ with [a link](https://x.example), `code`, [[Elixir|my notes]] and [[A#B]].\n\n- one\n- two'),
      'Title. Some bold and italic with a link, code, my notes and A > B. one, two',
    )
  })

  test("wikilinks show Obsidian's text in descriptions, as on the page", () => {
    assert.equal(
      excerpt('See [[SSR talk]], [[folder/Note.md]], [[SSR talk#Why stream?]], [[#Local]], [[Name#A#B]], [[Name#^block-id]] and [[Name#A|text]].'),
      'See SSR talk, folder/Note.md, SSR talk > Why stream?, Local, Name > A > B, Name > ^block-id and text.',
    )
    assert.equal(excerpt('[[Заметки о Go]], [[東京メモ#見出し]], [[Über Café ☕|das Café]]'), 'Заметки о Go, 東京メモ > 見出し, das Café')
  })

  test('code blocks, raw HTML and footnote definitions are left out', () => {
    assert.equal(excerpt('Intro[^1]\n\n```\nconst x = 1\n```\n\n<div>html</div>\n\n[^1]: A footnote\n\nEnd'), 'Intro. End')
  })

  test('a short text is returned whole', () => {
    assert.equal(excerpt('Short text.', 20), 'Short text.')
  })

  test('a long text is cut at a word boundary with an ellipsis', () => {
    const text = 'Using Elixir in production at a seed-stage startup and at Discord'
    const cut = excerpt(text, 30)
    assert.equal(cut, 'Using Elixir in production at…')
    assert.ok(cut.length <= 31)
  })

  test('a long word with no space to cut at is cut at the length', () => {
    assert.equal(excerpt('a'.repeat(50), 10), `${'a'.repeat(9)}…`)
  })

  test('the default length is 180 characters, the ellipsis included', () => {
    const cut = excerpt('word '.repeat(100))
    assert.ok(cut.endsWith('…'))
    assert.ok(cut.length <= 180 && cut.length > 90)
  })

  test("a table's rows are sentences of their cells, never cells glued together", () => {
    const table = '| Company | Platform | Stage |\n| --- | --- | --- |\n| The Marriage Pact | Discord | Seed-stage consumer social |\n| Acme |  | Series A |'
    assert.equal(excerpt(table), 'Company, Platform, Stage. The Marriage Pact, Discord, Seed-stage consumer social. Acme, Series A')
  })

  test('list items are a series, after the paragraph that introduces them', () => {
    assert.equal(
      excerpt('Talks/speakers to learn from:\n\n- Code Aesthetic\n- No Boilerplate\n- Anything from [[José Valim]]\n\nThen more.'),
      'Talks/speakers to learn from: Code Aesthetic, No Boilerplate, Anything from José Valim. Then more.',
    )
    assert.equal(excerpt('1. Ship it.\n2. Measure it.\n3. Repeat'), 'Ship it. Measure it. Repeat')
  })

  test('a nested list follows its item, and items holding commas are set apart with semicolons', () => {
    assert.equal(excerpt('- Frontend\n  - React\n  - Vue\n- Backend\n  - Elixir'), 'Frontend: React, Vue; Backend: Elixir')
    assert.equal(excerpt('- [ ] Berlin, Germany\n- [x] Paris, France'), 'Berlin, Germany; Paris, France')
  })

  test('headings, paragraphs, quotes and callouts are sentences of their own', () => {
    assert.equal(
      excerpt('# Why stream?\n\nBecause it is fast\nand small.\n\n> A quote\n\n> [!tip] Try it\n> On a phone.'),
      'Why stream? Because it is fast and small. A quote. Try it. On a phone.',
    )
  })

  test('Chinese and Japanese get no spaces between characters, and their own marks', () => {
    assert.equal(excerpt('## 東京メモ\n\n東京は\n**大きい**\n\n- 寿司\n- ラーメン'), '東京メモ。東京は大きい。寿司、ラーメン')
    assert.equal(excerpt('## 快速网站\n\n| 指标 | 目标 |\n| --- | --- |\n| LCP | 2.5 秒 |'), '快速网站。指标、目标。LCP, 2.5 秒')
  })

  test('right-to-left text keeps its logical order, Arabic with its own comma', () => {
    assert.equal(excerpt('## שלום עולם\n\n- אחד\n- שניים'), 'שלום עולם. אחד, שניים')
    assert.equal(excerpt('## مرحبا\n\n- واحد\n- اثنان'), 'مرحبا. واحد، اثنان')
  })
})

describe('renderMarkdown: images', () => {
  const image = (url: string) =>
    url === 'missing.png'
      ? ('missing' as const)
      : url.startsWith('http')
        ? undefined
        : { src: `/talks-site/attachments/${url.replace(/^.*\//, '')}`, size: { width: 800, height: 360 } }

  test('a local image gets the resolved src, its width and height, and loads lazily', async () => {
    assert.equal(
      await render('![Two companies](./attachments/two.png)', { image }),
      '<p><img src="/talks-site/attachments/two.png" alt="Two companies" width="800" height="360" loading="lazy" decoding="async"></p>',
    )
  })

  test('an image of the first slide loads at once', async () => {
    assert.equal(
      await render('![Two](two.png)', { image, eagerImages: true }),
      '<p><img src="/talks-site/attachments/two.png" alt="Two" width="800" height="360"></p>',
    )
  })

  test('an image inside a link is resolved too', async () => {
    assert.match(await render('[![Badge](two.png)](https://example.com)', { image }), /<a href="https:\/\/example\.com"><img src="\/talks-site\/attachments\/two\.png"/)
  })

  test('an image on another site stays as written, lazily loaded', async () => {
    assert.equal(
      await render('![Logo](https://example.com/logo.png)', { image }),
      '<p><img src="https://example.com/logo.png" alt="Logo" loading="lazy" decoding="async"></p>',
    )
  })

  test('an image whose file is missing shows as its alt text, marked, never as a broken image', async () => {
    const html = await render('![The chart](missing.png)', { image })
    assert.equal(html, '<p><span class="wikilink-missing" title="Image not found: missing.png">The chart</span></p>')
  })

  test('an embedded attachment image (![[x.png]]) gets its size and lazy loading', async () => {
    const sized: Record<string, LinkTarget> = {
      'chart.png': { kind: 'file', url: '/attachments/chart.png', name: 'chart.png', isImage: true, size: { width: 40, height: 30 } },
    }
    const html = await renderMarkdown('![[chart.png]]', { resolve: (link) => sized[link.target] })
    assert.equal(html, '<p><img src="/attachments/chart.png" alt="chart" width="40" height="30" loading="lazy" decoding="async"></p>')
  })

  test('a large image gets its smaller copies as srcset, with sizes, through the sanitizer', async () => {
    const large = () => ({ src: '/a/photo.png', size: { width: 2400, height: 1350 }, srcSet: '/a/photo.640w.png 640w, /a/photo.png 2400w' })
    assert.equal(
      await render('![Photo](photo.png)', { image: large }),
      '<p><img src="/a/photo.png" alt="Photo" width="2400" height="1350" srcset="/a/photo.640w.png 640w, /a/photo.png 2400w" sizes="(min-width: 56rem) 52rem, 100vw" loading="lazy" decoding="async"></p>',
    )
    const embedded: LinkTarget = { kind: 'file', url: '/a/photo.png', name: 'photo.png', isImage: true, size: { width: 2400, height: 1350 }, srcSet: '/a/photo.640w.png 640w' }
    assert.match(await renderMarkdown('![[photo.png]]', { resolve: () => embedded }), /srcset="\/a\/photo\.640w\.png 640w" sizes="/)
  })

  test('raw HTML cannot use the loading attribute for anything but "lazy"', async () => {
    assert.equal(await render('<img src="x.png" loading="eager" decoding="sync">'), '<img src="x.png">')
  })

  test('scanMarkdown lists image URLs, inside links too, and not in code', () => {
    assert.deepEqual(scanMarkdown('![a](one.png) [![b](/images/two.png)](https://x.y) `![c](three.png)`', false).images, ['one.png', '/images/two.png'])
  })
})

test('one scan of a body gives its links, inline tags, images and excerpt, as the separate readers do', () => {
  const body = 'Opening with [[Elixir|the talk]] and #speaking.\n\n![chart](./chart.png)\n\n```js\n[[not a link]] #nope\n```\n\nMore [[Go#Errors]].'
  const scan = scanBody(body, true)
  assert.deepEqual({ links: scan.links, tags: scan.tags, images: scan.images }, scanMarkdown(body, true))
  assert.equal(scan.excerpt, excerpt(body))
  assert.deepEqual(scan.links.map((l) => l.target), ['Elixir', 'Go'])
  assert.deepEqual(scan.tags, ['speaking'])
  assert.deepEqual(scanBody(body, false).tags, [], 'talks and case studies have no inline tags')
})

describe('renderMarkdown from a kept tree', () => {
  const bodies = [
    'See [[Elixir]] and [[two-companies.png]], ![[two-companies.png|A chart]] and [[Nowhere]].\nA second line #elixir #1',
    '# Title\n\n## Part *one*\n\n- a\n- [ ] b\n  - c\n\n1. x\n2. y\n\n> quoted [[ssr talk|talk]]',
    '| a | b |\n| - | :-: |\n| `[[not a link]]` | ~~gone~~ |\n\nwww.example.com and https://example.org/x.',
    'Text with a note[^1] and another[^two].\n\n[^1]: The first.\n[^two]: The [second](https://example.com).',
    '```ts\nconst x: number = 1 // [[not a link]]\n```\n\n<details><summary>More</summary>\n\n**raw** <b onclick="x()">html</b>\n\n</details>\n\n<script>alert(1)</script>',
    '[ref][r] and ![alt][i]\n\n[r]: https://example.com "Title"\n[i]: /a.png',
    'Заметки о [[Заметки о Go]] · 東京 [[東京メモ]] · [[Über Café ☕]] 🎤',
  ]

  test('gives the HTML of a parse, for the tree as the build keeps it (JSON, no positions)', async () => {
    for (const softBreaks of [false, true]) {
      const options = { resolve, tagUrl: (tag: string) => `/tags/${tag}/`, softBreaks }
      for (const body of bodies) {
        const kept = JSON.parse(treeJson(parseMarkdown(body))) as Root
        assert.ok(!treeJson(parseMarkdown(body)).includes('"position"'))
        assert.equal(await renderMarkdown(body, options, kept), await renderMarkdown(body, options), body)
      }
    }
  })

  test('renders the tree it is given, not the text again', async () => {
    const kept = JSON.parse(treeJson(parseMarkdown('From the tree.'))) as Root
    assert.equal(await renderMarkdown('From the text.', { resolve }, kept), '<p>From the tree.</p>')
  })
})
