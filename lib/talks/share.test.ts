import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import jsQR from 'jsqr'
import QRCode from 'qrcode'
import { qrSvg } from './share'

describe('qrSvg', () => {
  test('is an SVG document with an accessible-sized viewBox', async () => {
    const svg = await qrSvg('https://talks.example.com/talks/elixir/')
    assert.match(svg, /^<svg[^>]*viewBox="0 0 \d+ \d+"/)
  })

  test('the same options encode the URL so that a decoder reads it back', async () => {
    // Render the same QR matrix to pixels and decode it: the code really holds the URL.
    const url = 'https://talks.example.com/talks/elixir/'
    const qr = QRCode.create(url, { errorCorrectionLevel: 'M' })
    const scale = 4
    const margin = 2
    const size = (qr.modules.size + margin * 2) * scale
    const pixels = new Uint8ClampedArray(size * size * 4).fill(255)
    for (let y = 0; y < qr.modules.size; y++) {
      for (let x = 0; x < qr.modules.size; x++) {
        if (!qr.modules.get(y, x)) continue
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            const i = (((y + margin) * scale + dy) * size + (x + margin) * scale + dx) * 4
            pixels[i] = pixels[i + 1] = pixels[i + 2] = 0
          }
        }
      }
    }
    assert.equal(jsQR(pixels, size, size)?.data, url)
    assert.match(await qrSvg(url), /<path/)
  })
})
