import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseExcerpt } from './pagefind-excerpt'

test('cuts an excerpt into plain and marked parts', () => {
  assert.deepEqual(parseExcerpt('how <mark>Elixir</mark> scales to <mark>millions</mark>.'), [
    { text: 'how ', marked: false },
    { text: 'Elixir', marked: true },
    { text: ' scales to ', marked: false },
    { text: 'millions', marked: true },
    { text: '.', marked: false },
  ])
})

test('decodes the escaped page text, so it reads as written', () => {
  assert.deepEqual(parseExcerpt('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;'), [{ text: 'a <b> & "c" \'d\'', marked: false }])
})

test('keeps any other markup as text, never as elements', () => {
  const parts = parseExcerpt('<img src=x onerror=alert(1)> <mark>word</mark>')
  assert.deepEqual(parts, [
    { text: '<img src=x onerror=alert(1)> ', marked: false },
    { text: 'word', marked: true },
  ])
})

test('an excerpt without matches is one plain part, and an empty one has none', () => {
  assert.deepEqual(parseExcerpt('plain'), [{ text: 'plain', marked: false }])
  assert.deepEqual(parseExcerpt(''), [])
})
