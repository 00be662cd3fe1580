/**
 * `npm run dev` only: remembers what reading a Markdown body gave (its wikilinks, tags, footnotes,
 * excerpt), by the body's hash, so that a save re-reads the one file that changed instead of
 * parsing every body again (parsing is most of the time of building the site). Kept on disk in
 * .next/cache/ (cacheFolder), so that the next `npm run dev`, and the worker in which Next runs
 * generateStaticParams on each request in dev, start warm.
 *
 * Outside development a memoized function is the function itself: the build reads each body once.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isDev } from '../core/run-mode'
import { cacheFolder, writeFileAtomically } from './files'
import { processGlobal } from './memo'

type Memo = { entries: Map<string, unknown>; used: Set<string>; loaded: boolean; dirty: boolean }

// A new version of this format, or of what is remembered, needs a new file name.
const file = () => path.join(cacheFolder('dev-memo'), 'markdown-v1.json')

function memo(): Memo {
  const state = processGlobal<Memo>('dev-memo', () => ({ entries: new Map(), used: new Set(), loaded: false, dirty: false }))
  if (!state.loaded) {
    state.loaded = true
    try {
      const saved = JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>
      for (const [key, value] of Object.entries(saved)) state.entries.set(key, value)
    } catch {
      // No cache yet, or one from an older format: start cold.
    }
  }
  return state
}

/** `fn` remembered by its text argument, in `npm run dev` only. Its results must be plain JSON. */
export function devMemo<T>(name: string, fn: (text: string) => T): (text: string) => T {
  if (!isDev()) return fn
  return (text) => {
    const state = memo()
    const key = `${name}:${createHash('sha1').update(text).digest('base64url')}`
    state.used.add(key)
    if (state.entries.has(key)) return state.entries.get(key) as T
    const value = fn(text)
    state.entries.set(key, value)
    state.dirty = true
    return value
  }
}

/**
 * Writes what was remembered to disk, keeping only what was used since the last write (a whole
 * site build uses every current body, so old versions of edited files are dropped).
 */
export function saveDevMemo() {
  if (!isDev()) return
  const state = memo()
  if (!state.dirty) return
  const kept = Object.fromEntries([...state.used].filter((key) => state.entries.has(key)).map((key) => [key, state.entries.get(key)]))
  try {
    writeFileAtomically(file(), JSON.stringify(kept))
    state.dirty = false
    state.used.clear()
  } catch {
    // A cache only: the next start parses again.
  }
}
