/**
 * Builds of the fixture site for the specs: a copy of the project in its own folder (node_modules
 * hard-linked, not copied) whose content/ is e2e/fixtures/site/content/ instead of the speaker's,
 * with e2e/fixtures/site/public/ over its public/, so the suite tests the product on content it
 * owns: a speaker who replaces content/ keeps a green suite (their own content is checked by
 * e2e/own-content.spec.ts). Each build is served the way scripts/serve.ts serves out/ on a static host.
 *
 * - the root build (FIXTURE_BUILD_DIR), made and served by e2e/support/global-setup.ts for every spec;
 * - the base-path build (BASE_PATH=/talks-site), made once per test run for the specs that need it
 *   and shared by the workers (sharedBasePathBuild); the global teardown removes it;
 * - buildAndServe: a build of a spec's own, with extra content written over the fixtures
 *   (e2e/hostile-content.spec.ts, which adds the stress corpus too).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { FIXTURE_BUILD_DIR, ROOT } from './content'

export { FIXTURE_BUILD_DIR }

const run = promisify(execFile)

// The speaker's content/ is replaced by the fixtures', never mixed with them.
const SKIP = new Set(['node_modules', '.next', '.contentlayer', 'out', 'test-results', 'playwright-report', 'blob-report', '.git', 'content'])

export type BasePathSite = {
  baseUrl: string
  basePath: string
  outDir: string
  /** What `npm run build` printed (its content report among it), for a build of buildAndServe. */
  buildOutput?: string
  close: () => Promise<void>
}

/** The base path of the shared build: a GitHub project site's. */
export const BASE_PATH = '/talks-site'
/** The fixture site: its content/ replaces the project's, its public/ goes over the project's. */
export const FIXTURE_SITE = path.join(ROOT, 'e2e', 'fixtures', 'site')

