/**
 * The seam between the routes and page reuse: a dynamic route's generateStaticParams
 * lists its outputs through outputParams(), which returns the ones this build must render. The
 * rules are lib/build/page-reuse.ts's; the last build's files are lib/build/page-store.ts's.
 */
import { readFileSync, statSync } from 'node:fs'
import { bytesHash, cacheFolder, cacheKey, cachedJsonSync } from '../cache/files'
import { codeFingerprint } from '../cache/code-fingerprint.mjs'
import { getAttachments, getSiteHashes } from '../content'
import { outputKey, outputPath, paramsToRender, reusable, type RouteOutput, type RouteParams } from './page-reuse'
import { readManifest, storedFilesExist, writeRoutePlan, type PageStore } from './page-store'
import { siteConfig } from '../core/site-config'
import { speakerNotesIncluded } from '../core/speaker-notes'

export const PAGE_STORE: PageStore = {
  dir: cacheFolder('pages'),
  plans: cacheFolder('page-plans'),
}

export type BuildKeys = { global: string; documents: Record<string, string> }

let keys: BuildKeys | undefined | null

/**
 * A hash of an attachment's bytes, remembered under its size and time so that each is read once,
 * not by every process of every build: a fresh checkout (a CI runner) gives every file a new
 * time, and the same bytes the same hash, so its pages are still kept.
 */
function attachmentHash(file: string): string {
  const stat = statSync(file, { throwIfNoEntry: false })
  if (!stat) return 'missing'
  return cachedJsonSync(cacheFolder('attachment-hashes'), { file, size: stat.size, time: stat.mtimeMs }, () =>
    bytesHash(readFileSync(file)),
  )
}

/**
 * This build's keys, once per process; undefined in `npm run dev` or when REUSE_PAGES=0, and then
 * every output renders. The global key holds all that shapes every page: the code (its bytes), the
 * site's address and settings, the attachments (their bytes: a replaced picture changes pages and
 * previews) and the site without its bodies.
 */
export function buildKeys(): BuildKeys | undefined {
  if (keys !== undefined) return keys ?? undefined
  const hashes = process.env.REUSE_PAGES === '0' ? undefined : getSiteHashes()
  if (!hashes) {
    keys = null
    return undefined
  }
  const global = cacheKey({
    code: codeFingerprint(process.cwd()),
    site: { url: siteConfig.url, basePath: siteConfig.basePath, speakerNotes: speakerNotesIncluded(), tz: process.env.TZ ?? '' },
    attachments: getAttachments().map((attachment) => [attachment.file, attachmentHash(attachment.file)]),
    skeleton: hashes.skeleton,
  })
  keys = { global, documents: hashes.documents }
  return keys
}

/**
 * The params of a dynamic route's outputs that this build renders: all of them the first time,
 * and in a rebuild only those whose key changed (lib/build/page-reuse.ts); scripts/finish-export.ts
 * brings back the others. `kind` says whether the route writes a page (a folder) or a file.
 * `placeholder` stands in when there is nothing to render (lib/build/static-params.ts).
 */
export function outputParams<P extends RouteParams>(pattern: string, kind: 'page' | 'file', outputs: RouteOutput<P>[], placeholder: P): P[] {
  const build = buildKeys()
  if (!build) return outputs.length > 0 ? outputs.map((output) => output.params) : [placeholder]
  const planned = outputs.map(({ params, file }) => ({
    params,
    planned: {
      path: outputPath(pattern, params, kind),
      // The profile is no document of its own here: all of it is in the global key.
      key: outputKey(build.global, file === undefined ? undefined : build.documents[file]),
    },
  }))
  writeRoutePlan(PAGE_STORE, build.global, pattern, planned.map((output) => output.planned))
  const previous = readManifest(PAGE_STORE)
  const exists = storedFilesExist(PAGE_STORE)
  return paramsToRender(planned, (output) => reusable(output, previous, exists), placeholder)
}

/**
 * `output: export` refuses a dynamic route whose generateStaticParams returns no params
 * (https://nextjs.org/docs/messages/generate-static-params), but a speaker may well have no
 * notes, shortlinks or attachments yet. Such a route gets one placeholder param instead; its
 * page answers notFound(), and scripts/finish-export.ts removes what it left in out/.
 */
export const EMPTY_PARAM = '__empty__'
