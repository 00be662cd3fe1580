/**
 * The last build's outputs, kept for the next: the files Next wrote into out/ for each
 * output of a dynamic route, hard-linked (no copy) into the build cache with a manifest of their
 * keys (lib/build/page-reuse.ts). `next build` empties out/ first; scripts/finish-export.ts then links
 * back the outputs this build did not render because their key had not changed.
 *
 * Also the plan of this build: each route's generateStaticParams writes its outputs' paths and
 * keys (writeRoutePlan), so that the export knows every output that must be in out/, the ones to
 * bring back among them, and that nothing else may come back (a note made private stays out).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { cacheKey, writeFileAtomically } from '../cache/files'
import { reusable, type OutputManifest, type PlannedOutput } from './page-reuse'

export type PageStore = {
  /** The last build's outputs: manifest.json and files/ (out/'s layout). */
  dir: string
  /** This build's plan: one file per route. */
  plans: string
}

const MANIFEST = 'manifest.json'
const FILES = 'files'

export function readManifest(store: PageStore): OutputManifest {
  try {
    return JSON.parse(readFileSync(path.join(store.dir, MANIFEST), 'utf8')) as OutputManifest
  } catch {
    return { outputs: {} }
  }
}

export const storedFilesExist = (store: PageStore) => (files: string[]) => files.every((file) => existsSync(path.join(store.dir, FILES, file)))

/** Records a route's outputs in this build, under the build's global key. Every worker that asks writes the same. */
export function writeRoutePlan(store: PageStore, global: string, pattern: string, outputs: PlannedOutput[]): void {
  writeFileAtomically(path.join(store.plans, `${cacheKey(pattern).slice(0, 24)}.json`), JSON.stringify({ global, pattern, outputs }))
}

/** Every output planned under `global` (plans of other builds, or of routes since removed, are ignored). */
export function readRoutePlans(store: PageStore, global: string): PlannedOutput[] {
  if (!existsSync(store.plans)) return []
  return readdirSync(store.plans)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const plan = JSON.parse(readFileSync(path.join(store.plans, name), 'utf8')) as { global: string; outputs: PlannedOutput[] }
      return plan.global === global ? plan.outputs : []
    })
}

/** Forgets the plans of earlier builds: the content check does it before `next build`. */
export function clearRoutePlans(store: PageStore): void {
  rmSync(store.plans, { recursive: true, force: true })
}

/**
 * The files of an output in `outDir`, relative to it: a page's are the files of its folder, but
 * not its sub-folders (other pages) nor the files that are outputs of their own (`others`: a
 * talk's oembed.json lies in the talk page's folder); a file's is itself. Empty when the build
 * did not write it.
 */
export function filesOfOutput(outDir: string, sitePath: string, others: ReadonlySet<string> = new Set()): string[] {
  const relative = sitePath.replace(/^\/+/, '')
  if (!sitePath.endsWith('/')) return existsSync(path.join(outDir, relative)) && statSync(path.join(outDir, relative)).isFile() ? [relative] : []
  const dir = path.join(outDir, relative)
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.posix.join(relative, entry.name))
    .filter((file) => !others.has(file))
    .sort()
}

/** A hard link where the file system allows, else a copy: the store costs no space of its own. */
function linkOrCopy(from: string, to: string) {
  mkdirSync(path.dirname(to), { recursive: true })
  rmSync(to, { force: true })
  try {
    linkSync(from, to)
  } catch {
    copyFileSync(from, to)
  }
}

export type Restored = {
  rendered: number
  reused: number
  /** Outputs of the plan that are neither in out/ nor reusable: the export is incomplete. */
  missing: string[]
  /** This build's outputs, for keepOutputs() once out/ is final. */
  manifest: OutputManifest
}

/**
 * After `next build`: brings back into `outDir` every planned output that this build did not
 * render and whose key is unchanged (linked from the store). Outputs that are not planned, such
 * as a note made private since, never come back.
 */
export function restoreOutputs(store: PageStore, outDir: string, global: string): Restored {
  const planned = readRoutePlans(store, global)
  const previous = readManifest(store)
  const exists = storedFilesExist(store)
  const result: Restored = { rendered: 0, reused: 0, missing: [], manifest: { outputs: {} } }
  // Whatever order the plans come in, a file restored for one output never counts for another.
  const fileOutputs = new Set(planned.filter((output) => !output.path.endsWith('/')).map((output) => output.path.replace(/^\/+/, '')))
  for (const output of planned) {
    let files = filesOfOutput(outDir, output.path, fileOutputs)
    if (files.length > 0) result.rendered++
    else if (reusable(output, previous, exists)) {
      files = previous.outputs[output.path]!.files
      for (const file of files) linkOrCopy(path.join(store.dir, FILES, file), path.join(outDir, file))
      result.reused++
    } else {
      result.missing.push(output.path)
      continue
    }
    result.manifest.outputs[output.path] = { key: output.key, files }
  }
  return result
}

const sameFile = (a: string, b: string) => {
  const [x, y] = [statSync(a, { throwIfNoEntry: false }), statSync(b, { throwIfNoEntry: false })]
  return x !== undefined && y !== undefined && x.ino === y.ino && x.dev === y.dev
}

/**
 * Makes `manifest`'s outputs, as they are now in `outDir` (final: after every change of the
 * export), the store for the next build. Only what changed is linked again, and the files of
 * outputs that are gone are removed. Files are linked, so whoever changes a file of out/ must
 * write a new file and rename it over, never write into it (scripts/finish-export.ts does).
 */
export function keepOutputs(store: PageStore, outDir: string, manifest: OutputManifest): void {
  const previous = readManifest(store)
  const kept = new Set(Object.values(manifest.outputs).flatMap(({ files }) => files))
  for (const { files } of Object.values(previous.outputs)) {
    for (const file of files) if (!kept.has(file)) rmSync(path.join(store.dir, FILES, file), { force: true })
  }
  for (const file of kept) {
    const stored = path.join(store.dir, FILES, file)
    if (!sameFile(path.join(outDir, file), stored)) linkOrCopy(path.join(outDir, file), stored)
  }
  writeFileAtomically(path.join(store.dir, MANIFEST), JSON.stringify(manifest))
}
