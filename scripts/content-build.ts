/**
 * `npm run build`'s first step: `contentlayer2 build` (Markdown to typed data), and beside it, on
 * the other core, every body's scan (warmScans, lib/content/index.ts), which the content check would
 * otherwise make on one core while the other waits. One process scans: a second one beside it
 * gains nothing where contentlayer runs longer than the scans (docs/bench/README.md).
 *
 * Then, in this same process, the content check (scripts/content-report.ts, which also runs on
 * its own): it finds the scans in memory, and a process of its own would start and load its
 * modules again. Stops with contentlayer's status when contentlayer fails, else
 * with the check's; the scans ahead only save time, and never fail the build.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { contentFile, formatProblems, getContentSource, missingProfile, PROFILE_FILE, unparsableDocuments, warmScans } from '@/lib/content'

// A vault has no profile until its owner writes one, and contentlayer needs its one profile (and
// parses it): a missing profile or one whose YAML does not parse is said in the build's own words,
// as the check would, before contentlayer stops in its own.
const root = getContentSource().root
const profileProblem = !existsSync(path.join(root, PROFILE_FILE))
  ? missingProfile(contentFile(PROFILE_FILE))
  : unparsableDocuments(root, [PROFILE_FILE]).map((doc) => ({ file: contentFile(doc.path), message: doc.message }))[0]
if (profileProblem) {
  console.error(formatProblems([profileProblem]))
  process.exit(1)
}

const contentlayer = spawn(path.join('node_modules', '.bin', 'contentlayer2'), ['build'], { stdio: 'inherit' })
const exited = new Promise<number>((resolve) => {
  contentlayer.on('error', (error) => {
    console.error(`contentlayer2 build could not start: ${error.message}`)
    resolve(1)
  })
  contentlayer.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
})

try {
  warmScans()
} catch (error) {
  console.warn(`(The body scans were not made ahead: ${error instanceof Error ? error.message : String(error)}. The content check makes them.)`)
}
const status = await exited
if (status !== 0) process.exit(status)
// The check runs as it is imported, and exits 1 itself on bad content.
await import('./content-report')