export type BuildOptions = {
  /** BASE_PATH for the build ("/talks-site"); none by default. */
  basePath?: string
  /** Files written into the copy's content/ (paths relative to it) before the build. */
  content?: Record<string, string>
  /**
   * A folder to build instead of content/ (an Obsidian vault, e2e/fixtures/vault/): copied to a
   * temporary folder outside the project, which the build reads through CONTENT_DIR.
   */
  contentDir?: string
  /** More environment for the build (PUBLISH=all). */
  env?: Record<string, string>
  /** Writes more files into the copy's content/ (given its path) before the build: a generated corpus. */
  generate?: (contentDir: string) => void
}

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitForServer(url: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no answer from ${url}`)
}

/**
 * A copy of the project in `dir` with the fixture site's content/ and public/ files, and `content`
 * written over its content/, built with BASE_PATH=basePath. A failed build throws with the build's
 * output, so a spec shows the error the author would see.
 */
export async function buildFixtureSite(
  dir: string,
  basePath: string,
  { content = {}, env: extraEnv = {}, generate }: Pick<BuildOptions, 'content' | 'env' | 'generate'> = {},
): Promise<string> {
  // The seed's modules were compiled for the root path: under another base path every module
  // differs, and a build given them reads them, compiles anyway and writes its own (a quarter
  // longer than a build from nothing). Such a build starts from nothing and writes no cache.
  const cached = basePath === ''
  await copyProject(dir, { compileCache: cached })
  cpSync(FIXTURE_SITE, dir, { recursive: true })
  generate?.(path.join(dir, 'content'))
  for (const [file, text] of Object.entries(content)) {
    const target = path.join(dir, 'content', file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  return runBuild(dir, basePath, cached ? extraEnv : { TURBOPACK_BUILD_CACHE: '0', ...extraEnv })
}

/**
 * `npm run build` in the project copy `dir`, as it is now (a rebuild when it was built before);
 * what it printed, or an error with it.
 */
export async function runBuild(dir: string, basePath = '', extraEnv: Record<string, string> = {}): Promise<string> {
  const env = { ...process.env, BASE_PATH: basePath, OUT_DIR: path.join(dir, 'out'), ...COMPILE_CACHE_ENV, ...extraEnv }
  try {
    const { stdout, stderr } = await run('npm', ['run', 'build'], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 })
    return `${stdout}${stderr}`
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string }
    throw new Error(`npm run build failed:\n${output.stdout ?? ''}${output.stderr ?? ''}`.slice(-20_000), { cause: error })
  }
}

/**
 * The suite's builds keep Turbopack's compiled modules (TURBOPACK_BUILD_CACHE, next.config.mjs),
 * and each copy of the project starts from those of the suite's fixture build: a build of other
 * content compiles in a few seconds instead of half a minute. e2e/rebuild.spec.ts builds one copy
 * without them and compares the exports byte for byte.
 */
const COMPILE_CACHE_ENV = { TURBOPACK_BUILD_CACHE: '1' }
const COMPILE_CACHE = path.join('.next', 'cache', 'turbopack')

/**
 * A copy of the project in `dir`, as a fresh clone would have it after `npm ci` (no build output,
 * node_modules hard-linked rather than copied), but without content/: the caller gives it one.
 * With `compileCache` (the default), it gets the compile cache of the suite's fixture build, if
 * that is built.
 */
export async function copyProject(dir: string, { compileCache = true } = {}) {
  cpSync(ROOT, dir, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== ROOT })
  await run('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')])
  const seed = path.join(FIXTURE_BUILD_DIR, COMPILE_CACHE)
  if (compileCache && dir !== FIXTURE_BUILD_DIR && existsSync(seed)) {
    mkdirSync(path.join(dir, '.next', 'cache'), { recursive: true })
    await run('cp', ['-a', seed, path.join(dir, COMPILE_CACHE)])
  }
}

/**
 * The site's public/ with the fixture site's over it, in `dir`, as the suite's builds have it: for
 * the specs that run only the content steps in a folder of their own, whose check looks there for
 * the files the content names (the fixture profile's headshot).
 */
export function copyFixturePublic(dir: string) {
  cpSync(path.join(ROOT, 'public'), path.join(dir, 'public'), { recursive: true })
  cpSync(path.join(FIXTURE_SITE, 'public'), path.join(dir, 'public'), { recursive: true })
}

/** Builds a copy of the site, with a base path and extra content if given, and serves it. */
export async function buildAndServe({ basePath = '', content = {}, contentDir, env = {}, generate }: BuildOptions): Promise<BasePathSite> {
  const dir = mkdtempSync(path.join(tmpdir(), 'speaker-site-build-'))
  const elsewhere = contentDir ? mkdtempSync(path.join(tmpdir(), 'speaker-site-content-')) : undefined
  const remove = () => {
    rmSync(dir, { recursive: true, force: true })
    if (elsewhere) rmSync(elsewhere, { recursive: true, force: true })
  }
  let buildOutput: string
  try {
    if (contentDir && elsewhere) cpSync(contentDir, elsewhere, { recursive: true })
    buildOutput = await buildFixtureSite(dir, basePath, { content, generate, env: elsewhere ? { CONTENT_DIR: elsewhere, ...env } : env })
  } catch (error) {
    remove()
    throw error
  }
  return { ...(await serve(dir, basePath, remove)), buildOutput }
}

const SHARED_PREFIX = 'speaker-site-base-path-run-'

/**
 * The shared build's folder: one per test run, named after the runner's process id, which
 * playwright.config.ts hands to the workers as E2E_RUN_ID.
 */
export const sharedBuildDir = () => path.join(tmpdir(), `${SHARED_PREFIX}${process.env.E2E_RUN_ID ?? process.pid}`)

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Removes the shared builds of runs that ended without their teardown (killed). */
function removeStaleSharedBuilds() {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.slice(SHARED_PREFIX.length).replace(/\.(done|failed)$/, ''))
    if (name.startsWith(SHARED_PREFIX) && pid && !isAlive(pid)) rmSync(path.join(tmpdir(), name), { recursive: true, force: true })
  }
}

/**
 * The base-path build (BASE_PATH, with e2e/fixtures/site/) of this test run, served on a port of
 * the caller's own. The first worker to ask builds it; the others wait for that build rather
 * than pay for another. close() stops only the caller's server.
 */
export async function sharedBasePathBuild(): Promise<BasePathSite> {
  const dir = sharedBuildDir()
  const done = `${dir}.done`
  const failed = `${dir}.failed`
  let builder = false
  try {
    mkdirSync(dir) // atomic: exactly one worker gets to create it
    builder = true
  } catch {
    // Another worker is building it, or has.
  }
  if (builder) {
    removeStaleSharedBuilds()
    try {
      await buildFixtureSite(dir, BASE_PATH)
      writeFileSync(done, '')
    } catch (error) {
      writeFileSync(failed, String(error))
      throw error
    }
  } else {
    while (!existsSync(done)) {
      if (existsSync(failed)) throw new Error(`the shared base-path build failed: ${readFileSync(failed, 'utf8')}`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  return serve(dir, BASE_PATH, () => {})
}

/** Removes this run's shared build: playwright.config.ts's global teardown, in the runner. */
export function removeSharedBasePathBuild() {
  const dir = sharedBuildDir()
  for (const file of [dir, `${dir}.done`, `${dir}.failed`]) rmSync(file, { recursive: true, force: true })
}

/** Serves the out/ of the project copy in `dir` on a free port, or on `port`; close() stops it, then calls `remove`. */
export async function serve(dir: string, basePath: string, remove: () => void, port?: number): Promise<BasePathSite> {
  const env = { ...process.env, BASE_PATH: basePath, OUT_DIR: path.join(dir, 'out') }
  port ??= await freePort()
  // Its own process group, so that closing ends tsx's child process too.
  const server = spawn(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts', '--port', String(port)], { cwd: dir, env, stdio: 'ignore', detached: true })
  const baseUrl = `http://127.0.0.1:${port}${basePath}/`
  await waitForServer(baseUrl, server)
  return {
    baseUrl,
    basePath,
    outDir: path.join(dir, 'out'),
    close: async () => {
      if (server.pid && server.exitCode === null) process.kill(-server.pid)
      remove()
    },
  }
}
