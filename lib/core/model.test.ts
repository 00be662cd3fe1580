import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hasDeck, hasPdfDeck, type PublicSlide } from './model'

test('hasDeck: a talk has a deck when its body has a slide, and only then', () => {
  const slide: PublicSlide = { number: 1, markdown: '# One', footnotes: new Map() }
  assert.equal(hasDeck({ slides: [slide] }), true)
  assert.equal(hasDeck({ slides: [] }), false)
})

test("hasPdfDeck: the talk's slides are its PDF's pages", () => {
  const slide: PublicSlide = { number: 1, markdown: '# One', footnotes: new Map() }
  const page: PublicSlide = { ...slide, pdf: { deck: '0123456789abcdef', text: 'One', images: [], links: [] } }
  assert.equal(hasPdfDeck({ slides: [page] }), true)
  assert.equal(hasPdfDeck({ slides: [slide] }), false)
  assert.equal(hasPdfDeck({ slides: [] }), false)
})
