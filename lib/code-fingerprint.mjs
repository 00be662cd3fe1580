// What the site's code is, decided once: next.config.mjs names the build after it (generateBuildId)
// and lib/page-reuse.ts reuses a page of the last build only under the same code. Plain JavaScript,
// as Next loads next.config.mjs before any TypeScript.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** The folders and files whose bytes shape the pages, relative to the project. */
export const CODE_PLACES = [
  'app', 'components', 'lib', 'content-schema', 'cms', 'public',
  'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'contentlayer.config.ts', 'package-lock.json',
]

// Tests shape no page: editing one keeps the last build's pages.
const IGNORED = /(^|\/)(node_modules|\.[^/]*)$|\.test\.[cm]?tsx?$/

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
 * A hash of every file of the site's code (CODE_PLACES): names and bytes, not times, so that a
 * fresh checkout of the same commit gives the same fingerprint. A few hundred small files: a few
 * milliseconds.
 * @param {string} root the project folder
 * @returns {string} hex sha256
 */
export function codeFingerprint(root) {
  const hash = createHash('sha256')
  for (const file of CODE_PLACES.flatMap((place) => filesUnder(root, place)).sort()) {
    hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0')
  }
  return hash.digest('hex')
}
