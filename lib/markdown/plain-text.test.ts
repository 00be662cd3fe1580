import assert from 'node:assert/strict'
import { test } from 'node:test'
import { markdownOfText } from './plain-text'
import { summarizeSlide } from './slide-summary'

test("a page's first line is its slide's heading, the other lines its text", () => {
  assert.equal(markdownOfText('Decks from PDF\nRead the docs\nand more'), '# Decks from PDF\n\nRead the docs\nand more')
  assert.deepEqual(summarizeSlide(markdownOfText('Decks from PDF\nRead the docs\nand more')), { heading: 'Decks from PDF', text: 'Read the docs and more' })
})

test('no text, no Markdown', () => {
  assert.equal(markdownOfText(''), '')
  assert.equal(markdownOfText(' \n  \n'), '')
})

// (A description reads [[x]] and ==x== as plain words anyway: lib/markdown/prose.ts, for every slide.)
test('text that looks like Markdown or Obsidian syntax reads back as written', () => {
  const text = ['# 1. *not* a list', '[a](b) $x$ %%c%% <b>bold</b> [^1] https://example.com', '- 2 > 1 | `code` Time: 1:30']
  const summary = summarizeSlide(markdownOfText(text.join('\n')))
  assert.equal(summary.heading, text[0])
  assert.equal(summary.text, `${text[1]} ${text[2]}`)
  assert.equal(summary.image, undefined)
})
