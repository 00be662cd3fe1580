/**
 * Encodes the smaller copies of lib/markdown/image-variants.ts with sharp, at build time. A copy is kept in
 * .next/cache/images/ (cacheFolder('images')) under the source's content hash and its width, so a
 * rebuild re-encodes only images that changed (Next keeps .next/cache between builds, CI caches it).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { bytesHash, cacheFolder, writeFileAtomicallyAsync } from '../cache/files'

/** The file `file` (a PNG, JPEG or WebP) scaled to `width` pixels wide, in its own format. */
export async function resizeImage(file: string, width: number): Promise<Buffer> {
  const source = await readFile(file)
  const cached = path.join(cacheFolder('images'), `${bytesHash(source)}-${width}${path.extname(file).toLowerCase()}`)
  try {
    return await readFile(cached)
  } catch {
    // Not encoded yet.
  }
  // rotate(): applies the EXIF orientation, which the copy (without metadata) would otherwise lose.
  const resized = await sharp(source).rotate().resize({ width, withoutEnlargement: true }).toBuffer()
  // Atomically: build workers that encode the same copy never read half a file.
  await writeFileAtomicallyAsync(cached, resized)
  return resized
}
