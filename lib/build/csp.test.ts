import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import { externalSources, inlineScriptHashes, mergeSources, pagePolicy, sourceOf, withPolicyMeta } from './csp'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

describe('inlineScriptHashes', () => {
  it('hashes each inline script exactly as written, once', () => {
    const a = 'self.__next_f.push([1,"é\\u003c"])'
    const html = `<script>${a}</script><script id="_R_">${a}</script><script>b()</script>`
    assert.deepEqual(inlineScriptHashes(html), [sha(a), sha('b()')])
  })

  it('skips scripts with a src and data blocks such as JSON-LD', () => {
    const html = '<script src="/x.js" async=""></script><script type="application/ld+json">{"a":1}</script><script type="module">m()</script>'
    assert.deepEqual(inlineScriptHashes(html), [sha('m()')])
  })
})

describe('externalSources', () => {
  it('finds the origins of images, frames and media, not same-site paths', () => {
    const html =
      '<img src="/a.png"><img src="https://cdn.example.com/a.png?x=1&amp;y=2"><img srcset="https://img.example.org/a.png 2x, /b.png 1x">' +
      '<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe><video src="https://media.example.net/v.mp4"></video><img src="data:image/png;base64,AA">'
    assert.deepEqual(externalSources(html), {
      img: ['https://cdn.example.com', 'https://img.example.org', 'data:'],
      frame: ['https://www.youtube-nocookie.com'],
      media: ['https://media.example.net'],
    })
  })

  it('treats a javascript: URL as no source at all', () => {
    assert.equal(sourceOf('javascript:alert(1)'), undefined)
    assert.equal(sourceOf('//cdn.example.com/x.png'), 'https://cdn.example.com')
  })
})

describe('pagePolicy', () => {
  it('allows hashed scripts and WebAssembly but no inline code, and merged sources on every page', () => {
    const sources = mergeSources({ img: ['https://b.example'], frame: [], media: [] }, { img: ['https://a.example', 'https://b.example'], frame: ['https://player.vimeo.com'], media: [] })
    const policy = pagePolicy(["'sha256-abc'"], sources)
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-abc';/)
    assert.match(policy, /img-src 'self' https:\/\/a.example https:\/\/b.example;/)
    assert.match(policy, /frame-src 'self' https:\/\/player.vimeo.com;/)
    assert.match(policy, /object-src 'none'/)
    assert.doesNotMatch(policy, /script-src[^;]*unsafe-inline/)
  })
})

describe('withPolicyMeta', () => {
  const html = '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>x()</script></head><body></body></html>'

  it('puts the policy right after the charset, before every script', () => {
    const out = withPolicyMeta(html, "script-src 'self'")
    assert.ok(out.includes('<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src \'self\'"/><script>'))
  })

  it('replaces the policy on a second run instead of adding one', () => {
    const twice = withPolicyMeta(withPolicyMeta(html, 'a'), 'b')
    assert.equal(twice.match(/Content-Security-Policy/g)?.length, 1)
    assert.ok(twice.includes('content="b"'))
  })
})
