import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * A content-addressed cache for files the build renders, such as the link-preview images: the
 * key is a hash of everything the output depends on, so an entry is reused only when nothing that
 * shapes it changed, and never needs invalidating. It lives in .next/cache/, which `next build`
 * keeps between builds (and CI caches keep by convention).
 */
export const BUILD_CACHE_DIR = path.join(process.cwd(), '.next', 'cache', 'speaker-site')

/** sha256 of the inputs as JSON: the same inputs, in the same shape, give the same key. */
export function cacheKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex')
}

/**
 * The bytes cached under the inputs' key in `folder`, else what `make` returns, stored for next
 * time. Writes go through a temporary file and a rename, so a build worker never reads half a file.
 */
export async function cachedBytes(folder: string, inputs: unknown, make: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  const file = path.join(folder, `${cacheKey(inputs)}.bin`)
  try {
    const stored = await readFile(file)
    return stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer
  } catch {
    const bytes = await make()
    await mkdir(folder, { recursive: true })
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    await writeFile(temporary, new Uint8Array(bytes))
    await rename(temporary, file)
    return bytes
  }
}
