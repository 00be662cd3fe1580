/**
 * The direction of lib/'s folders (lib/README.md): each folder imports only the folders below it,
 * the content is reached through its one door, browser code imports only what is safe in a browser,
 * and the deck's components (components/slides/) never import the talk's pages (components/talks/).
 * A wrong-way import fails here, naming the file, the line and the rule it breaks.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { test } from 'node:test'

/** Each folder of lib/, bottom up, with the folders it may import (besides itself). */
const LAYERS: Record<string, readonly string[]> = {
  core: [],
  browser: [],
  cache: ['core'],
  talks: ['core'],
  pdf: ['core', 'cache'],
  markdown: ['core', 'cache', 'browser'],
  content: ['core', 'cache', 'browser', 'pdf', 'markdown'],
  pages: ['core', 'cache', 'browser', 'talks', 'pdf', 'markdown', 'content'],
  og: ['core', 'cache', 'browser', 'talks', 'pdf', 'markdown', 'content', 'pages'],
  seo: ['core', 'cache', 'browser', 'talks', 'pdf', 'markdown', 'content', 'pages', 'og'],
  authoring: ['core', 'content'],
  build: ['core', 'cache', 'browser', 'talks', 'pdf', 'markdown', 'content', 'pages', 'og', 'seo', 'authoring'],
}
/** What React components may import at run time; `import type` may name any folder. */
const COMPONENTS = ['core', 'browser', 'talks']
/** What a 'use client' module may import at run time: it is bundled for the browser. */
const CLIENT = ['core', 'browser']
/** The deck's parts (components/slides/) are used by the talk's pages (components/talks/), never the other way. */
const DECK = { parts: 'components/slides/', pages: 'components/talks/' }
/** The one door to the content, and the one importer allowed past it (contentlayer's config). */
const DOOR = 'lib/content/index.ts'
const CONTENTLAYER = { importer: 'contentlayer.config.ts', folder: 'lib/content/source/' }

type Import = { from: string; line: number; to: string; typeOnly: boolean }

const CODE = /\.(ts|tsx|mjs)$/
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (name === 'node_modules' || name.startsWith('.')) return []
    return statSync(full).isDirectory() ? filesUnder(full) : CODE.test(name) && !name.endsWith('.d.mts') ? [full] : []
  })
}

/** The project file a specifier names, or undefined for a package. */
function resolve(from: string, specifier: string): string | undefined {
  let base: string
  if (specifier.startsWith('@/')) base = specifier.slice(2)
  else if (specifier.startsWith('.')) base = path.join(path.dirname(from), specifier)
  else return undefined
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? base
}

/** Every import and re-export of the project's own files in `source`, with its line. */
function importsOf(file: string, source: string): Import[] {
  const found: Import[] = []
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4]
    const to = specifier && resolve(file, specifier)
    if (!to) continue
    const line = source.slice(0, match.index).split('\n').length
    found.push({ from: file, line, to, typeOnly: Boolean(match[2]) })
  }
  return found
}

const folderOf = (file: string) => (file.startsWith('lib/') ? file.split('/')[1] : undefined)
const isTest = (file: string) => /\.test\.tsx?$/.test(file)

/** What is wrong with one import, if anything: the broken rule, in words. */
function wrongWay(imp: Import, source: string): string | undefined {
  const where = `${imp.from}:${imp.line} imports ${imp.to}`
  if (imp.from.startsWith(DECK.parts) && imp.to.startsWith(DECK.pages)) {
    return `${where}: ${DECK.parts} imports nothing of ${DECK.pages} (the talk's pages use the deck's parts)`
  }
  const target = folderOf(imp.to)
  if (!target) return undefined
  const inside = folderOf(imp.from)
  if (inside === undefined || inside !== target) {
    const throughDoor = imp.to === DOOR || !imp.to.startsWith('lib/content/')
    const contentlayer = imp.from === CONTENTLAYER.importer && imp.to.startsWith(CONTENTLAYER.folder)
    if (!throughDoor && !contentlayer && !isTest(imp.from)) return `${where}: the content is reached through ${DOOR} only`
  }
  if (inside !== undefined && inside !== target && !isTest(imp.from)) {
    const allowed = LAYERS[inside]
    if (!allowed) return `${imp.from}: lib/${inside}/ is no folder of lib/README.md's layers`
    if (!allowed.includes(target)) {
      return `${where}: lib/${inside}/ ${allowed.length ? `may import only ${allowed.map((f) => `lib/${f}/`).join(', ')}` : 'imports nothing of lib/'}`
    }
  }
  if (imp.typeOnly) return undefined
  if (/^\s*['"]use client['"]/.test(source) && !CLIENT.includes(target)) {
    return `${where}: a 'use client' module may import only ${CLIENT.map((f) => `lib/${f}/`).join(', ')} (it runs in the browser)`
  }
  if (imp.from.startsWith('components/') && !COMPONENTS.includes(target)) {
    return `${where}: components import only ${COMPONENTS.map((f) => `lib/${f}/`).join(', ')} at run time (props bring the rest)`
  }
  return undefined
}

const PROJECT = ['lib', 'app', 'components', 'cms', 'scripts', 'e2e', 'content-schema']
  .flatMap(filesUnder)
  .concat(readdirSync('.').filter((name) => CODE.test(name)))

test("every import goes down lib/'s layers, and to the content through its door", () => {
  const wrong = PROJECT.flatMap((file) => {
    const source = readFileSync(file, 'utf8')
    return importsOf(file, source).flatMap((imp) => wrongWay(imp, source) ?? [])
  })
  assert.deepEqual(wrong, [])
})

/** The project's modules that `entries` load at run time, each with its source. */
function runtimeClosure(entries: string[]): Map<string, string> {
  const reached = new Map<string, string>()
  const queue = [...entries]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (reached.has(file) || !existsSync(file)) continue
    const source = readFileSync(file, 'utf8')
    reached.set(file, source)
    for (const imp of importsOf(file, source)) if (!imp.typeOnly) queue.push(imp.to)
  }
  return reached
}

