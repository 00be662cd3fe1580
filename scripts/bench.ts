/**
 * The build and page-weight benchmark:
 * `npm run bench [-- --sizes 100,1000,3000] [--no-lighthouse] [--lighthouse-runs 3]`.
 *
 * For the sample content and for synthetic corpora of each size, it builds a temporary copy of the
 * project cold, then once more after editing one file, timing each phase of `npm run build` and
 * sampling peak memory. It measures out/ (size, pages per second, gzipped bytes per page type
 * against the budgets in scripts/bench/page-weight.ts) and runs Lighthouse on the sample site.
 * Results go to docs/bench/results.json and docs/bench/build-time.svg (shown in the README).
 * Exits 1 when a page type exceeds its budget.
 */
import { execFileSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { lineChart } from './bench/chart'
import { peerTable, type PeerRun } from './bench/peer-table'
import { runLighthouse, type LighthouseScores } from './bench/lighthouse'
import { measureSaves, startDevServer, type SaveTimes } from './bench/dev-loop'
import { BUDGETS, measureSite, overBudget, type PageWeight } from './bench/page-weight'
import { run } from './bench/process-tree'
import { corpusSize, writeSyntheticContent } from './bench/synthetic-content'
import { syntheticPdfDeck } from './bench/synthetic-pdf'
import { baseName, slugify } from '@/lib/core/slug'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const option = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i > -1 ? args[i + 1] : undefined
}
if (flag('help')) {
  console.log(`npm run bench [-- options]
  --sizes 100,1000,3000   synthetic corpora to build (content files each); default 100,1000,3000
  --no-lighthouse         skip Lighthouse on the sample site
  --lighthouse-runs N     Lighthouse runs per page and form factor, reported as the median; default 3
  --corpus peer           only the peer corpus: the sample content plus N notes written by
                          scripts/bench/peer-corpus.py (--peer-files N or N,N,N, default 2000), the corpus
                          the reference starter blog was measured with; prints each phase's seconds,
                          share and peak memory, and stores them under "peer" in docs/bench/results.json
  --corpus pdf            only the sample content plus a talk made from a generated 60-page, 20 MB PDF
                          deck, cold and rebuilt; exits 1 over the deck's budget (PDF_DECK_BUDGET)
  --budgets DIR           only check the page weights of an exported site (e.g. out) against the budgets
  --dev-sizes 1000,5000   corpora for the writing loop: npm run dev, a note open in Chromium, saves timed to screen
  --saves N               saves per corpus in the writing loop; default 10
  --dev-only              only the writing loop
  --no-dev-loop           the builds without the writing loop`)
  process.exit(0)
}
const sizes = (option('sizes') ?? '100,1000,3000').split(',').map(Number).filter((n) => n > 0)
const lighthouseRuns = Number(option('lighthouse-runs') ?? 3)
const devSizes = (option('dev-sizes') ?? '1000,5000').split(',').map(Number).filter((n) => n > 0)
const saves = Number(option('saves') ?? 10)
const corpus = option('corpus')
const peerSizes = (option('peer-files') ?? '2000').split(',').map(Number).filter((n) => n > 0)
const root = process.cwd()
// The team's generator of the peer corpus, kept here so that the figures can be rerun anywhere.
const PEER_CORPUS_SCRIPT = path.join(root, 'scripts', 'bench', 'peer-corpus.py')

type Phase = { name: string; seconds: number; peakBytes: number }
type BuildResult = { phases: Phase[]; seconds: number; peakBytes: number }
type SizeResult = {
  label: string
  files: number
  pages: number
  cold: BuildResult
  rebuild: BuildResult
  outBytes: number
  pagesPerSecond: number
  weights: PageWeight[]
}

const PHASE_NAMES: [RegExp, string][] = [
  // contentlayer, every body's scan beside it, then the content check (scripts/content-build.ts)
  [/content-build|contentlayer2/, 'content'],
  [/content-report/, 'content check'],
  [/next build/, 'next build (pages + images)'],
  [/pagefind/, 'search index'],
  [/finish-export/, 'export'],
  [/cms-admin/, 'cms admin'],
]
const buildSteps = (JSON.parse(readFileSync('package.json', 'utf8')).scripts.build as string)
  .split('&&')
  .map((command) => command.trim())
  .map((command) => ({ command, name: PHASE_NAMES.find(([re]) => re.test(command))?.[1] ?? command }))

function projectCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-'))
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean)
  for (const file of files) {
    if (file.startsWith('content/')) continue
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    cpSync(file, path.join(dir, file))
  }
  // Turbopack refuses a symlinked node_modules outside the project: hard links are cheap.
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')])
  return dir
}

async function build(dir: string): Promise<BuildResult> {
  const phases: Phase[] = []
  for (const step of buildSteps) {
    // Each step as `npm run build` runs it: a shell with the project's node_modules/.bin first
    // on its PATH (npx would add 0.3 s of its own start to each of the steps).
    const result = await run(step.command, dir, { PATH: `${path.join(dir, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` })
    if (result.code !== 0) throw new Error(`"${step.command}" failed in ${dir}:\n${result.output.slice(-3000)}`)
    phases.push({ name: step.name, seconds: result.seconds, peakBytes: result.peakBytes })
    // Printed as it goes: a large corpus on a loaded machine takes many minutes per build.
    console.log(`  ${step.name}: ${result.seconds.toFixed(1)} s, peak ${(result.peakBytes / 2 ** 20).toFixed(0)} MB`)
    // Next's own timings of its stages (compiling, collecting page data, generating pages).
    for (const line of result.output.split('\n').filter((l) => /Compiled|Collecting|Generating static|Finalizing|in \d+(\.\d+)?m?s/.test(l))) {
      console.log(`    ${line.replace(/\x1b\[[0-9;]*m/g, '').trim()}`)
    }
  }
  return {
    phases,
    seconds: phases.reduce((t, p) => t + p.seconds, 0),
    peakBytes: Math.max(...phases.map((p) => p.peakBytes)),
  }
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const full = path.join(dir, entry.name)
    return total + (entry.isDirectory() ? dirBytes(full) : statSync(full).size)
  }, 0)
}

const COMPRESSIBLE = /\.(html|js|css|json|svg|xml|txt)$/

/**
 * Writes a gzipped copy beside each text file, which scripts/serve.ts then sends to browsers that
 * accept gzip, as every static host compresses. Returns the copies, to remove after Lighthouse.
 */
function precompress(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return precompress(full)
    if (!COMPRESSIBLE.test(entry.name)) return []
    writeFileSync(`${full}.gz`, gzipSync(readFileSync(full), { level: 9 }))
    return [`${full}.gz`]
  })
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((total, entry) => {
    const full = path.join(dir, entry.name)
    return total + (entry.isDirectory() ? countPages(full) : entry.name.endsWith('.html') ? 1 : 0)
  }, 0)
}

function firstNote(contentDir: string): string {
  const notes = path.join(contentDir, 'notes')
  const walk = (dir: string): string | undefined => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        const found = walk(full)
        if (found) return found
      } else if (entry.name.endsWith('.md')) return full
    }
    return undefined
  }
  const found = walk(notes)
  if (!found) throw new Error('no note to edit')
  return found
}

