import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Feed } from 'feed'
import { XSS_PAYLOADS } from '../../e2e/fixtures/xss-payloads'
import { escapeAttributeLessThan, escapeHtml, withoutTags } from './escape'

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

describe('withoutTags', () => {
  it('leaves no tag, and nothing that opens one, of any payload', () => {
    for (const payload of XSS_PAYLOADS) {
      const text = withoutTags(payload)
      assert.doesNotMatch(text, /<[a-z/!?]/i, payload)
      // What a browser makes of the text as HTML: no element at all.
      assert.doesNotMatch(text, /on[a-z]+\s*=\s*["']?alert/i, payload)
    }
  })

  it('keeps the text between tags and a "<" that opens none', () => {
    assert.equal(withoutTags(`Hostile talk <script>alert('xss-1')</script>`), "Hostile talk alert('xss-1')")
    assert.equal(withoutTags('<<script>>x<</script>'), '<>x<')
    assert.equal(withoutTags('a < b and <b>bold</b>  c'), 'a < b and bold c')
    assert.equal(withoutTags('Elixir in the Big and Small'), 'Elixir in the Big and Small')
  })
})