const NODE_BUILTIN = new RegExp(`from ['"](node:[^'"]+|${builtinModules.map((m) => m.replace('/', '\\/')).join('|')})['"]`)

test('code that runs in the browser (the editor, client components) reaches no Node built-in', () => {
  const clientEntries = PROJECT.filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')))
  const entries = ['cms/admin.tsx', ...clientEntries]
  assert.ok(clientEntries.length > 5)
  const nodeOnly = [...runtimeClosure(entries)].flatMap(([file, source]) => (NODE_BUILTIN.test(source) ? [file] : []))
  assert.deepEqual(nodeOnly, [])
})

test('every folder of lib/ is a layer, and the layers import downwards only', () => {
  const folders = readdirSync('lib').filter((name) => statSync(path.join('lib', name)).isDirectory())
  assert.deepEqual(folders.sort(), Object.keys(LAYERS).sort())
  const order = Object.keys(LAYERS)
  for (const [folder, allowed] of Object.entries(LAYERS)) {
    for (const below of allowed) assert.ok(order.indexOf(below) < order.indexOf(folder), `lib/${folder}/ imports lib/${below}/, listed above it`)
  }
})

test('a wrong-way import is caught: upward, past the door, into the browser, and from the deck to the talk', () => {
  const check = (from: string, to: string, source = '') => wrongWay({ from, line: 1, to, typeOnly: false }, source)
  assert.match(check('lib/core/urls.ts', 'lib/content/index.ts') ?? '', /lib\/core\/ imports nothing of lib\//)
  assert.match(check('lib/markdown/slides.ts', 'lib/pages/render.ts') ?? '', /lib\/markdown\/ may import only/)
  assert.match(check('app/page.tsx', 'lib/content/store/site-index.ts') ?? '', /through lib\/content\/index.ts only/)
  assert.match(check('lib/pages/render.ts', 'lib/content/source/settings.ts') ?? '', /through lib\/content\/index.ts only/)
  assert.match(check('components/talks/x.tsx', 'lib/cache/memo.ts', "'use client'\n") ?? '', /'use client' module/)
  assert.match(check('components/talks/x.tsx', 'lib/pages/render.ts') ?? '', /components import only/)
  assert.match(check('components/slides/presenter-view.tsx', 'components/talks/talk-page.tsx') ?? '', /components\/slides\/ imports nothing of components\/talks\//)
  assert.match(wrongWay({ from: 'components/slides/x.tsx', line: 1, to: 'components/talks/y.tsx', typeOnly: true }, '') ?? '', /components\/slides\//)
  assert.equal(check('components/talks/talk-page.tsx', 'components/slides/slide-list.tsx'), undefined)
  assert.equal(check('app/page.tsx', 'lib/content/index.ts'), undefined)
  assert.equal(check('lib/content/site.ts', 'lib/content/store/site-index.ts'), undefined)
  assert.equal(wrongWay({ from: 'components/talks/x.tsx', line: 1, to: 'lib/pages/render.ts', typeOnly: true }, ''), undefined)
  const imports = importsOf('lib/pages/x.ts', "import { a } from '../content/source/files'\nexport type { B } from '@/lib/core/model'\nconst c = await import('../og/image')\n")
  assert.deepEqual(
    imports.map((i) => [i.line, i.to, i.typeOnly]),
    [
      [1, 'lib/content/source/files.ts', false],
      [2, 'lib/core/model.ts', true],
      [3, 'lib/og/image.tsx', false],
    ],
  )
})
