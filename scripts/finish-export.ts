/**
 * Runs after `next build`: removes the placeholder pages of collections that are empty (see
 * lib/static-params.ts), so out/ holds a page for every published content file and nothing else.
 */
import { readdirSync, rmdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { EMPTY_PARAM } from '@/lib/static-params'

const root = path.resolve(process.env.OUT_DIR ?? 'out')
let removed = 0

function walk(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.name === EMPTY_PARAM || entry.name.startsWith(`${EMPTY_PARAM}.`)) {
      rmSync(full, { recursive: true, force: true })
      removed++
    } else if (entry.isDirectory()) {
      walk(full)
      // A folder that only held placeholders (out/notes/page/) goes too.
      if (readdirSync(full).length === 0) rmdirSync(full)
    }
  }
}

walk(root)
if (removed > 0) console.log(`Removed ${removed} placeholder page(s) of empty collections from ${path.basename(root)}/`)
