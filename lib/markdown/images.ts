/**
 * Images that Markdown bodies and slides show with `![alt](url)`: where an URL points (a file of
 * public/, an attachment next to the content, or another site), and each local image's size, so
 * that the page reserves its box before the image arrives (no layout shift).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'

export type ImageSize = { width: number; height: number }

/** What an image URL written in a page refers to. */
export type ImageReference =
  | { kind: 'external' }
  /** "/images/x.png": a file of public/, served at that path under the base path. */
  | { kind: 'public'; path: string; file: string }
  /** "./x.png", "x.png", "attachments/x.png": a file under content/, as Obsidian finds it. */
  | { kind: 'content'; file: string; name: string }

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i

function decode(value: string): string {
  try {
    return decodeURI(value)
  } catch {
    return value
  }
}

/**
 * Classifies an image URL of the page in `pageFile` ("content/talks/x.md"). A relative URL is
 * taken relative to the page's folder; the caller falls back to the file name, as Obsidian does.
 */
export function classifyImageUrl(url: string, pageFile: string, publicDir = 'public'): ImageReference {
  if (ABSOLUTE.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') return { kind: 'external' }
  const clean = decode(url.split(/[?#]/)[0] ?? '')
  if (clean.startsWith('/')) {
    const sitePath = path.posix.normalize(clean)
    return { kind: 'public', path: sitePath, file: path.posix.join(publicDir, sitePath) }
  }
  const file = path.posix.normalize(path.posix.join(path.posix.dirname(pageFile), clean))
  return { kind: 'content', file, name: path.posix.basename(file) }
}

const sizes = new Map<string, ImageSize | undefined>()

/**
 * An image file's intrinsic width and height, read once per build. Undefined when the file is
 * unreadable or gives no size (an SVG with neither width/height nor viewBox): it is then shown
 * without a reserved box rather than stopping the build.
 */
export function readImageSize(file: string): ImageSize | undefined {
  if (sizes.has(file)) return sizes.get(file)
  let size: ImageSize | undefined
  try {
    const { width, height } = imageSize(readFileSync(file))
    if (width > 0 && height > 0) size = { width: Math.round(width), height: Math.round(height) }
  } catch {
    size = undefined
  }
  sizes.set(file, size)
  return size
}
