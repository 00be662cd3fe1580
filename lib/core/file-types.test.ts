import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileKind, isAttachment, isImage, isResizable, mimeType } from './file-types'

test('a file is known by its extension, in any case, and only by its last one', () => {
  assert.equal(mimeType('Diagram.PNG'), 'image/png')
  assert.equal(fileKind('notes/v1.2/slides'), undefined)
  assert.equal(fileKind('slides.pdf/notes'), undefined)
  assert.equal(fileKind('photo.tar.png'), 'image')
  assert.equal(fileKind('deck.pdf.txt'), undefined)
  assert.equal(fileKind('Diagram.PNG'), 'image')
  assert.equal(fileKind('talk.webm'), 'video')
  assert.equal(fileKind('podcast.m4a'), 'audio')
  assert.equal(fileKind('deck.pdf'), 'pdf')
  assert.equal(fileKind('notes.txt'), undefined)
})

test('only embeddable files are attachments; only raster photos get smaller copies', () => {
  assert.ok(isAttachment('a.svg') && isAttachment('a.mkv') && isAttachment('a.pdf'))
  assert.ok(!isAttachment('a.md') && !isAttachment('a.canvas') && !isAttachment('Makefile'))
  assert.ok(isImage('a.gif') && !isImage('a.pdf'))
  assert.ok(isResizable('a.jpeg') && isResizable('a.webp') && !isResizable('a.gif') && !isResizable('a.svg'))
})

test('each file is served with its own type, and an unknown one as bytes', () => {
  assert.equal(mimeType('a.svg'), 'image/svg+xml')
  assert.equal(mimeType('a.jpg'), 'image/jpeg')
  assert.equal(mimeType('a.mov'), 'video/quicktime')
  assert.equal(mimeType('a.pdf'), 'application/pdf')
  assert.equal(mimeType('a.bin'), 'application/octet-stream')
})
