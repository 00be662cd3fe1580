import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { renderMarkdown, scanBody } from '..'
import type { MarkdownOptions } from '../rules'
import { parseMarkdown } from '../parse'
import { hasMath } from '../katex'

const options: MarkdownOptions = { resolve: () => ({ kind: 'page', url: '/notes/x/', title: 'X' }), tagUrl: (tag) => `/tags/${tag}/` }
const render = (markdown: string) => renderMarkdown(markdown, options)
// The TeX that KaTeX keeps in its MathML, exactly as written.
const tex = (html: string) => [...html.matchAll(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g)].map((m) => m[1])

describe('math: $…$ and $$…$$ typeset at build time', () => {
  test('inline math is typeset by KaTeX, inline', async () => {
    const html = await render('Euler: $e^{i\\pi} + 1 = 0$.')
    assert.match(html, /^<p>Euler: <span class="katex">/)
    assert.ok(!html.includes('katex-display'))
    assert.deepEqual(tex(html), ['e^{i\\pi} + 1 = 0'])
    assert.ok(hasMath(html))
  })

  test('a $$ block is a display formula, and keeps both backslashes of \\\\', async () => {
    const html = await render('$$\n\\begin{vmatrix}a & b\\\\\nc & d\n\\end{vmatrix}=ad-bc\n$$')
    assert.match(html, /class="katex-display"/)
    assert.deepEqual(tex(html), ['\\begin{vmatrix}a &#x26; b\\\\\nc &#x26; d\n\\end{vmatrix}=ad-bc'])
  })

  test('$$…$$ written inside a line is a display formula, as in Obsidian', async () => {
    assert.match(await render('See $$x^2$$ here.'), /class="katex-display"/)
  })

  test('prices stay text: a $ that opens before a space, or closes after one, is no math', async () => {
    assert.equal(await render('It costs $5 and $10 now.'), '<p>It costs $5 and $10 now.</p>')
    assert.equal(await render('$ x$ and $x $'), '<p>$ x$ and $x $</p>')
    assert.ok(!hasMath(await render('From $5 to $10 [[X]] #tag')))
    // Text around a price is still read for links and tags.
    assert.match(await render('From $5 to $10 [[X]] #tag'), /<a href="\/notes\/x\/" class="wikilink">X<\/a> <a href="\/tags\/tag\/" class="tag">#tag<\/a>/)
    assert.deepEqual(scanBody('From $5 to $10 [[X]]', false).links.map((l) => l.target), ['X'])
  })

  test('an escaped dollar is a dollar', async () => {
    assert.equal(await render('\\$x\\$'), '<p>$x$</p>')
  })

  test('wikilinks and #tags inside math are TeX, not links', async () => {
    const html = await render('$a [[X]] \\#b$ and #tag')
    assert.ok(!html.includes('class="wikilink"'))
    assert.equal(html.match(/class="tag"/g)?.length, 1)
    assert.deepEqual(scanBody('$[[X]]$', false).links, [])
  })

  test('code keeps its dollars as written', async () => {
    assert.equal(await render('`$x$` and `$$y$$`'), '<p><code>$x$</code> and <code>$$y$$</code></p>')
    assert.equal(await render('```\n$$\nx\n$$\n```'), '<pre><code>$$\nx\n$$\n</code></pre>')
  })

  test('bad TeX shows its source in red, as Obsidian does, and does not stop the build', async () => {
    assert.match(await render('$\\frac{1}{$'), /class="katex-error"/)
  })

  test('no TeX command runs code or loads anything: \\href and \\includegraphics are refused', async () => {
    const html = await render('$\\href{javascript:alert(1)}{x}$ $\\includegraphics{https://evil.example/a.png}$')
    // Shown as red source, as KaTeX shows what it refuses: never a link or an image.
    assert.ok(!html.includes('href='))
    assert.ok(!html.includes('<img'))
    assert.match(html, /<mtext>\\href<\/mtext>/)
  })

  test('the kept tree (JSON, no positions) renders the same: the price rule ran at the parse', async () => {
    const body = 'A $5 and $10 price, and $x^2$.'
    const kept = JSON.parse(JSON.stringify(parseMarkdown(body), (key, value: unknown) => (key === 'position' ? undefined : value)))
    assert.equal(await renderMarkdown(body, options, kept), await render(body))
  })
})
