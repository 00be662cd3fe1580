import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, test } from 'node:test'
import { classifyImageUrl, readImageSize } from './images'

describe('classifyImageUrl', () => {
  const page = 'content/talks/elixir.md'

  test('a root-relative URL is a file of public/', () => {
    assert.deepEqual(classifyImageUrl('/images/avatar.svg', page), { kind: 'public', path: '/images/avatar.svg', file: 'public/images/avatar.svg' })
  })

  test('relative URLs resolve from the page’s folder, with the file name for the Obsidian-style fallback', () => {
    assert.deepEqual(classifyImageUrl('./chart.png', page), { kind: 'content', file: 'content/talks/chart.png', name: 'chart.png' })
    assert.deepEqual(classifyImageUrl('chart.png', page), { kind: 'content', file: 'content/talks/chart.png', name: 'chart.png' })
    assert.deepEqual(classifyImageUrl('attachments/chart.png', page), { kind: 'content', file: 'content/talks/attachments/chart.png', name: 'chart.png' })
    assert.deepEqual(classifyImageUrl('../notes/attachments/two%20companies.svg', page), {
      kind: 'content',
      file: 'content/notes/attachments/two companies.svg',
      name: 'two companies.svg',
    })
  })

  test('query strings and fragments are not part of the file', () => {
    assert.deepEqual(classifyImageUrl('/images/a.png?v=2#x', page), { kind: 'public', path: '/images/a.png', file: 'public/images/a.png' })
  })

  test('other sites, protocol-relative and data URLs are external', () => {
    for (const url of ['https://example.com/a.png', '//cdn.example.com/a.png', 'data:image/png;base64,AAAA', 'HTTP://X.Y/a.png']) {
      assert.deepEqual(classifyImageUrl(url, page), { kind: 'external' }, url)
    }
  })
})

describe('readImageSize', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'images-test-'))

  test('reads an SVG’s size and a PNG’s size from the file', () => {
    const svg = path.join(dir, 'a.svg')
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 360"></svg>')
    assert.deepEqual(readImageSize(svg), { width: 800, height: 360 })
    // A 3x2 PNG: signature, then the IHDR chunk with width and height.
    const png = path.join(dir, 'b.png')
    const ihdr = Buffer.from('0000000d49484452000000030000000208060000', 'hex')
    writeFileSync(png, Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), ihdr, Buffer.alloc(8)]))
    assert.deepEqual(readImageSize(png), { width: 3, height: 2 })
  })

  test('a file that is not an image, or is not there, has no size', () => {
    const text = path.join(dir, 'c.png')
    writeFileSync(text, 'not an image')
    assert.equal(readImageSize(text), undefined)
    assert.equal(readImageSize(path.join(dir, 'none.png')), undefined)
  })
})
