import path from 'node:path'
import sharp from 'sharp'

/**
 * The site's raster icons, drawn from its one icon, app/icon.svg, at build time: the PNG that iOS
 * and Android put on a home screen (/apple-touch-icon.png) and the /favicon.ico that link-preview
 * readers, feed readers and old browsers ask for without reading any <link>.
 */
const ICON_SVG = path.join(process.cwd(), 'app', 'icon.svg')

/** The sizes a favicon.ico holds: tabs and bookmarks (16, 32) and Windows' taskbar (48). */
export const FAVICON_SIZES = [16, 32, 48] as const
/** Apple's size for a home-screen icon; iOS rounds its corners itself. */
export const APPLE_TOUCH_ICON_SIZE = 180

/** The fill of app/icon.svg's rounded square: the apple-touch icon's clear corners take it, as iOS rounds them itself. */
export const ICON_BACKGROUND = '#6d28d9'

/** The icon as a square PNG. `background` fills the corners the SVG leaves clear (iOS shows them black). */
export function iconPng(size: number, background?: string, svg = ICON_SVG): Promise<Buffer> {
  const image = sharp(svg, { density: Math.ceil((72 * size) / 64) * 4 }).resize(size, size)
  return (background ? image.flatten({ background }) : image).png().toBuffer()
}

/**
 * An ICO file of PNG images (allowed since Windows Vista, read by every browser): a 6-byte header,
 * a 16-byte entry per image (its size, 0 meaning 256, its byte length and offset), then the PNGs.
 */
export function icoOf(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1: an icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0)
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt8(0, 2) // no palette
    entry.writeUInt8(0, 3) // reserved
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)])
}

/** /apple-touch-icon.png: opaque, its corners the icon's own colour. */
export const appleTouchIcon = (svg = ICON_SVG) => iconPng(APPLE_TOUCH_ICON_SIZE, ICON_BACKGROUND, svg)

/** /favicon.ico: the icon at each of FAVICON_SIZES, transparent corners kept. */
export async function faviconIco(svg = ICON_SVG): Promise<Buffer> {
  return icoOf(await Promise.all(FAVICON_SIZES.map(async (size) => ({ size, png: await iconPng(size, undefined, svg) }))))
}
