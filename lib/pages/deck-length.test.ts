import assert from 'node:assert/strict'
import { test } from 'node:test'
import { siteConfig } from '../core/site-config'
import { deckLength, hasShareSlide } from './deck-length'

const talk = (n: number) => ({ slides: Array.from({ length: n }, () => ({}) as never) })

test('a deck counts its share slide, which only a deck with slides has', () => {
  assert.equal(siteConfig.shareSlide, true)
  assert.equal(deckLength(talk(11)), 12)
  assert.equal(hasShareSlide(talk(11)), true)
  assert.equal(deckLength(talk(0)), 0)
  assert.equal(hasShareSlide(talk(0)), false)
})
