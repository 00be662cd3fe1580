import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bidiLayout, isPlainLtr, type BidiLayout } from './bidi'

/** Each run's words, pieces joined by "|" where a word has several. */
const shape = (layout: BidiLayout) => ({
  rtl: layout.rtl,
  runs: layout.runs.map((run) => ({ rtl: run.rtl, words: run.words.map((w) => w.pieces.map((p) => p.text).join('|')) })),
})

test('text without right-to-left letters is left alone', () => {
  assert.equal(isPlainLtr('Über Café ☕ 東京 नमस्ते'), true)
  assert.equal(isPlainLtr('Go שלום'), false)
  assert.equal(isPlainLtr('مرحبا'), false)
})

test('a Hebrew title is a right-to-left paragraph of words in reading order', () => {
  assert.deepEqual(shape(bidiLayout('שלום עולם')), { rtl: true, runs: [{ rtl: true, words: ['שלום', 'עולם'] }] })
})

test('Latin words inside a right-to-left title stay together, left to right, as one run', () => {
  assert.deepEqual(shape(bidiLayout('مرحبا Next.js 16 بالعربية')), {
    rtl: true,
    runs: [
      { rtl: true, words: ['مرحبا'] },
      { rtl: false, words: ['Next.js', '16'] },
      { rtl: true, words: ['بالعربية'] },
    ],
  })
})

test('a Hebrew phrase inside an English title is a right-to-left run', () => {
  assert.deepEqual(shape(bidiLayout('Notes on שלום עולם in Go')), {
    rtl: false,
    runs: [
      { rtl: false, words: ['Notes', 'on'] },
      { rtl: true, words: ['שלום', 'עולם'] },
      { rtl: false, words: ['in', 'Go'] },
    ],
  })
})

test('punctuation after a Latin word in a right-to-left title goes to its left, as browsers show it', () => {
  assert.deepEqual(shape(bidiLayout('שלום Go, עולם')), { rtl: true, runs: [{ rtl: true, words: ['שלום', ',|Go', 'עולם'] }] })
})

test('brackets around a Latin word in a right-to-left title are mirrored back, as browsers show them', () => {
  assert.deepEqual(shape(bidiLayout('שלום (Go)')), { rtl: true, runs: [{ rtl: true, words: ['שלום', '(|Go|)'] }] })
})

test('punctuation at the end of a right-to-left word is a piece of its own, on the left', () => {
  // Satori sets each font's stretch of a text side by side from left to right: the "-" (Inter)
  // and the "ל" (Noto Sans Hebrew) must be pieces of their own, in visual order.
  assert.deepEqual(shape(bidiLayout('מדריך ל-Next.js')).runs[0]!.words[1], 'Next.js|-|ל')
  assert.deepEqual(shape(bidiLayout('مرحبا بالعالم: كيف')).runs[0]!.words, ['مرحبا', ':|بالعالم', 'كيف'])
})

test('an emoji after a Hebrew word belongs to the right-to-left text, not to an English run', () => {
  assert.deepEqual(shape(bidiLayout('שלום 🚀!')), { rtl: true, runs: [{ rtl: true, words: ['שלום', '!🚀'] }] })
})
