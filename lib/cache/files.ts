import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { codeFingerprint } from './code-fingerprint.mjs'

/**
 * Every cache's folder, under .next/cache/, which `next build` keeps between builds (and CI caches
 * keep by convention). Most are content-addressed: the key is a hash of everything the output
 * depends on, so an entry is reused only when nothing that shapes it changed, and never needs
 * invalidating. The dev memo keeps its one file at the top of the site's folder, and the resized
 * images have a folder of their own beside it.
 */
const CACHE_FOLDERS = {
  'attachment-hashes': 'speaker-site/attachment-hashes',
  'dev-memo': 'speaker-site',
  images: 'images',
  markdown: 'speaker-site/markdown',
  'markdown-trees': 'speaker-site/markdown-trees',
  og: 'speaker-site/og',
  'page-plans': 'speaker-site/page-plans',
  pages: 'speaker-site/pages',
  'pdf-decks': 'speaker-site/pdf-decks',
  scan: 'speaker-site/scan',
  'site-index': 'speaker-site/site-index',
} as const

type CacheName = keyof typeof CACHE_FOLDERS

/** The folder of the cache `name`, under the project's .next/cache/ (the project: the working directory). */
export function cacheFolder(name: CacheName): string {
  return path.join(process.cwd(), '.next', 'cache', ...CACHE_FOLDERS[name].split('/'))
}

/** sha256 of the inputs as JSON: the same inputs, in the same shape, give the same key. */
export function cacheKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex')
}

/**
 * The bytes cached under the inputs' key in `folder`, else what `make` returns, stored for next
 * time, written atomically (writeFileAtomicallyAsync): a build worker never reads half a file.
 */
export async function cachedBytes(folder: string, inputs: unknown, make: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  const file = path.join(folder, `${cacheKey(inputs)}.bin`)
  try {
    const stored = await readFile(file)
    return stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer
  } catch {
    const bytes = await make()
    await writeFileAtomicallyAsync(file, new Uint8Array(bytes))
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

/** sha256 of some bytes (a file's, as read), in hex: the key of a file by its content. */
export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

// Unique per process and per call: several build workers may write the same file at once, and
// each renames only its own temporary file.
const temporaryFor = (file: string) => `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`

/** True for the name of a file that writeFileAtomically has not renamed yet (another process may be writing it). */
export const isTemporaryFile = (name: string) => name.endsWith('.tmp')

/**
 * Writes `file` through a temporary file and a rename, creating its folder: a reader in another
 * process sees the old file or the new one, never half of one, and a hard link to the old one
 * keeps the old bytes.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = temporaryFor(file)
  writeFileSync(temporary, data)
  renameSync(temporary, file)
}

/** writeFileAtomically without blocking: for a route handler or an encoder that awaits anyway. */
export async function writeFileAtomicallyAsync(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = temporaryFor(file)
  await writeFile(temporary, data)
  await rename(temporary, file)
}
