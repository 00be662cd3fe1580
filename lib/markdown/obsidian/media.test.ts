import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { renderMarkdown } from '..'
import type { MarkdownOptions } from '../rules'
import { mimeType } from '../../core/file-types'
import { mediaKind, pdfView } from './media'

const options: MarkdownOptions = {
  resolve: (link) => (/\.\w+$/.test(link.target) ? { kind: 'file', url: `/attachments/${encodeURIComponent(link.target)}`, name: link.target, isImage: false } : undefined),
}
const render = (markdown: string) => renderMarkdown(markdown, options)

describe('mediaKind: Obsidian\'s accepted audio, video and PDF formats', () => {
  test('every format has its player and a MIME type', () => {
    for (const ext of ['mp3', 'wav', 'm4a', 'ogg', '3gp', 'flac']) assert.equal(mediaKind(`x.${ext}`), 'audio', ext)
    for (const ext of ['mp4', 'webm', 'ogv', 'mov', 'mkv']) assert.equal(mediaKind(`x.${ext.toUpperCase()}`), 'video', ext)
    assert.equal(mediaKind('x.pdf'), 'pdf')
    assert.equal(mediaKind('x.png'), undefined)
    assert.equal(mediaKind('pdf'), undefined)
    for (const ext of ['mp3', 'wav', 'm4a', 'ogg', '3gp', 'flac', 'mp4', 'webm', 'ogv', 'mov', 'mkv', 'pdf']) assert.notEqual(mimeType(`x.${ext}`), 'application/octet-stream', ext)
  })
})

describe('pdfView', () => {
  test('#page=3 opens that page; #height=400 is the height', () => {
    assert.deepEqual(pdfView('page=3'), { fragment: '#page=3' })
    assert.deepEqual(pdfView('height=400'), { fragment: '', height: 400 })
    assert.deepEqual(pdfView('page=2&height=300'), { fragment: '#page=2', height: 300 })
    assert.deepEqual(pdfView('height=-5'), { fragment: '' })
  })
})

describe('embeds of audio, video and PDF files', () => {
  test('![[x.ogg]] is an audio player, with a download link', async () => {
    assert.equal(
      await render('![[Excerpt.ogg]]'),
      '<p><span class="embed-audio"><audio src="/attachments/Excerpt.ogg" controls preload="metadata" title="Excerpt.ogg" class="embed-audio-player"><a href="/attachments/Excerpt.ogg">Excerpt.ogg</a></audio><a href="/attachments/Excerpt.ogg" download="Excerpt.ogg" class="embed-download">Download Excerpt.ogg</a></span></p>',
    )
  })

  test('![[x.mp4]] and ![[x.webm]] are video players', async () => {
    assert.match(await render('![[clip.mp4]]'), /<video src="\/attachments\/clip.mp4" controls preload="metadata" title="clip.mp4"/)
    assert.match(await render('![[clip.webm]]'), /<video src="\/attachments\/clip.webm"/)
  })

  test('![[x.pdf#page=3]] and ![[x.pdf#height=400]]: a titled viewer at that page, of that height', async () => {
    assert.match(await render('![[My doc.pdf#page=3]]'), /<iframe src="\/attachments\/My%20doc.pdf#page=3" title="My doc.pdf" loading="lazy" class="embed-pdf-frame"><\/iframe><a href="\/attachments\/My%20doc.pdf" download="My doc.pdf"/)
    assert.match(await render('![[doc.pdf#height=400]]'), /<iframe src="\/attachments\/doc.pdf" title="doc.pdf" loading="lazy" class="embed-pdf-frame" style="height:400px">/)
  })

  test('a link to a media file, not embedded, stays a link', async () => {
    assert.equal(await render('[[clip.mp4]]'), '<p><a href="/attachments/clip.mp4" class="wikilink">clip.mp4</a></p>')
  })

  test("the author's own HTML gets no player, frame or viewer of another site", async () => {
    const html = await render(
      '<audio src="https://evil.example/a.ogg" autoplay></audio><iframe src="/attachments/x.pdf"></iframe>\n\n<a class="embed-pdf" href="https://evil.example/x.pdf">x</a> <a class="embed-video" href="//evil.example/x.mp4">y</a>',
    )
    assert.ok(!/<(audio|video|iframe)/.test(html), html)
  })

  test('inside code the syntax stays as written', async () => {
    assert.equal(await render('`![[a.ogg]]`'), '<p><code>![[a.ogg]]</code></p>')
  })
})
