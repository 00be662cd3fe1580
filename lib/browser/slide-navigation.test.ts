import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  applySlideAction,
  formatElapsed,
  slideActionOfKey,
  slideActionOfSwipe,
  slideLinkOf,
  slideOfHash,
  type KeyContext,
} from './slide-navigation'
import type { SiteConfig } from '../core/site-config'
import { absoluteUrl, routes } from '../core/urls'

const key = (k: string, mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods,
})
const inDeck: KeyContext = { inDeck: true, onBody: false, onControl: false, typing: false }
const onBody: KeyContext = { inDeck: false, onBody: true, onControl: false, typing: false }
const elsewhere: KeyContext = { inDeck: false, onBody: false, onControl: false, typing: false }

describe('slideActionOfKey', () => {
  test('arrows move slides in the deck and on the page body', () => {
    assert.equal(slideActionOfKey(key('ArrowRight'), inDeck), 'next')
    assert.equal(slideActionOfKey(key('ArrowLeft'), onBody), 'previous')
  })

  test('arrows elsewhere, with a modifier, or while typing are left to the browser', () => {
    assert.equal(slideActionOfKey(key('ArrowRight'), elsewhere), null)
    for (const mod of ['shiftKey', 'altKey', 'ctrlKey', 'metaKey'] as const) {
      assert.equal(slideActionOfKey(key('ArrowRight', { [mod]: true }), inDeck), null, mod)
    }
    assert.equal(slideActionOfKey(key('ArrowRight'), { ...inDeck, typing: true }), null)
  })

  test('Space, Page Up/Down, Home and End move slides only in the deck, so they still scroll the page', () => {
    assert.equal(slideActionOfKey(key(' '), inDeck), 'next')
    assert.equal(slideActionOfKey(key(' ', { shiftKey: true }), inDeck), 'previous')
    assert.equal(slideActionOfKey(key('PageDown'), inDeck), 'next')
    assert.equal(slideActionOfKey(key('PageUp'), inDeck), 'previous')
    assert.equal(slideActionOfKey(key('Home'), inDeck), 'first')
    assert.equal(slideActionOfKey(key('End'), inDeck), 'last')
    for (const k of [' ', 'PageDown', 'PageUp', 'Home', 'End']) assert.equal(slideActionOfKey(key(k), onBody), null, k)
  })

  test('Space on a button or link keeps its own meaning', () => {
    assert.equal(slideActionOfKey(key(' '), { ...inDeck, onControl: true }), null)
    assert.equal(slideActionOfKey(key('ArrowRight'), { ...inDeck, onControl: true }), 'next')
  })
})

describe('applySlideAction', () => {
  test('moves within 1..total and stops at both ends', () => {
    assert.equal(applySlideAction('next', 1, 3), 2)
    assert.equal(applySlideAction('next', 3, 3), 3)
    assert.equal(applySlideAction('previous', 1, 3), 1)
    assert.equal(applySlideAction('first', 2, 3), 1)
    assert.equal(applySlideAction('last', 1, 3), 3)
  })
})

describe('slideOfHash', () => {
  test('reads #slide-N within the deck only', () => {
    assert.equal(slideOfHash('#slide-3', 11), 3)
    assert.equal(slideOfHash('#slide-12', 11), null)
    assert.equal(slideOfHash('#slide-0', 11), null)
    assert.equal(slideOfHash('#source-1', 11), null)
    assert.equal(slideOfHash('', 11), null)
  })
})

describe('slideActionOfSwipe', () => {
  test('a long horizontal swipe to the left is next, to the right previous', () => {
    assert.equal(slideActionOfSwipe(-120, 10), 'next')
    assert.equal(slideActionOfSwipe(120, -10), 'previous')
  })

  test('a short or mostly vertical move is no swipe', () => {
    assert.equal(slideActionOfSwipe(-20, 0), null)
    assert.equal(slideActionOfSwipe(-60, 80), null)
  })
})

describe('formatElapsed', () => {
  test('shows minutes and seconds, and hours when needed', () => {
    assert.equal(formatElapsed(0), '0:00')
    assert.equal(formatElapsed(245_900), '4:05')
    assert.equal(formatElapsed(3_729_000), '1:02:09')
  })
})

describe('slideLinkOf', () => {
  const config: SiteConfig = { url: 'https://talks.example.com', basePath: '/site', locale: 'en', themeColor: '#000000', shareSlide: true }
  const talkUrl = absoluteUrl(routes.talk('größe-zählt-'), config)

  test('a slide with a page links to that page, as absoluteUrl(routes.talkSlide) has it', () => {
    assert.equal(slideLinkOf(talkUrl, 2, 3), absoluteUrl(routes.talkSlide('größe-zählt-', 2), config))
    assert.equal(slideLinkOf(talkUrl, 2, 3), 'https://talks.example.com/site/talks/gr%C3%B6%C3%9Fe-z%C3%A4hlt-/slides/2/')
  })

  test('the closing slide, which has no page, links to the talk page at #slide-N', () => {
    assert.equal(slideLinkOf(talkUrl, 4, 3), `${talkUrl}#slide-4`)
  })
})