async function measure(label: string, files: number, fill: (contentDir: string) => void, lighthouse: boolean) {
  const dir = projectCopy()
  try {
    fill(path.join(dir, 'content'))
    console.log(`\n${label}: cold build...`)
    const cold = await build(dir)
    const out = path.join(dir, 'out')
    const pages = countPages(out)
    const weights = measureSite(out)
    let scores: LighthouseScores[] = []
    if (lighthouse) {
      console.log(`${label}: Lighthouse (median of ${lighthouseRuns} runs)...`)
      const compressed = precompress(out)
      const server = await import('node:child_process').then(({ spawn }) =>
        // Its own process group, so stopping it stops tsx's node child too, not just npx.
        spawn('npx', ['tsx', 'scripts/serve.ts', '--port', '4390'], { cwd: dir, stdio: 'ignore', detached: true }),
      )
      await new Promise((r) => setTimeout(r, 2500))
      try {
        const paths = weights.filter((w) => ['home', 'talk', 'note', 'tag'].includes(w.type)).map((w) => w.path)
        scores = await runLighthouse('http://127.0.0.1:4390', paths, lighthouseRuns)
      } finally {
        if (server.pid) process.kill(-server.pid)
        compressed.forEach((file) => rmSync(file))
      }
    }
    console.log(`${label}: rebuild after editing one note...`)
    appendFileSync(firstNote(path.join(dir, 'content')), '\nOne more line, edited for the benchmark.\n')
    const rebuild = await build(dir)
    const result: SizeResult = {
      label, files, pages, cold, rebuild, outBytes: dirBytes(out), pagesPerSecond: pages / cold.seconds, weights,
    }
    return { result, scores }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

type DevLoopResult = { files: number; coldStartSeconds: number; warmStartSeconds: number; saves: SaveTimes }

/**
 * The writing loop (README "Writing"): `npm run dev` on a synthetic corpus, started cold
 * (no .next/) and once more warm; then a note open in Chromium and `saves` lines appended to it,
 * each timed from the write to the line on screen.
 */
async function measureDevLoop(files: number): Promise<DevLoopResult> {
  const dir = projectCopy()
  try {
    writeSyntheticContent(path.join(dir, 'content'), files)
    console.log(`\n${files} files: npm run dev, cold start...`)
    const cold = await startDevServer(dir, 4391, '/')
    await cold.stop()
    console.log(`${files} files: npm run dev, warm start, then ${saves} saves...`)
    const server = await startDevServer(dir, 4391, '/')
    try {
      const note = firstNote(path.join(dir, 'content'))
      const url = `${server.url}/notes/${slugify(baseName(note))}/`
      const times = await measureSaves(url, note, saves)
      return { files, coldStartSeconds: cold.firstAnswerSeconds, warmStartSeconds: server.firstAnswerSeconds, saves: times }
    } finally {
      await server.stop()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function devLoop() {
  const results: DevLoopResult[] = []
  for (const files of devSizes) results.push(await measureDevLoop(files))
  const loadAverage = (await import('node:os')).loadavg()[0] ?? 0
  console.log(`\nWriting loop: npm run dev, save to screen (${saves} saves each; load average ${loadAverage.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs)`)
  console.table(
    results.map((r) => ({
      files: r.files,
      'first answer, cold (s)': Number(r.coldStartSeconds.toFixed(1)),
      'first answer, warm (s)': Number(r.warmStartSeconds.toFixed(1)),
      'save to screen, median (s)': Number(r.saves.median.toFixed(2)),
      'worst (s)': Number(r.saves.worst.toFixed(2)),
    })),
  )
  mkdirSync('docs/bench', { recursive: true })
  writeFileSync('docs/bench/dev-loop.json', `${JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, loadAverage }, results }, null, 2)}\n`)
  console.log('Wrote docs/bench/dev-loop.json')
}

/** Prints each over-budget figure and exits 1 if there is any. */
function enforceBudgets(weights: PageWeight[]) {
  const problems = overBudget(weights)
  if (problems.length) {
    console.error(`\nOver budget:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    process.exit(1)
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

async function main() {
  const results: SizeResult[] = []
  let lighthouse: LighthouseScores[] = []
  const contentFiles = execFileSync('git', ['ls-files', '-z', 'content'], { encoding: 'utf8' }).split('\0').filter(Boolean)
  const sample = await measure('sample', contentFiles.length, (dir) => cpSync(path.join(root, 'content'), dir, { recursive: true }), !flag('no-lighthouse'))
  results.push(sample.result)
  lighthouse = sample.scores
  for (const files of sizes) {
    const { result } = await measure(`${files} files`, files, (dir) => void writeSyntheticContent(dir, files), false)
    results.push(result)
  }

  console.log('\nBuild (seconds per phase, cold; rebuild after one edit)')
  console.table(
    results.map((r) => ({
      corpus: r.label,
      files: r.files,
      pages: r.pages,
      ...Object.fromEntries(r.cold.phases.map((p) => [p.name, Number(p.seconds.toFixed(1))])),
      'cold total': Number(r.cold.seconds.toFixed(1)),
      rebuild: Number(r.rebuild.seconds.toFixed(1)),
      'rebuild: next build': Number((r.rebuild.phases.find((p) => p.name.startsWith('next build'))?.seconds ?? 0).toFixed(1)),
      'peak memory': mb(r.cold.peakBytes),
      'pages/s': Number(r.pagesPerSecond.toFixed(1)),
      'out/': mb(r.outBytes),
    })),
  )
  const synthetic = results.filter((r) => r.label !== 'sample')
  for (let i = 1; i < synthetic.length; i++) {
    const a = synthetic[i - 1]!
    const b = synthetic[i]!
    console.log(`${a.files} -> ${b.files} files (x${(b.files / a.files).toFixed(1)}): build time x${(b.cold.seconds / a.cold.seconds).toFixed(2)}, memory x${(b.cold.peakBytes / a.cold.peakBytes).toFixed(2)}`)
  }

  console.log('\nPage weight of the sample site (gzipped bytes loaded before interaction; budget in brackets)')
  console.table(
    sample.result.weights.map((w) => ({
      page: w.type,
      html: `${kb(w.bytes.html)} [${kb(BUDGETS[w.type].html ?? 0)}]`,
      js: `${kb(w.bytes.js)} [${kb(BUDGETS[w.type].js ?? 0)}]`,
      css: `${kb(w.bytes.css)} [${kb(BUDGETS[w.type].css ?? 0)}]`,
      images: kb(w.bytes.images),
      total: `${kb(w.bytes.total)} [${kb(BUDGETS[w.type].total ?? 0)}]`,
    })),
  )
  if (lighthouse.length) {
    console.log('\nLighthouse (sample site; targets: desktop 100 everywhere, mobile performance >= 98, CLS 0)')
    console.table(lighthouse.map((s) => ({ ...s, cls: Number(s.cls.toFixed(3)) })))
  }

  mkdirSync('docs/bench', { recursive: true })
  // The peer-corpus runs and the starter's figures (written by --corpus peer) stay as they are.
  const stored = existsSync('docs/bench/results.json') ? (JSON.parse(readFileSync('docs/bench/results.json', 'utf8')) as Record<string, unknown>) : {}
  // A run of some sizes replaces those sizes' rows and keeps the others (each row has its date).
  const dated = results.map((r) => ({ ...r, date: new Date().toISOString().slice(0, 10) }))
  const kept = (Array.isArray(stored.results) ? (stored.results as SizeResult[]) : []).filter((r) => !dated.some((d) => d.label === r.label))
  const measured = { machine: { cpus: (await import('node:os')).cpus().length }, results: [...dated, ...kept].sort((a, b) => a.files - b.files), lighthouse: lighthouse.length ? lighthouse : stored.lighthouse, budgets: BUDGETS }
  writeFileSync('docs/bench/results.json', `${JSON.stringify({ ...stored, ...measured }, null, 2)}\n`)
  const phases = [...new Set(results.flatMap((r) => r.cold.phases.map((p) => p.name)))]
  const colors = ['#7c3aed', '#0ea5e9', '#f59e0b', '#10b981', '#ef4444', '#64748b']
  writeFileSync(
    'docs/bench/build-time.svg',
    lineChart('Build time by number of content files (cold)', 'content files', 'seconds', [
      ...phases.map((name, i) => ({
        name,
        color: colors[i % colors.length]!,
        points: synthetic.map((r) => ({ x: r.files, y: r.cold.phases.find((p) => p.name === name)?.seconds ?? 0 })),
      })),
      { name: 'rebuild, one edit', color: '#18181b', points: synthetic.map((r) => ({ x: r.files, y: r.rebuild.seconds })) },
    ]),
  )
  console.log('\nWrote docs/bench/results.json and docs/bench/build-time.svg')

  enforceBudgets(sample.result.weights)
  console.log(`\nEvery page type is within its budget (${corpusSize(sizes[0] ?? 100).notes} notes in the smallest corpus).`)
}

/** Seconds, share of the build and peak memory of each phase: where the time of a build goes. */
function phaseTable(build: BuildResult) {
  return build.phases.map((p) => ({
    phase: p.name,
    seconds: Number(p.seconds.toFixed(1)),
    share: `${((p.seconds / build.seconds) * 100).toFixed(0)}%`,
    'peak memory': mb(p.peakBytes),
  }))
}

/**
 * The sample content plus the peer corpus (content/notes/bench/), built cold and again after one
 * edit, at each size of --peer-files. The reference starter blog's build of the same 2000 notes is
 * measured apart (README, "Performance"; its figures are under "starter" in results.json).
 */
async function peer() {
  for (const peerFiles of peerSizes) await peerRun(peerFiles)
}

async function peerRun(peerFiles: number) {
  const os = await import('node:os')
  // The commit and time the run builds, taken before it starts: a run takes many minutes.
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  const date = new Date().toISOString().slice(0, 16)
  const { result } = await measure(`peer ${peerFiles}`, peerFiles, (dir) => {
    cpSync(path.join(root, 'content'), dir, { recursive: true })
    execFileSync('python3', [PEER_CORPUS_SCRIPT, String(peerFiles), path.join(dir, 'notes', 'bench')], { stdio: 'ignore' })
  }, false)
  for (const [name, build] of [['cold', result.cold], ['rebuild after one edit', result.rebuild]] as const) {
    console.log(`\n${result.label} files, ${result.pages} pages: ${name}, ${build.seconds.toFixed(1)} s, peak ${mb(build.peakBytes)}`)
    console.table(phaseTable(build))
  }
  console.log(`out/: ${mb(result.outBytes)}; ${result.pagesPerSecond.toFixed(1)} pages/s`)
  const file = 'docs/bench/results.json'
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  const runs = (Array.isArray(stored.peer) ? stored.peer : []) as unknown[]
  runs.push({
    date,
    commit,
    note: option('note') ?? '',
    machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), load: os.loadavg().map((l) => Number(l.toFixed(1))) },
    ...result,
    weights: undefined,
  })
  writeFileSync(file, `${JSON.stringify({ ...stored, peer: runs }, null, 2)}\n`)
  console.log(`Added the run to ${file} (peer[${runs.length - 1}]); every peer run, for the README:\n`)
  console.log(peerTable(runs as PeerRun[]))
}

/**
 * What a talk whose deck is a 60-page, 20 MB PDF (the size of a deck full of photos) may cost: the
 * content step reads and draws every page (lib/pdf/deck.ts) on a cold build, and nothing on the
 * next one, which finds the deck in the build cache; the build's peak memory stays within what the
 * sample site's build needs plus the renderer's one child process.
 */
const PDF_DECK = { pages: 60, megabytes: 20 }
const PDF_DECK_BUDGET = { coldContentSeconds: 180, rebuildContentSeconds: 60, peakBytes: 3 * 2 ** 30 }

/** The sample content plus a talk made only from a generated PDF deck, built cold and again. */
async function pdfDeck() {
  const pdf = await syntheticPdfDeck(PDF_DECK)
  const { result } = await measure(`pdf deck (${PDF_DECK.pages} pages, ${PDF_DECK.megabytes} MB)`, 1, (dir) => {
    cpSync(path.join(root, 'content'), dir, { recursive: true })
    writeFileSync(
      path.join(dir, 'talks', 'bench-pdf-deck.md'),
      '---\ntitle: Benchmark PDF Deck\ndescription: A generated deck for npm run bench.\ndate: 2024-01-01\nslides:\n  pdf: /slides/bench-pdf-deck.pdf\n---\n',
    )
    mkdirSync(path.join(dir, '..', 'public', 'slides'), { recursive: true })
    writeFileSync(path.join(dir, '..', 'public', 'slides', 'bench-pdf-deck.pdf'), pdf)
  }, false)
  const content = (build: BuildResult) => build.phases.find((phase) => phase.name === 'content')?.seconds ?? 0
  for (const [name, build] of [['cold', result.cold], ['rebuild after one edit', result.rebuild]] as const) {
    console.log(`\n${result.label}: ${name}, ${build.seconds.toFixed(1)} s, peak ${mb(build.peakBytes)}`)
    console.table(phaseTable(build))
  }
  const over = [
    content(result.cold) > PDF_DECK_BUDGET.coldContentSeconds && `cold content step ${content(result.cold).toFixed(0)} s > ${PDF_DECK_BUDGET.coldContentSeconds} s`,
    content(result.rebuild) > PDF_DECK_BUDGET.rebuildContentSeconds && `rebuild content step ${content(result.rebuild).toFixed(0)} s > ${PDF_DECK_BUDGET.rebuildContentSeconds} s`,
    result.cold.peakBytes > PDF_DECK_BUDGET.peakBytes && `peak memory ${mb(result.cold.peakBytes)} > ${mb(PDF_DECK_BUDGET.peakBytes)}`,
  ].filter(Boolean)
  if (over.length) {
    console.error(`\nOver the PDF deck's budget: ${over.join('; ')}`)
    process.exit(1)
  }
  console.log('\nThe PDF deck builds within its budget.')
}

const budgetsOnly = option('budgets')
if (corpus === 'peer') {
  await peer()
} else if (corpus === 'pdf') {
  await pdfDeck()
} else if (corpus) {
  console.error(`--corpus ${corpus}: the named corpora are "peer" and "pdf"`)
  process.exit(2)
} else if (budgetsOnly) {
  const weights = measureSite(path.resolve(budgetsOnly))
  console.table(weights.map((w) => ({ page: w.type, path: w.path, ...w.bytes })))
  enforceBudgets(weights)
  console.log('Every page type is within its budget.')
} else if (flag('dev-only')) {
  await devLoop()
} else {
  await main()
  if (!flag('no-dev-loop')) await devLoop()
}
