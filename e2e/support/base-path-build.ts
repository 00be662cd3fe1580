/**
 * A second build of the site with a base path, for the specs that must hold under one. It builds a
 * copy of the project in a temporary folder (node_modules hard-linked, not copied), so the root
 * build in out/ that the other specs serve stays as it is, and serves that copy's out/ the way
 * scripts/serve.ts serves out/ on a static host.
 *
 * The copy also holds the files of e2e/fixtures/site/ (content/ and public/ files of situations the
 * sample content does not have, such as a talk with only an external deck), so that one build
 * serves every spec that needs either. It is built once per test run and shared by the workers
 * (sharedBasePathBuild); playwright.config.ts's global teardown removes it. buildAndServe makes a
 * build of its own, with content given by the spec (e2e/hostile-content.spec.ts).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from './content'

const run = promisify(execFile)

const SKIP = new Set(['node_modules', '.next', '.contentlayer', 'out', 'test-results', 'playwright-report', 'blob-report', '.git'])

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
/** Files copied over the project in the shared build, by their path in the project. */
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
}

function freePort(): Promise<number> {
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
 * A copy of the project in `dir`, with `fixtures` copied over it and `content` written into its
 * content/, built with BASE_PATH=basePath. A failed build throws with the build's output, so a
 * spec shows the error the author would see.
 */
async function build(
  dir: string,
  basePath: string,
  { fixtures, content = {}, env: extraEnv = {} }: { fixtures?: string; content?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<string> {
  cpSync(ROOT, dir, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== ROOT })
  if (fixtures) cpSync(fixtures, dir, { recursive: true })
  for (const [file, text] of Object.entries(content)) {
    const target = path.join(dir, 'content', file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  await run('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')])
  const env = { ...process.env, BASE_PATH: basePath, OUT_DIR: path.join(dir, 'out'), ...extraEnv }
  try {
    const { stdout, stderr } = await run('npm', ['run', 'build'], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 })
    return `${stdout}${stderr}`
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string }
    throw new Error(`npm run build failed:\n${output.stdout ?? ''}${output.stderr ?? ''}`.slice(-20_000), { cause: error })
  }
}

/** Builds a copy of the site, with a base path and extra content if given, and serves it. */
export async function buildAndServe({ basePath = '', content = {}, contentDir, env = {} }: BuildOptions): Promise<BasePathSite> {
  const dir = mkdtempSync(path.join(tmpdir(), 'speaker-site-build-'))
  const elsewhere = contentDir ? mkdtempSync(path.join(tmpdir(), 'speaker-site-content-')) : undefined
  const remove = () => {
    rmSync(dir, { recursive: true, force: true })
    if (elsewhere) rmSync(elsewhere, { recursive: true, force: true })
  }
  let buildOutput: string
  try {
    if (contentDir && elsewhere) cpSync(contentDir, elsewhere, { recursive: true })
    buildOutput = await build(dir, basePath, { content, env: elsewhere ? { CONTENT_DIR: elsewhere, ...env } : env })
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
      await build(dir, BASE_PATH, { fixtures: FIXTURE_SITE })
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

async function serve(dir: string, basePath: string, remove: () => void): Promise<BasePathSite> {
  const env = { ...process.env, BASE_PATH: basePath, OUT_DIR: path.join(dir, 'out') }
  const port = await freePort()
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
