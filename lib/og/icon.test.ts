import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import sharp from 'sharp'
import { readFileSync } from 'node:fs'
import { appleTouchIcon, FAVICON_SIZES, faviconIco, ICON_BACKGROUND } from './icon'

describe('raster icons', () => {
  test('favicon.ico is an ICO whose entries are PNGs of the icon at 16, 32 and 48 px', async () => {
    const ico = await faviconIco()
    assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)], [0, 1, FAVICON_SIZES.length])
    for (const [index, size] of FAVICON_SIZES.entries()) {
      const entry = 6 + 16 * index
      assert.deepEqual([ico.readUInt8(entry), ico.readUInt8(entry + 1)], [size, size])
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8))
      const meta = await sharp(png).metadata()
      assert.deepEqual([meta.format, meta.width, meta.height], ['png', size, size])
    }
  })

  test('the apple-touch icon is an opaque 180 px PNG in the icon’s colours', async () => {
    const png = await appleTouchIcon()
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
    assert.deepEqual([info.width, info.height], [180, 180])
    const stats = await sharp(png).stats()
    assert.ok(stats.isOpaque, 'no clear corners')
    // The corner is the icon's own colour, and the screen shape (46, 38 of the SVG's 64) white.
    assert.ok(readFileSync('app/icon.svg', 'utf8').includes(`fill="${ICON_BACKGROUND}"`))
    assert.deepEqual([...data.subarray(0, 3)], [0x6d, 0x28, 0xd9])
    const screen = (107 * 180 + 129) * info.channels
    assert.deepEqual([...data.subarray(screen, screen + 3)], [255, 255, 255])
  })
})
