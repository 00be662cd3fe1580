/**
 * `npm run build`'s first step: `contentlayer2 build` (Markdown to typed data), and beside it, on
 * the other core, every body's scan made into the build cache (warmScans, lib/content.ts), which
 * the content check after it would otherwise make on one core while the other waits. Exits with
 * contentlayer's status and output; the warming only saves time, and never fails the build.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { warmScans } from '@/lib/content'

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
process.exit(await exited)
