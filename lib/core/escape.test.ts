import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Feed } from 'feed'
import { XSS_PAYLOADS } from '../../e2e/fixtures/xss-payloads'
import { escapeAttributeLessThan, escapeHtml } from './escape'

/** An Atom feed of the `feed` package with one entry per payload, as lib/seo/feeds.ts fills it in. */
function payloadAtom(): string {
  const feed = new Feed({ title: 'x', id: 'https://example.com/', link: 'https://example.com/', copyright: 'c', updated: new Date(0) })
  XSS_PAYLOADS.forEach((payload, i) =>
    feed.addItem({ title: escapeHtml(payload), id: `https://example.com/${i}`, link: `https://example.com/${i}`, description: escapeHtml(payload), date: new Date(0), category: [{ name: payload }] }),
  )
  return feed.atom1()
}

const outsideCdata = (xml: string) => xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')

describe('escapeAttributeLessThan', () => {
  it('leaves no "<" in any attribute value of the Atom feed (the feed package writes them raw)', () => {
    const raw = payloadAtom()
    assert.match(outsideCdata(raw), /label="[^"]*</, 'the package still writes a raw "<": the fix is still needed')
    assert.doesNotMatch(outsideCdata(escapeAttributeLessThan(raw)), /="[^"]*</)
  })

  it('keeps CDATA text and labels byte for byte apart from the escaped "<"', () => {
    const raw = payloadAtom()
    const fixed = escapeAttributeLessThan(raw)
    assert.equal(fixed.replaceAll('&lt;', '<'), raw.replaceAll('&lt;', '<'))
    assert.deepEqual(fixed.match(/<!\[CDATA\[[\s\S]*?\]\]>/g), raw.match(/<!\[CDATA\[[\s\S]*?\]\]>/g))
  })
})

describe('escapeHtml', () => {
  it('turns text into HTML that shows the same text and holds no markup', () => {
    for (const payload of XSS_PAYLOADS) assert.doesNotMatch(escapeHtml(payload), /[<>"']/)
    assert.equal(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;')
  })
})
