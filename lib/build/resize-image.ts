/**
 * Encodes the smaller copies of lib/markdown/image-variants.ts with sharp, at build time. A copy is kept in
 * .next/cache/images/ under the source's content hash and its width, so a rebuild re-encodes only
 * images that changed (Next keeps .next/cache between builds, CI caches it).
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

const CACHE_DIR = path.join('.next', 'cache', 'images')

/** The file `file` (a PNG, JPEG or WebP) scaled to `width` pixels wide, in its own format. */
export async function resizeImage(file: string, width: number): Promise<Buffer> {
  const source = await readFile(file)
  const hash = createHash('sha256').update(source).digest('hex')
  const cached = path.join(CACHE_DIR, `${hash}-${width}${path.extname(file).toLowerCase()}`)
  try {
    return await readFile(cached)
  } catch {
    // Not encoded yet.
  }
  // rotate(): applies the EXIF orientation, which the copy (without metadata) would otherwise lose.
  const resized = await sharp(source).rotate().resize({ width, withoutEnlargement: true }).toBuffer()
  await mkdir(CACHE_DIR, { recursive: true })
  // Written then renamed: build workers that encode the same copy never read half a file.
  const partial = `${cached}.${process.pid}.tmp`
  await writeFile(partial, resized)
  await rename(partial, cached)
  return resized
}
