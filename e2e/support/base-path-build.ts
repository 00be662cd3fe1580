/**
 * A second build of the site with a base path, for the specs that must hold under one. It builds a
 * copy of the project in a temporary folder (node_modules hard-linked, not copied), so the root
 * build in out/ that the other specs serve stays as it is, and serves that copy's out/ the way
 * scripts/serve.ts serves out/ on a static host.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from './content'

const run = promisify(execFile)

const SKIP = new Set(['node_modules', '.next', '.contentlayer', 'out', 'test-results', 'playwright-report', 'blob-report', '.git'])

export type BasePathSite = { baseUrl: string; outDir: string; close: () => Promise<void> }

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
export async function buildAndServeWithBasePath(basePath: string): Promise<BasePathSite> {
  const dir = mkdtempSync(path.join(tmpdir(), 'speaker-site-base-path-'))
  cpSync(ROOT, dir, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== ROOT })
  await run('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')])
  const env = { ...process.env, BASE_PATH: basePath, OUT_DIR: path.join(dir, 'out') }
  try {
    await run('npm', ['run', 'build'], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
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
