/**
 * `npm run dev` only: the content folder, read and kept current by this process itself.
 *
 * contentlayer2's dev mode rewrites .contentlayer/generated and leaves it to the bundler to reload
 * it, which Turbopack does late or not at all (https://github.com/timlrx/contentlayer2/issues/36,
 * /82); and `contentlayer2 build` before the server starts grows with the content. Here each
 * folder of the content is watched, a save re-reads only the files whose size or time changed,
 * the site is rebuilt in memory (lib/content/index.ts) and every open page is told
 * (app/dev-content-events/route.dev.ts -> components/site/dev-content-reload.tsx, which calls
 * router.refresh()). Bad content never stops the server: the problems go to the terminal and to
 * the browser, and the pages keep the last good site until the file is fixed.
 *
 * Next runs route modules in more than one module instance (and generateStaticParams in a worker
 * process), so the state lives on globalThis, once per process.
 */
import { readdirSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs'
import path from 'node:path'
import { collectDocuments, PROFILE_FILE, readDocument, type ContentDocuments, type ReadDocument } from './documents'
import { scanContentFiles } from './files'
import { contentFile, getContentSource } from './settings'
import { saveDevMemo } from '../../cache/dev-memo'
import { processGlobal } from '../../cache/memo'
import { ContentError, formatProblem, formatProblems, type ContentProblem } from '../readers/validate'

/** What an open page needs to know: which content it should show, and what is wrong with it. */
export type DevContentStatus = {
  version: number
  problems: ContentProblem[]
  /** Each problem in the build's words ("content/talks/x.md: field \"tittle\": unknown field..."). */
  messages: string[]
  /** The file or files of the last change, as errors name them. */
  changed: string[]
}

type FileEntry = { mtimeMs: number; size: number; read: ReadDocument }

type Store = {
  files: Map<string, FileEntry>
  version: number
  problems: ContentProblem[]
  changed: string[]
  watchers: Map<string, FSWatcher>
  listeners: Set<(status: DevContentStatus) => void>
  /** The site of `version`, and the last one without problems, shown while there are some. */
  site?: { version: number; value: unknown }
  lastGood?: unknown
  /** The site's builder, registered by lib/content/index.ts: rebuilt right after each change. */
  build?: (documents: ContentDocuments) => unknown
  timer?: ReturnType<typeof setTimeout>
  memoTimer?: ReturnType<typeof setTimeout>
}

function store(): Store {
  return processGlobal<Store>('dev-content', () => ({ files: new Map(), version: 0, problems: [], changed: [], watchers: new Map(), listeners: new Set() }))
}

/** Re-reads what changed on disk; returns the files (as errors name them) that did. */
function sync(state: Store): string[] {
  const source = getContentSource()
  const listed = scanContentFiles(source.root, source.obsidianFolders).documents
  const changed: string[] = []
  const seen = new Set(listed)
  for (const relative of listed) {
    const full = path.join(source.root, relative)
    let stat
    try {
      stat = statSync(full)
    } catch {
      continue // removed between the listing and now: the next event catches it
    }
    const known = state.files.get(relative)
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) continue
    const read = readDocument(relative, readFileSync(full, 'utf8'), contentFile(relative))
    state.files.set(relative, { mtimeMs: stat.mtimeMs, size: stat.size, read })
    changed.push(contentFile(relative))
  }
  for (const relative of [...state.files.keys()]) {
    if (!seen.has(relative)) {
      state.files.delete(relative)
      changed.push(contentFile(relative))
    }
  }
  return changed
}

/** Watches every folder of the content (inotify per folder; Node 20's recursive watch is slow to start on large trees). */
function watchFolders(state: Store) {
  const root = getContentSource().root
  const folders = new Set<string>()
  const walk = (dir: string) => {
    folders.add(dir)
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(path.join(dir, entry.name))
    }
  }
  walk(root)
  for (const [dir, watcher] of state.watchers) {
    if (!folders.has(dir)) {
      watcher.close()
      state.watchers.delete(dir)
    }
  }
  for (const dir of folders) {
    if (state.watchers.has(dir)) continue
    try {
      const watcher = watch(dir, () => schedule(state))
      watcher.on('error', () => schedule(state))
      // Never the reason a process stays alive (Next's static-params worker ends when done).
      watcher.unref()
      state.watchers.set(dir, watcher)
    } catch {
      // The folder went away meanwhile: the next change rescans.
    }
  }
}

