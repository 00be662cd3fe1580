import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { XSS_PAYLOADS } from '../../e2e/fixtures/xss-payloads'
import { renderMarkdown } from './index'

// Raw HTML in .md notes and talks is untrusted: every known payload comes out inert.

const resolve = () => undefined
const ALLOWED_IFRAME_HOSTS: string[] = []

/** The dangers in rendered HTML, read from its tags only (escaped text is harmless). */
function dangers(html: string): string[] {
  const found: string[] = []
  for (const [tag, name = ''] of html.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/gi)) {
    if (/^(script|style|object|embed|form|base|meta|link|body|svg|math|button|iframe|frame|applet)$/i.test(name)) {
      if (name.toLowerCase() !== 'iframe' || !ALLOWED_IFRAME_HOSTS.some((host) => tag.includes(`src="https://${host}/`))) found.push(`forbidden element <${name}>`)
    }
    if (/\son[a-z]+\s*=/i.test(tag)) found.push('event handler attribute')
    if (/\s(href|src|action|data|formaction|srcdoc)\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(tag)) found.push('script URL')
    if (/\ssrcdoc\s*=/i.test(tag)) found.push('srcdoc')
    if (/\sstyle\s*=/i.test(tag)) found.push('style attribute')
    for (const [, value = ''] of tag.matchAll(/\s(?:id|name)="([^"]*)"/gi)) {
      if (!value.startsWith('user-content-')) found.push(`unprefixed id/name "${value}" (DOM clobbering)`)
    }
  }
  return found
}

describe('renderMarkdown: known XSS payloads', () => {
  test(`the catalogue holds at least 40 payloads (${XSS_PAYLOADS.length})`, () => {
    assert.ok(XSS_PAYLOADS.length >= 40)
  })

  test('the detector sees each kind of danger (it would fail on unsanitised output)', () => {
    assert.deepEqual(dangers(`<script>x</script>`), ['forbidden element <script>'])
    assert.deepEqual(dangers(`<img name="getElementById">`), ['unprefixed id/name "getElementById" (DOM clobbering)'])
    assert.deepEqual(dangers(`<img src=x onerror="a()">`), ['event handler attribute'])
    assert.deepEqual(dangers(`<a href="javascript:a()">`), ['script URL'])
    assert.deepEqual(dangers(`<a href="data:text/html,x">`), ['script URL'])
    assert.deepEqual(dangers(`<iframe src="https://evil.example/"></iframe>`), ['forbidden element <iframe>'])
    assert.deepEqual(dangers(`&lt;script>x&lt;/script>`), [])
  })

  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    test(`payload ${index + 1} is inert in a paragraph, a list and a table: ${payload.slice(0, 60)}`, async () => {
      for (const markdown of [payload, `Text before ${payload} after`, `- item ${payload}`, `| a |\n| - |\n| ${payload} |`]) {
        for (const softBreaks of [false, true]) {
          const html = await renderMarkdown(markdown, { resolve, softBreaks, tagUrl: (tag) => `/tags/${tag}/` })
          assert.deepEqual(dangers(html), [], `${markdown}\n->\n${html}`)
        }
      }
    })
  }
})
