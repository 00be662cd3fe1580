import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { headersFor, parseHeadersFile, servedContentType } from './headers-file'

describe('parseHeadersFile and headersFor', () => {
  it('gives every path the headers of the rules it matches, comments left out', () => {
    const rules = parseHeadersFile('# note\n/*\n  X-A: 1\n  X-B: a: b\n\n/talks/*\n  X-A: 2\n/exact\n  X-C: 3\n')
    assert.deepEqual([...headersFor(rules, '/talks/x/')], [['x-a', '1, 2'], ['x-b', 'a: b']])
    assert.deepEqual([...headersFor(rules, '/exact')], [['x-a', '1'], ['x-b', 'a: b'], ['x-c', '3']])
    assert.deepEqual([...headersFor(rules, '/exactly')], [['x-a', '1'], ['x-b', 'a: b']])
  })

  it('"! Name" detaches a header that earlier rules gave, so a later rule replaces it', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n  X-B: 2\n/embed/*\n  ! X-A\n  X-A: 3\n')
    assert.deepEqual([...headersFor(rules, '/embed/x')], [['x-b', '2'], ['x-a', '3']])
    assert.deepEqual([...headersFor(rules, '/other')], [['x-a', '1'], ['x-b', '2']])
  })

  it('public/_headers lets a talk\'s embed page be framed by any site, and no other page', () => {
    const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'))
    for (const page of ['/talks/größe-zählt-/embed/', '/talks/x/embed/']) {
      const headers = headersFor(rules, page)
      assert.equal(headers.get('content-security-policy'), "frame-ancestors *; object-src 'none'; base-uri 'self'; form-action 'self'")
      assert.equal(headers.get('x-frame-options'), undefined)
    }
    for (const page of ['/', '/talks/x/', '/talks/x/slides/2/', '/talks/x/present/', '/talks/x/embed/extra/', '/talks/embed/']) {
      const headers = headersFor(rules, page)
      assert.match(headers.get('content-security-policy') ?? '', /^frame-ancestors 'none'/, page)
      assert.equal(headers.get('x-frame-options'), 'DENY', page)
    }
  })

  it('refuses a header line outside any rule', () => {
    assert.throws(() => parseHeadersFile('  X-A: 1\n'), /outside a rule/)
  })

  it('reads public/_headers: a Content-Security-Policy on every path, without script-src', () => {
    const headers = headersFor(parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')), '/talks/x/')
    assert.match(headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/)
    assert.doesNotMatch(headers.get('content-security-policy') ?? '', /script-src|default-src/)
  })
})

describe('servedContentType', () => {
  it("public/_headers gives each feed its own type with its charset, and no page one", () => {
    const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'))
    const type = (urlPath: string) => headersFor(rules, urlPath).get('content-type')
    assert.deepEqual(['/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/talks/x/'].map(type), [
      'application/rss+xml; charset=utf-8',
      'application/atom+xml; charset=utf-8',
      'application/feed+json; charset=utf-8',
      undefined,
      undefined,
    ])
  })


  it('sends text with its charset, and a file of no known type as bytes, never with an empty type', () => {
    assert.equal(servedContentType('text/xml'), 'text/xml; charset=utf-8')
    assert.equal(servedContentType('application/json'), 'application/json; charset=utf-8')
    assert.equal(servedContentType('application/manifest+json'), 'application/manifest+json; charset=utf-8')
    assert.equal(servedContentType('application/rss+xml'), 'application/rss+xml; charset=utf-8')
    assert.equal(servedContentType('text/html;charset=utf-8'), 'text/html;charset=utf-8')
    assert.equal(servedContentType('image/png'), 'image/png')
    assert.equal(servedContentType(''), 'application/octet-stream')
  })
})
