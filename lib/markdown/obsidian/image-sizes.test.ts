import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { renderMarkdown } from '..'
import type { LinkTarget, MarkdownOptions } from '../rules'
import { parseImageSize, shownSize } from './image-sizes'

describe('parseImageSize', () => {
  test('a width, a width and a height, alt text before a size', () => {
    assert.deepEqual(parseImageSize('300'), { width: 300 })
    assert.deepEqual(parseImageSize('300x200'), { width: 300, height: 200 })
    assert.deepEqual(parseImageSize('A chart|300'), { alt: 'A chart', width: 300 })
    assert.deepEqual(parseImageSize(' 300 '), { width: 300 })
  })

  test('text that ends in no size is alt text', () => {
    for (const text of ['A chart', '300px', 'x200', '300x', '0', '300x0', '', 'a 300']) assert.equal(parseImageSize(text), undefined, text)
  })
})

describe('shownSize', () => {
  const file = { width: 1200, height: 800 }
  test("a width alone keeps the file's aspect ratio", () => assert.deepEqual(shownSize({ width: 300 }, file), { width: 300, height: 200 }))
  test('a width and height are used as written', () => assert.deepEqual(shownSize({ width: 300, height: 50 }, file), { width: 300, height: 50 }))
  test("nothing written: the file's size", () => assert.deepEqual(shownSize(undefined, file), file))
  test('a file of unknown size: the width alone', () => assert.deepEqual(shownSize({ width: 300 }, undefined), { width: 300 }))
})

describe('image sizes in Markdown', () => {
  const photo: LinkTarget = { kind: 'file', url: '/attachments/a.jpg', name: 'a.jpg', isImage: true, size: { width: 1200, height: 800 }, srcSet: '/attachments/a.640w.jpg 640w, /attachments/a.jpg 1200w' }
  const options: MarkdownOptions = {
    resolve: (link) => (link.target === 'a.jpg' ? photo : undefined),
    image: (url) => (url === 'a.jpg' ? { src: '/attachments/a.jpg', size: { width: 1200, height: 800 } } : undefined),
  }
  const render = (markdown: string) => renderMarkdown(markdown, options)

  test('![[a.jpg|300]]: width 300, height from the aspect ratio; the alt is the name', async () => {
    const html = await render('![[a.jpg|300]]')
    assert.match(html, /<img src="\/attachments\/a.jpg" alt="a" width="300" height="200"/)
    assert.match(html, /sizes="min\(100vw, 300px\)"/)
  })

  test('![[a.jpg|300x100]]: both as written', async () => {
    assert.match(await render('![[a.jpg|300x100]]'), /width="300" height="100"/)
  })

  test('![[a.jpg#outline|100]]: the #part is no alt text, and 100 is the width', async () => {
    assert.match(await render('![[a.jpg#outline|100]]'), /alt="a" width="100" height="67"/)
  })

  test('![[a.jpg|A chart]] is still alt text, at the file size', async () => {
    assert.match(await render('![[a.jpg|A chart]]'), /alt="A chart" width="1200" height="800"/)
  })

  test('Markdown images: ![alt|300](url) and ![alt|300x200](url)', async () => {
    assert.match(await render('![A chart|300](a.jpg)'), /<img src="\/attachments\/a.jpg" alt="A chart" width="300" height="200"/)
    assert.match(await render('![|300x50](a.jpg)'), /alt="" width="300" height="50"/)
    assert.match(await render('![A chart|300](https://example.com/a.png)'), /<img src="https:\/\/example.com\/a.png" alt="A chart" width="300"/)
  })

  test('inside code the syntax stays as written', async () => {
    assert.equal(await render('`![[a.jpg|300]]` `![a|300](a.jpg)`'), '<p><code>![[a.jpg|300]]</code> <code>![a|300](a.jpg)</code></p>')
  })
})
