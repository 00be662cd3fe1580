// Which code a result depends on, decided once, as folders rather than lists of files (a list
// breaks silently when a file moves). next.config.mjs names the build after the whole site's code
// (generateBuildId) and lib/build/page-reuse.ts reuses a page of the last build only under the same
// code; the caches of lib/ name the folders whose code shapes them (lib/cache/files.ts, codeOf).
// Plain JavaScript, as Next loads next.config.mjs before any TypeScript.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** The folders and files whose bytes shape the pages, relative to the project. */
export const CODE_PLACES = [
  'app', 'components', 'lib', 'content-schema', 'cms', 'public',
  'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'contentlayer.config.ts', 'package-lock.json',
]

// Tests and the folders' READMEs shape no page: editing one keeps the last build's pages.
const IGNORED = /(^|\/)(node_modules|\.[^/]*)$|\.test\.[cm]?tsx?$|(^|\/)README\.md$/

/** @param {string} root @param {string} relative @returns {string[]} */
function filesUnder(root, relative) {
  const full = path.join(root, relative)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [relative]
  return readdirSync(full)
    .map((name) => `${relative}/${name}`)
    .filter((child) => !IGNORED.test(child))
    .flatMap((child) => filesUnder(root, child))
}

/**
 * A hash of every file under `places` (the whole site's code by default), tests aside: names and
 * bytes, not times, so that a fresh checkout of the same commit gives the same fingerprint. A few
 * hundred small files: a few milliseconds.
 * @param {string} root the project folder
 * @param {readonly string[]} [places] folders and files, relative to root
 * @returns {string} hex sha256
 */
export function codeFingerprint(root, places = CODE_PLACES) {
  const hash = createHash('sha256')
  for (const file of places.flatMap((place) => filesUnder(root, place)).sort()) {
    hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0')
  }
  return hash.digest('hex')
}
