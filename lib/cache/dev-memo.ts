/**
 * `npm run dev` only: remembers what reading a Markdown body gave (its wikilinks, tags, footnotes,
 * excerpt), by the body's hash, so that a save re-reads the one file that changed instead of
 * parsing every body again (parsing is most of the time of building the site: about 8 s per
 * 1,000 files on a 2-core machine). Kept on disk in .next/cache/, so that the next `npm run dev`,
 * and the worker in which Next runs generateStaticParams on each request in dev, start warm.
 *
 * Outside development a memoized function is the function itself: the build reads each body once.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

type Memo = { entries: Map<string, unknown>; used: Set<string>; loaded: boolean; dirty: boolean }

const KEY = Symbol.for('speaker-site.dev-memo')
const globals = globalThis as typeof globalThis & { [KEY]?: Memo }
// A new version of this format, or of what is remembered, needs a new file name.
const FILE = path.join('.next', 'cache', 'speaker-site', 'markdown-v1.json')

const enabled = () => process.env.NODE_ENV === 'development'

function memo(): Memo {
  const state = (globals[KEY] ??= { entries: new Map(), used: new Set(), loaded: false, dirty: false })
  if (!state.loaded) {
    state.loaded = true
    try {
      const saved = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>
      for (const [key, value] of Object.entries(saved)) state.entries.set(key, value)
    } catch {
      // No cache yet, or one from an older format: start cold.
    }
  }
  return state
}

/** `fn` remembered by its text argument, in `npm run dev` only. Its results must be plain JSON. */
export function devMemo<T>(name: string, fn: (text: string) => T): (text: string) => T {
  if (!enabled()) return fn
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
  if (!enabled()) return
  const state = memo()
  if (!state.dirty) return
  const kept = Object.fromEntries([...state.used].filter((key) => state.entries.has(key)).map((key) => [key, state.entries.get(key)]))
  try {
    mkdirSync(path.dirname(FILE), { recursive: true })
    writeFileSync(`${FILE}.tmp`, JSON.stringify(kept))
    renameSync(`${FILE}.tmp`, FILE)
    state.dirty = false
    state.used.clear()
  } catch {
    // A cache only: the next start parses again.
  }
}