// Editors save in bursts (a temporary file, a rename, a second write): one rebuild per burst.
const SETTLE_MS = 15
// What was parsed is written to disk once saves pause (lib/cache/dev-memo.ts).
const MEMO_SAVE_MS = 3_000

function schedule(state: Store) {
  clearTimeout(state.timer)
  state.timer = setTimeout(() => onChange(state), SETTLE_MS)
}

function onChange(state: Store) {
  const changed = sync(state)
  if (!changed.length) return
  watchFolders(state) // a new or removed folder
  state.version++
  state.changed = changed
  if (state.build) rebuild(state, state.build)
  const status = devContentStatus()
  for (const listener of state.listeners) listener(status)
}

/**
 * The problems of a ContentError. By name, not instanceof: Next gives route modules their own
 * instances of lib/content/readers/validate.ts, so the class that threw may not be this module's.
 */
function contentProblems(error: unknown): ContentProblem[] {
  if (error instanceof Error && error.name === 'ContentError' && Array.isArray((error as ContentError).problems)) {
    return (error as ContentError).problems
  }
  // Anything else is a bug of the site, not of the content: said as such, and the server lives on.
  return [{ file: 'the site', message: `could not be built: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` }]
}

function rebuild(state: Store, build: (documents: ContentDocuments) => unknown) {
  const started = performance.now()
  const hadProblems = state.problems.length > 0
  const problems: ContentProblem[] = []
  const documents = new Map<string, NonNullable<ReadDocument['document']>>()
  for (const [relative, entry] of state.files) {
    if (entry.read.document) documents.set(relative, entry.read.document)
    else problems.push(entry.read.problem)
  }
  const collected = collectDocuments(documents, contentFile(PROFILE_FILE))
  problems.push(...collected.problems)
  if (collected.documents) {
    try {
      const value = build(collected.documents)
      if (!problems.length) state.lastGood = value
      state.site = { version: state.version, value: problems.length ? state.lastGood : value }
    } catch (error) {
      problems.push(...contentProblems(error))
    }
  }
  state.problems = problems
  // Off the path from save to screen: the memo is JSON that grows with the content.
  clearTimeout(state.memoTimer)
  state.memoTimer = setTimeout(saveDevMemo, MEMO_SAVE_MS)
  state.memoTimer.unref()
  if (problems.length) state.site = { version: state.version, value: state.lastGood }
  const ms = Math.round(performance.now() - started)
  const what = state.changed.length === 1 ? state.changed[0] : `${state.changed.length} files`
  // The terminal says what the browser says (the build's own words: lib/content/readers/validate.ts).
  if (problems.length) {
    console.error(`\n${formatProblems(problems)}\n  The browser keeps the last good page meanwhile; save the fixed file to clear this.\n`)
  } else if (state.version > 0) {
    console.log(`content: ${what} ${hadProblems ? 'fixed: no problems left' : 'reloaded'} (${state.files.size} files, ${ms} ms)`)
  }
}

/**
 * The site of the content on disk now, built by `build` (lib/content/index.ts's load) and rebuilt after
 * each change. While the content has problems this is the last good site (the problems are in
 * devContentStatus()); with no good site yet it throws the problems, for Next's error overlay.
 */
export function devSite<T>(build: (documents: ContentDocuments) => T): T {
  const state = store()
  state.build = build
  if (!state.watchers.size) {
    sync(state)
    watchFolders(state)
  }
  if (state.site?.version !== state.version) rebuild(state, build)
  if (state.site?.value === undefined) throw new ContentError(state.problems)
  return state.site.value as T
}

export function devContentStatus(): DevContentStatus {
  const state = store()
  return { version: state.version, problems: state.problems, messages: state.problems.map(formatProblem), changed: state.changed }
}

/** Calls `listener` after each change of the content; returns the unsubscribe. */
export function subscribeDevContent(listener: (status: DevContentStatus) => void): () => void {
  const state = store()
  state.listeners.add(listener)
  return () => state.listeners.delete(listener)
}
