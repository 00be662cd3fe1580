import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { katexFile, katexFileNames, katexStylesheet } from './katex'

describe("KaTeX's stylesheet and fonts, served by the site", () => {
  test('the stylesheet names only WOFF2 fonts beside it, and each is a file the site serves', () => {
    const css = new TextDecoder().decode(katexFile('katex.min.css')?.body)
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1])
    assert.ok(urls.length >= 20)
    for (const url of urls) assert.ok(katexFileNames().includes(url ?? ''), `${url} is served`)
    assert.ok(!css.includes('fonts/') && !css.includes('.ttf') && !css.includes('.woff)'))
  })

  test('fonts have their type; other names are not served', () => {
    assert.equal(katexFile('KaTeX_Main-Regular.woff2')?.type, 'font/woff2')
    assert.equal(katexFile('katex.min.css')?.type, 'text/css; charset=utf-8')
    assert.equal(katexFile('../package.json'), undefined)
    assert.equal(katexFile('KaTeX_Main-Regular.ttf'), undefined)
  })

  test('katexStylesheet keeps the first (WOFF2) source of each font', () => {
    assert.equal(
      katexStylesheet('@font-face{src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}'),
      '@font-face{src:url(A.woff2) format("woff2")}',
    )
  })
})
