import type { ImageSize } from '../images'

/** A size written after an image: `|300` (a width) or `|300x200`, with any alt text before it. */
export type WrittenSize = { alt?: string; width: number; height?: number }

const SIZE = /^(\d+)(?:x(\d+))?$/

/**
 * Reads Obsidian's image size from the text after an embed's "|" (`![[a.png|300]]`,
 * `![[a.png|300x200]]`, `![[a.png|a diagram|300]]`) or from a Markdown image's alt text
 * (`![a diagram|300](a.png)`). Undefined when the text ends in no size: it is all alt text.
 */
export function parseImageSize(text: string): WrittenSize | undefined {
  const bar = text.lastIndexOf('|')
  const match = SIZE.exec(text.slice(bar + 1).trim())
  if (!match) return undefined
  const width = Number(match[1])
  const height = match[2] === undefined ? undefined : Number(match[2])
  if (width === 0 || height === 0) return undefined
  const alt = bar === -1 ? undefined : text.slice(0, bar).trim() || undefined
  return { ...(alt === undefined ? {} : { alt }), width, ...(height === undefined ? {} : { height }) }
}

/**
 * The width and height an image is shown at: the written ones, a written width alone with the
 * height that keeps the file's aspect ratio, or the file's own size when nothing is written.
 */
export function shownSize(written: WrittenSize | undefined, file: ImageSize | undefined): Partial<ImageSize> {
  if (!written) return file ? { width: file.width, height: file.height } : {}
  if (written.height !== undefined) return { width: written.width, height: written.height }
  if (!file || file.width === 0) return { width: written.width }
  return { width: written.width, height: Math.round((written.width * file.height) / file.width) }
}
