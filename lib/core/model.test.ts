import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hasDeck, type PublicSlide } from './model'

test('hasDeck: a talk has a deck when its body has a slide, and only then', () => {
  const slide: PublicSlide = { number: 1, markdown: '# One', footnotes: new Map() }
  assert.equal(hasDeck({ slides: [slide] }), true)
  assert.equal(hasDeck({ slides: [] }), false)
})
