/**
 * npm run stress -- --notes 3000 [--content-only] [--base-content DIR] [--base-public DIR]
 *
 * Builds a copy of the project (in a temporary folder) with its content/ (or DIR's files instead) plus the stress
 * corpus of scripts/stress/corpus.ts, and checks that it builds; then adds the bad files and checks
 * that the build stops with an error naming each one. Prints files, seconds and peak memory per
 * step. `--content-only` runs only the content steps (contentlayer and the content check), not
 * `next build`, Pagefind and the rest; e2e/stress.spec.ts runs it so, small, in `npm test`.
 * Exits 1 when a check fails.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, type RunResult } from './bench/process-tree'
import { BAD_FILES, writeBadFiles, writeStressCorpus } from './stress/corpus'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const flag = (name: string) => process.argv.indexOf(`--${name}`)
const notes = Number(flag('notes') > -1 ? process.argv[flag('notes') + 1] : 3000)
const contentOnly = flag('content-only') > -1
const keep = flag('keep') > -1
// The spec builds on the fixture site's content, so that it does not depend on the speaker's.
const baseContent = flag('base-content') > -1 ? path.resolve(process.argv[flag('base-content') + 1] ?? '') : undefined
// And that content's own public/ files (the fixture profile's headshot), copied over the project's.
const basePublic = flag('base-public') > -1 ? path.resolve(process.argv[flag('base-public') + 1] ?? '') : undefined
if (!Number.isInteger(notes) || notes < 10) throw new Error('--notes takes a whole number, 10 or more')

const SKIP = new Set(['node_modules', '.next', '.contentlayer', 'out', 'test-results', 'playwright-report', 'blob-report', '.git'])
const buildSteps = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.build as string).split('&&').map((step) => step.trim())
const CONTENT_STEPS = buildSteps.filter((step) => /content-build|contentlayer2|content-report/.test(step))

function projectCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'speaker-site-stress-'))
  cpSync(root, dir, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== root })
  // Turbopack refuses a symlinked node_modules: hard links are cheap.
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')])
  if (baseContent) {
    rmSync(path.join(dir, 'content'), { recursive: true, force: true })
    cpSync(baseContent, path.join(dir, 'content'), { recursive: true })
  }
  if (basePublic) cpSync(basePublic, path.join(dir, 'public'), { recursive: true })
  return dir
}

const countFiles = (dir: string, match: (name: string) => boolean): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(path.join(dir, e.name), match) : match(e.name) ? 1 : 0), 0)

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const failures: string[] = []
const check = (ok: boolean, message: string) => {
  console.log(`  ${ok ? 'ok ' : 'FAIL'} ${message}`)
  if (!ok) failures.push(message)
}

/** Runs steps in order until one fails; contentlayer reads $PWD, so it is set to the copy. */
async function steps(dir: string, commands: string[]): Promise<{ results: (RunResult & { step: string })[]; failed?: string; output: string }> {
  const results: (RunResult & { step: string })[] = []
  for (const step of commands) {
    const result = await run(`npx ${step}`, dir, { PWD: dir, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' })
    results.push({ ...result, step })
    console.log(`  ${step}: ${result.seconds.toFixed(1)} s, peak ${mb(result.peakBytes)}${result.code ? ` (exit ${result.code})` : ''}`)
    if (result.code !== 0) return { results, failed: step, output: results.map((r) => r.output).join('\n') }
  }
  return { results, output: results.map((r) => r.output).join('\n') }
}

async function main() {
  const dir = projectCopy()
  const content = path.join(dir, 'content')
  try {
    const corpus = writeStressCorpus(content, notes)
    const files = countFiles(content, () => true)
    console.log(`Stress corpus: ${corpus.notes} notes, ${corpus.talks} talks, ${corpus.caseStudies} case studies; ${files} files under content/ with the sample`)

    console.log(contentOnly ? 'Good corpus, content steps:' : 'Good corpus, full build:')
    const good = await steps(dir, contentOnly ? CONTENT_STEPS : buildSteps)
    check(!good.failed, `the good corpus builds${good.failed ? `: "${good.failed}" failed\n${good.output.slice(-3000)}` : ''}`)
    const reported = Number(/pages: \d+ talks, \d+ case studies, (\d+) notes/.exec(good.output)?.[1] ?? -1)
    check(reported >= corpus.notes, `the content report counts every generated note as a page (${reported} notes)`)
    if (!contentOnly && !good.failed) {
      const pages = countFiles(path.join(dir, 'out', 'notes'), (name) => name === 'index.html')
      check(pages >= corpus.notes, `out/notes/ holds a page per note (${pages} pages)`)
      const images = countFiles(path.join(dir, 'out', 'og', 'notes'), (name) => name.endsWith('.png'))
      check(images >= corpus.notes, `out/og/notes/ holds a link-preview image per note, non-Latin and emoji titles included (${images} images)`)
    }
    const total = good.results.reduce((t, r) => t + r.seconds, 0)
    console.log(`  total ${total.toFixed(1)} s, peak ${mb(Math.max(...good.results.map((r) => r.peakBytes)))}`)

    // A YAML error stops contentlayer itself, before the content check can list the rest: so the
    // bad files go in twice, with and without the unparsable one.
    const bad = writeBadFiles(content)
    const yaml = bad.filter((file) => BAD_FILES[file]?.includes('[unclosed'))
    console.log('Bad files, content steps:')
    const withYaml = await steps(dir, CONTENT_STEPS)
    check(Boolean(withYaml.failed), 'the build stops on an unparsable file')
    for (const file of yaml) check(withYaml.output.includes(file), `the error names ${file}`)
    for (const file of yaml) rmSync(path.join(content, file))
    const rest = await steps(dir, CONTENT_STEPS)
    check(Boolean(rest.failed), 'the build stops on the other bad files')
    for (const file of bad.filter((f) => !yaml.includes(f))) check(rest.output.includes(`content/${file}`), `the error names content/${file}`)
  } finally {
    if (keep) console.log(`Kept ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
  if (failures.length) {
    console.error(`${failures.length} check(s) failed`)
    process.exit(1)
  }
  console.log('All stress checks passed')
}

await main()
