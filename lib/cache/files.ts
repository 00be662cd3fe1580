import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { codeFingerprint } from './code-fingerprint.mjs'

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

/**
 * What a cached result depends on in the project's own code: every file under these folders
 * (relative to the project, tests aside) and package-lock.json, which pins the versions of the
 * libraries they call. Folders, not files: a module added to or moved within one is covered.
 * Computed once per process.
 */
export function codeOf(places: readonly string[]): () => string {
  let fingerprint: string | undefined
  return () => (fingerprint ??= codeFingerprint(process.cwd(), [...places, 'package-lock.json']))
}

/**
 * The JSON value cached under the inputs' key in `folder`, else what `make` returns, stored for
 * the next process and the next build: the build's steps and Next's workers each load the site,
 * and the first one to compute a value saves the others the work. Synchronous, as the site's
 * content is read synchronously.
 */
export function cachedJsonSync<T>(folder: string, inputs: unknown, make: () => T): T {
  const file = path.join(folder, `${cacheKey(inputs)}.json`)
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    const value = make()
    writeFileAtomically(file, JSON.stringify(value))
    return value
  }
}

/**
 * Writes `file` through a temporary file and a rename, creating its folder: a reader in another
 * process sees the old file or the new one, never half of one, and a hard link to the old one
 * keeps the old bytes.
 */
export function writeFileAtomically(file: string, data: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  writeFileSync(temporary, data)
  renameSync(temporary, file)
}
