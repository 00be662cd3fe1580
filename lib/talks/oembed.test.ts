import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { embedIframe, linksOpenOutside, oembedJson } from './oembed'
import { absoluteUrl, routes } from '../core/urls'

const talk = { slug: 'größe-zählt-', title: 'Größe "zählt" <schnell>', url: routes.talk('größe-zählt-') }

describe('embedIframe', () => {
  test('frames the talk’s embed page by its absolute, percent-encoded URL, title escaped', () => {
    const html = embedIframe(talk)
    assert.match(html, /^<iframe src="[^"]+"/)
    assert.ok(html.includes(`src="${absoluteUrl(routes.talkEmbed(talk.slug))}"`), html)
    assert.ok(html.includes('/talks/gr%C3%B6%C3%9Fe-z%C3%A4hlt-/embed/'), html)
    assert.ok(html.includes('title="Slides: Größe &quot;zählt&quot; &lt;schnell&gt;"'), html)
    assert.ok(html.includes('width="960" height="640"'), html)
  })
})

describe('oembedJson', () => {
  test('a rich oEmbed 1.0 response whose html is the iframe, with the talk’s preview as thumbnail', () => {
    const json = oembedJson(talk, { name: 'Ada' })
    assert.equal(json.version, '1.0')
    assert.equal(json.type, 'rich')
    assert.equal(json.html, embedIframe(talk))
    assert.deepEqual([json.width, json.height], [960, 640])
    assert.equal(json.author_name, 'Ada')
    assert.equal(json.thumbnail_url, absoluteUrl('/og/talks/größe-zählt-.png'))
    assert.deepEqual([json.thumbnail_width, json.thumbnail_height], [1200, 630])
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
