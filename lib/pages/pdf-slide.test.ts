import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parse } from 'node-html-parser'
import type { PdfSlidePage } from '../core/model'
import { EAGER_PDF_SLIDES, pdfSlideHtml } from './pdf-slide'

const images = [640, 1280].flatMap((width) =>
  (['avif', 'webp'] as const).map((format) => ({ file: `2-${width}.${format}`, width, height: (width * 9) / 16, format })),
)
const PAGE: PdfSlidePage = {
  deck: '0123456789abcdef',
  text: 'Read the "guide"\n<b>not bold</b>',
  images,
  links: [
    { url: 'https://example.com/guide?a=1&b=2', x: 0.05625, y: 0.6056, width: 0.35, height: 0.0833 },
    { url: 'javascript:alert(1)', x: 0, y: 0, width: 1, height: 1 },
  ],
}

test("a PDF slide is its page's picture: AVIF then WebP at each width, the largest WebP as the fallback", () => {
  const html = parse(pdfSlideHtml(PAGE, 2))
  assert.deepEqual(
    html.querySelectorAll('source').map((s) => [s.getAttribute('type'), s.getAttribute('srcset')]),
    [
      ['image/avif', '/slide-images/0123456789abcdef/2-640.avif 640w, /slide-images/0123456789abcdef/2-1280.avif 1280w'],
      ['image/webp', '/slide-images/0123456789abcdef/2-640.webp 640w, /slide-images/0123456789abcdef/2-1280.webp 1280w'],
    ],
  )
  const img = html.querySelector('img')!
  assert.equal(img.getAttribute('src'), '/slide-images/0123456789abcdef/2-1280.webp')
  assert.deepEqual([img.getAttribute('width'), img.getAttribute('height')], ['1280', '720'])
})

test("the page's text is the picture's alternative, as text; a page without text says so", () => {
  assert.equal(parse(pdfSlideHtml(PAGE, 2)).querySelector('img')!.getAttribute('alt'), 'Read the "guide" <b>not bold</b>')
  assert.equal(parse(pdfSlideHtml({ ...PAGE, text: '' }, 3)).querySelector('img')!.getAttribute('alt'), 'Slide 3: an image without text.')
  assert.doesNotMatch(pdfSlideHtml(PAGE, 2), /<b>/)
})

test('the first slides load with the page, the others when shown', () => {
  const loading = (n: number) => parse(pdfSlideHtml(PAGE, n)).querySelector('img')!.getAttribute('loading')
  assert.equal(loading(1), 'eager')
  assert.equal(loading(EAGER_PDF_SLIDES), 'eager')
  assert.equal(loading(EAGER_PDF_SLIDES + 1), 'lazy')
})

test("the page's links lie where the PDF put them, in percent of the picture; a script link is dropped", () => {
  const links = parse(pdfSlideHtml(PAGE, 2)).querySelectorAll('a')
  assert.equal(links.length, 1)
  assert.equal(links[0]!.getAttribute('href'), 'https://example.com/guide?a=1&b=2')
  assert.equal(links[0]!.getAttribute('style'), 'left:5.625%;top:60.56%;width:35%;height:8.33%')
  assert.equal(links[0]!.text, 'https://example.com/guide?a=1&b=2')
})
