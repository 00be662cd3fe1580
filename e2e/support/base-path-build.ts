/**
 * A second build of the site, for the specs that must hold under a base path or with other
 * content: it builds a copy of the project in a temporary folder (node_modules hard-linked, not
 * copied), so the root build in out/ that the other specs serve stays as it is, and serves that
 * copy's out/ the way scripts/serve.ts serves out/ on a static host.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from './content'

const run = promisify(execFile)

const SKIP = new Set(['node_modules', '.next', '.contentlayer', 'out', 'test-results', 'playwright-report', 'blob-report', '.git'])

export type BasePathSite = { baseUrl: string; outDir: string; close: () => Promise<void> }

export type BuildOptions = {
  /** BASE_PATH for the build ("/talks-site"); none by default. */
  basePath?: string
  /** Files written into the copy's content/ (paths relative to it) before the build. */
  content?: Record<string, string>
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

/** Builds the site with BASE_PATH=basePath (about as long as `npm run build`) and serves it. */
export const buildAndServeWithBasePath = (basePath: string) => buildAndServe({ basePath })

/**
 * Builds a copy of the site, with a base path and extra content if given, and serves it. A failed
 * build throws with the build's output, so a spec shows the error the author would see.
 */
export async function buildAndServe({ basePath = '', content = {} }: BuildOptions): Promise<BasePathSite> {
  const dir = mkdtempSync(path.join(tmpdir(), 'speaker-site-build-'))
  cpSync(ROOT, dir, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== ROOT })
  for (const [file, text] of Object.entries(content)) {
    const target = path.join(dir, 'content', file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  await run('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')])
  const env = { ...process.env, BASE_PATH: basePath, OUT_DIR: path.join(dir, 'out') }
  try {
    await run('npm', ['run', 'build'], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    const output = error as { stdout?: string; stderr?: string }
    throw new Error(`npm run build failed:\n${output.stdout ?? ''}${output.stderr ?? ''}`.slice(-20_000), { cause: error })
  }
  const port = await freePort()
  // Its own process group, so that closing ends tsx's child process too.
  const server = spawn(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts', '--port', String(port)], { cwd: dir, env, stdio: 'ignore', detached: true })
  const baseUrl = `http://127.0.0.1:${port}${basePath}/`
  await waitForServer(baseUrl, server)
  return {
    baseUrl,
    outDir: path.join(dir, 'out'),
    close: async () => {
      if (server.pid && server.exitCode === null) process.kill(-server.pid)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
