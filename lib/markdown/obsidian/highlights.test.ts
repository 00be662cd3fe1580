import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { remarkHighlights } from './highlights'

const html = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkGfm).use(remarkHighlights).use(remarkRehype).use(rehypeStringify).processSync(markdown))

describe('remarkHighlights', () => {
  test('==text== becomes <mark>', () => {
    assert.equal(html('Some ==highlighted== text.'), '<p>Some <mark>highlighted</mark> text.</p>')
  })

  test('a highlight may hold other inline Markdown, and there may be several', () => {
    assert.equal(html('==**bold** and plain== then ==two=='), '<p><mark><strong>bold</strong> and plain</mark> then <mark>two</mark></p>')
  })

  test('strikethrough still works beside it', () => {
    assert.equal(html('~~gone~~ ==kept=='), '<p><del>gone</del> <mark>kept</mark></p>')
  })

  test('code is left as written', () => {
    assert.equal(html('`==x==`'), '<p><code>==x==</code></p>')
    assert.equal(html('```\n==x==\n```'), '<pre><code>==x==\n</code></pre>')
  })

  test('== with spaces inside, or unclosed, is text', () => {
    assert.equal(html('a == b == c'), '<p>a == b == c</p>')
    assert.equal(html('x ==open only'), '<p>x ==open only</p>')
    assert.equal(html('a ==== b'), '<p>a ==== b</p>')
  })
})
