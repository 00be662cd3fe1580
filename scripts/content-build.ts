/**
 * `npm run build`'s first step: `contentlayer2 build` (Markdown to typed data), and beside it
 * every body's scan (warmScans, lib/content.ts), which the content check would otherwise make on
 * one core while the others wait. The scans are shared between this process and one more per
 * other core (scripts/content-scan-worker.ts): contentlayer, on one core, finishes first, and its
 * core then scans too. On the peer corpus's 2,000 notes (2 cores) the step took 11.4-11.9 s
 * instead of 12.2-12.4 with the scans in this process alone.
 *
 * Then, in this same process, the content check (scripts/content-report.ts, which also runs on
 * its own): it finds this process's scans in memory, and a process of its own cost the build
 * another second of starting and loading modules. Stops with contentlayer's status when
 * contentlayer fails, else with the check's; the scans ahead only save time, and never fail the
 * build.
 */
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { warmScans } from '@/lib/content'
import type { DocumentShare } from '@/lib/content-documents'

const contentlayer = spawn(path.join('node_modules', '.bin', 'contentlayer2'), ['build'], { stdio: 'inherit' })
const exited = new Promise<number>((resolve) => {
  contentlayer.on('error', (error) => {
    console.error(`contentlayer2 build could not start: ${error.message}`)
    resolve(1)
  })
  contentlayer.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
})

const notMadeAhead = (error: unknown) =>
  console.warn(`(Body scans were not made ahead: ${error instanceof Error ? error.message : String(error)}. The content check makes them.)`)

// BUILD_WORKERS=1 (less memory, next.config.mjs) keeps the scans in this process; at most four
// processes, each of which loads the site's code.
const count = Math.max(1, Math.min(4, Number(process.env.BUILD_WORKERS) || availableParallelism()))
// Each helper is a process: tsx's loader does not reach worker threads. It runs with this
// process's node options (tsx's loader among them).
const helpers = Array.from({ length: count - 1 }, (_, i) => {
  const share: DocumentShare = { index: i + 1, count }
  const helper = spawn(process.execPath, [...process.execArgv, path.join('scripts', 'content-scan-worker.ts'), JSON.stringify(share)], { stdio: 'inherit' })
  return new Promise<void>((resolve) => {
    helper.on('error', (error) => {
      notMadeAhead(error)
      resolve()
    })
    helper.on('exit', (code) => {
      if (code !== 0) notMadeAhead(new Error(`a scanning process stopped with status ${code}`))
      resolve()
    })
  })
})
try {
  warmScans({ index: 0, count })
} catch (error) {
  notMadeAhead(error)
}
const [status] = await Promise.all([exited, ...helpers])
if (status !== 0) process.exit(status)
// The check runs as it is imported, and exits 1 itself on bad content.
await import('./content-report')
