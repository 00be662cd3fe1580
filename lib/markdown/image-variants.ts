/**
 * Smaller copies of the large raster images that pages show, so that a phone is not sent a
 * 3000 px photo: which widths an image gets, what its copies are called, and the srcset and sizes
 * that let the browser choose. The original stays the img's src and the srcset's widest entry.
 */
import { isResizable } from '../core/file-types'

/** Widths of the copies: a phone, a phone at 2x or a laptop, a laptop at 2x. */
const VARIANT_WIDTHS = [640, 1280, 1920] as const

/**
 * How wide an image of a page's content is drawn: the whole viewport on a phone, at most the
 * main column (max-w-4xl less its padding) from 56rem up. Slides draw theirs smaller: an upper bound.
 */
export const IMAGE_SIZES = '(min-width: 56rem) 52rem, 100vw'


/** The copies' widths of an image `width` pixels wide: only those narrower than the original. */
export function variantWidths(name: string, width: number | undefined): number[] {
  if (!isResizable(name) || !width) return []
  return VARIANT_WIDTHS.filter((w) => w < width)
}

/**
 * "photo.png" -> "photo.640w.png". An attachment's URL name is a slug, which never holds a dot,
 * so a copy's name cannot be an attachment's own. Works on a URL path as on a name.
 */
export function variantName(name: string, width: number): string {
  return name.replace(/(\.[^./]+)$/, `.${width}w$1`)
}

/** "photo.640w.png" -> { name: "photo.png", width: 640 }; undefined for any other name. */
export function parseVariantName(name: string): { name: string; width: number } | undefined {
  const match = /^([^./]+)\.(\d+)w(\.[^./]+)$/.exec(name)
  if (!match) return undefined
  return { name: `${match[1]}${match[3]}`, width: Number(match[2]) }
}

/**
 * The srcset of the image served at `src` (its URL, base path included), `width` pixels wide:
 * each copy, then the original. Undefined when the image gets no copies.
 */
export function imageSrcSet(src: string, width: number | undefined): string | undefined {
  const widths = variantWidths(src, width)
  if (!width || widths.length === 0) return undefined
  return [...widths.map((w) => `${variantName(src, w)} ${w}w`), `${src} ${width}w`].join(', ')
}
