/**
 * Runs after `next build`:
 * - removes the placeholder pages of collections that are empty (see lib/build/static-params.ts), so
 *   out/ holds a page for every published content file and nothing else;
 * - refuses an export in which a page came out as the framework's error or not-found shell
 *   (lib/core/export-shell.ts), naming the content file behind it: its file exists, its visitors see nothing;
 * - gives every page its Content-Security-Policy (lib/build/csp.ts): the hashes of its own inline
 *   scripts, and the image, media and player origins that any page of the site uses.
 */
import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { getContentReport, getTalks } from '@/lib/content'
import { externalSources, inlineScriptHashes, mergeSources, pagePolicy, sourceOf, withPolicyMeta, type ExternalSources } from '@/lib/build/csp'
import { mediaEmbeds } from '@/lib/talks/external-media'
import { exportShell, isNotFoundPageFile, sitePathOfFile } from '@/lib/core/export-shell'
import { writeFileAtomically } from '@/lib/cache/files'
import { buildKeys, EMPTY_PARAM, PAGE_STORE } from '@/lib/build/static-params'
import { keepOutputs, restoreOutputs } from '@/lib/build/page-store'
import { withBasePath } from '@/lib/core/urls'

const root = path.resolve(process.env.OUT_DIR ?? 'out')
let removed = 0

function removePlaceholders(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.name === EMPTY_PARAM || entry.name.startsWith(`${EMPTY_PARAM}.`)) {
      rmSync(full, { recursive: true, force: true })
      removed++
    } else if (entry.isDirectory()) {
      removePlaceholders(full)
      // A folder that only held placeholders (out/notes/page/) goes too.
      if (readdirSync(full).length === 0) rmdirSync(full)
    }
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    // The CMS's page (scripts/cms-admin.ts) is Decap's, not ours: the header policy covers it.
    if (entry.isDirectory()) return full === path.join(root, 'admin') ? [] : htmlFiles(full)
    return entry.name.endsWith('.html') ? [full] : []
  })
}

removePlaceholders(root)
if (removed > 0) console.log(`Removed ${removed} placeholder page(s) of empty collections from ${path.basename(root)}/`)

const keys = buildKeys()
const restored = keys && restoreOutputs(PAGE_STORE, root, keys.global)
if (restored) {
  const { rendered, reused, missing } = restored
  if (missing.length > 0) {
    console.error(`These pages were neither rendered by this build nor kept from the last one:\n${missing.map((p) => `  ${p}`).join('\n')}\nDelete ${path.relative(process.cwd(), PAGE_STORE.dir)}/ and build again.`)
    process.exit(1)
  }
  console.log(`Pages and files of the routes: ${rendered} rendered, ${reused} kept from the last build (unchanged)`)
}

// Two passes over the pages, each holding one page at a time: every page's HTML at once grows
// with the site without bound. The first finds error shells
// and the external origins that any page uses; the second writes each page's policy.
const files = htmlFiles(root)
const sourceOfPath = new Map(getContentReport().files.flatMap((fate) => (fate.url ? [[fate.url, fate.file] as const] : [])))
const shells: string[] = []
// Players are loaded on a click, so their origins are not in the HTML: they come from the talks.
const players: ExternalSources = {
  img: [],
  media: [],
  frame: getTalks()
    .flatMap((talk) => mediaEmbeds({ ...talk.deck, video: talk.video }, withBasePath))
    .map((embed) => (embed.playerUrl ? sourceOf(embed.playerUrl) : undefined))
    .filter((origin): origin is string => Boolean(origin)),
}
let sources = mergeSources(players)
for (const file of files) {
  const html = readFileSync(file, 'utf8')
  sources = mergeSources(sources, externalSources(html))
  const relative = path.relative(root, file)
  const kind = exportShell(html)
  if (!kind || isNotFoundPageFile(relative)) continue
  const sitePath = sitePathOfFile(relative)
  const source = sourceOfPath.get(sitePath)
  shells.push(`  ${sitePath} (${source ?? 'a list or tag page'}): exported as the ${kind === 'error' ? "framework's error shell" : 'not-found page'}`)
}
if (shells.length > 0) {
  console.error(`These pages came out without their content; their visitors would see nothing:\n${shells.join('\n')}`)
  process.exit(1)
}

let rewritten = 0
for (const file of files) {
  const html = readFileSync(file, 'utf8')
  const withPolicy = withPolicyMeta(html, pagePolicy(inlineScriptHashes(html), sources))
  // A page kept from the last build has its policy already, unless the site's sources changed.
  if (withPolicy === html) continue
  // A new file renamed over the old: the old one is linked to the build cache's copy.
  writeFileAtomically(file, withPolicy)
  rewritten++
}
console.log(`Content-Security-Policy on ${files.length} pages, ${rewritten} written (frames: ${sources.frame.join(' ') || 'none but the site'})`)

// The pages as they are now are what the next build keeps of this one.
if (restored) keepOutputs(PAGE_STORE, root, restored.manifest)
