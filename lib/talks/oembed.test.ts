import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { EMBED_CHROME_PX, EMBED_WIDTH, embedIframe, embedUrl, linksOpenOutside, oembedJson } from './oembed'
import { absoluteUrl, routes } from '../core/urls'

const talk = { slug: 'größe-zählt-', title: 'Größe "zählt" <schnell>', url: routes.talk('größe-zählt-') }

describe('embedIframe', () => {
  test('frames the talk’s embed page by its absolute, percent-encoded URL, title escaped', () => {
    const html = embedIframe(talk)
    assert.ok(html.includes(`src="${absoluteUrl(routes.talkEmbed(talk.slug))}"`), html)
    assert.ok(html.includes('/talks/gr%C3%B6%C3%9Fe-z%C3%A4hlt-/embed/"'), html)
    assert.ok(html.includes('title="Slides: Größe &quot;zählt&quot; &lt;schnell&gt;"'), html)
  })
  test('keeps the deck 16:9 at any width: a box padded by a share of its width plus the fixed row, the frame filling it', () => {
    const html = embedIframe(talk)
    assert.match(html, new RegExp(`^<div style="[^"]*width:100%[^"]*padding-top:calc\\(56\\.25% \\+ ${EMBED_CHROME_PX}px\\)"><iframe `))
    assert.match(html, /<iframe [^>]*style="position:absolute;inset:0;width:100%;height:100%;border:0"/)
    assert.doesNotMatch(html, /\b(width|height)="/)
  })
  test('full screen through allow only, never the legacy allowfullscreen beside it', () => {
    assert.match(embedIframe(talk), /allow="fullscreen"/)
    assert.doesNotMatch(embedIframe(talk), /allowfullscreen/)
  })
  test('a slide opens the deck at that slide; slide 1 is the deck’s own start', () => {
    assert.equal(embedUrl(talk, 6), `${absoluteUrl(routes.talkEmbed(talk.slug))}#slide-6`)
    assert.equal(embedUrl(talk, 1), absoluteUrl(routes.talkEmbed(talk.slug)))
    assert.ok(embedIframe(talk, 6).includes('/embed/#slide-6"'))
  })
})

describe('oembedJson', () => {
  const thumbnail = 'https://example.com/og/talks/x.png?v=abc'
  test('a rich oEmbed 1.0 response whose html is the iframe, with the page’s preview as thumbnail', () => {
    const json = oembedJson(talk, { name: 'Ada' }, thumbnail)
    assert.equal(json.version, '1.0')
    assert.equal(json.type, 'rich')
    assert.equal(json.html, embedIframe(talk))
    assert.equal(json.author_name, 'Ada')
    assert.equal(json.thumbnail_url, thumbnail)
    assert.deepEqual([json.thumbnail_width, json.thumbnail_height], [1200, 630])
  })
  test('declares the 16:9 deck and its row at the width a blog column holds', () => {
    const json = oembedJson(talk, { name: 'Ada' }, thumbnail)
    assert.equal(json.width, EMBED_WIDTH)
    assert.equal(json.height, Math.round((EMBED_WIDTH * 9) / 16) + EMBED_CHROME_PX)
    assert.ok(json.width <= 600, 'fits a consumer’s usual maxwidth')
  })
  test('a slide’s response embeds from that slide', () => {
    assert.equal(oembedJson(talk, { name: 'Ada' }, thumbnail, 6).html, embedIframe(talk, 6))
  })
})

describe('linksOpenOutside', () => {
  test('every link without a target opens in a new tab; one with a target keeps it', () => {
    assert.equal(
      linksOpenOutside('<p><a href="/talks/x/#source-1">1</a> <a href="https://a.example" target="_self">a</a> <abbr>x</abbr></p>'),
      '<p><a target="_blank" href="/talks/x/#source-1">1</a> <a href="https://a.example" target="_self">a</a> <abbr>x</abbr></p>',
    )
  })
})
