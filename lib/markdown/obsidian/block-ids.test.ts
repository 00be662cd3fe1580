import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { renderMarkdown } from '..'

const render = (markdown: string) => renderMarkdown(markdown, { resolve: (link) => ({ kind: 'page', url: `/notes/${link.target.toLowerCase()}/`, title: link.target }) })

describe('block ids', () => {
  test('a ^id ending a paragraph is hidden and becomes its id', async () => {
    assert.equal(await render('The quick brown fox. ^fox-1'), '<p id="^fox-1">The quick brown fox.</p>')
  })

  test('a ^id ending a list item names the item', async () => {
    assert.equal(await render('- one ^first\n- two'), '<ul>\n<li id="^first">one</li>\n<li>two</li>\n</ul>')
  })

  test('a ^id on its own line after a quote, table or list names that block', async () => {
    assert.match(await render('> A quote\n\n^quote-of-the-day'), /^<blockquote id="\^quote-of-the-day">/)
    assert.match(await render('| a |\n| - |\n| 1 |\n\n^tbl'), /^<table id="\^tbl">/)
    assert.match(await render('- x\n- y\n\n^lst'), /^<ul id="\^lst">/)
    assert.doesNotMatch(await render('> A quote\n\n^quote-of-the-day'), /\^quote-of-the-day</)
  })

  test('links to a block arrive at its id, on this page or another', async () => {
    const html = await render('See [[#^fox-1]] and [[Other#^abc|that block]].')
    assert.match(html, /<a href="#%5Efox-1" class="wikilink">\^fox-1<\/a>/)
    assert.match(html, /<a href="\/notes\/other\/#%5Eabc" class="wikilink">that block<\/a>/)
  })

  test('code keeps ^id as written', async () => {
    assert.equal(await render('`x ^notid`'), '<p><code>x ^notid</code></p>')
    assert.equal(await render('```\nline ^notid\n```'), '<pre><code>line ^notid\n</code></pre>')
  })

  test('a caret inside a word, or an id with other characters, is text', async () => {
    assert.equal(await render('2^10 is 1024'), '<p>2^10 is 1024</p>')
    assert.equal(await render('a ^not_an_id'), '<p>a ^not_an_id</p>')
  })

  test('raw HTML may not set another id through data-block-id', async () => {
    const html = await render('<p data-block-id="x y">t</p>')
    assert.doesNotMatch(html, /id="/)
  })
})
