/**
 * The content editor, for local use: decap-server (the CMS's proxy) on 127.0.0.1 writing
 * content/ directly, without committing (its fs mode), and the editor's page at /admin/.
 * Usage: npm run cms. CMS_PORT (4300) and CMS_PROXY_PORT (8081) move the ports; CMS_ROOT points
 * at another project folder holding content/ (the e2e spec edits a temporary copy). The content
 * folder is the build's (CONTENT_DIR, lib/content/source/settings.ts), so the editor edits a vault
 * elsewhere on disk as the build reads it.
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import sirv from 'sirv'
import { CONTENT_DIR, getContentSource } from '@/lib/content'
import { bundleAdmin } from './cms-bundle'

const host = '127.0.0.1'
const port = Number(process.env.CMS_PORT ?? 4300)
const proxyPort = Number(process.env.CMS_PROXY_PORT ?? 8081)
// decap-server serves one folder and the editor's collections name paths inside it: the folder
// that holds the content folder, so that the editor writes nowhere else.
const contentRoot = path.resolve(process.env.CMS_ROOT ?? '.', CONTENT_DIR)
const root = path.dirname(contentRoot)
const proxyUrl = `http://${host}:${proxyPort}/api/v1`

// One folder per port, rebuilt at each start: a run stopped hard leaves no pile of old bundles.
const adminDir = path.join(os.tmpdir(), `cms-admin-${port}`)
rmSync(adminDir, { recursive: true, force: true })
// The lists mark the notes the build leaves private: the build's publish mode (PUBLISH, or the vault).
const publishMode = getContentSource().publish.mode
await bundleAdmin(adminDir, { backend: { name: 'proxy', proxy_url: proxyUrl }, localBackendUrl: proxyUrl, contentDir: path.basename(contentRoot), publishMode })

// decap-server listens on every interface unless BIND_HOST is set, and its git mode commits every
// untracked file of the repository: fs mode only writes the files the editor saves.
const proxy = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
  env: { ...process.env, BIND_HOST: host, PORT: String(proxyPort), MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
  stdio: 'inherit',
})

const files = sirv(adminDir, { dev: true })
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const notFound = () => {
    res.writeHead(404).end('Not found')
  }
  if (url.pathname === '/' || url.pathname === '/admin') {
    res.writeHead(302, { Location: '/admin/' }).end()
    return
  }
  if (!url.pathname.startsWith('/admin/')) return notFound()
  req.url = url.pathname.slice('/admin'.length) + url.search
  files(req, res, notFound)
})

function stop(code = 0) {
  proxy.kill()
  server.close()
  rmSync(adminDir, { recursive: true, force: true })
  process.exit(code)
}
process.on('SIGINT', () => stop())
process.on('SIGTERM', () => stop())
proxy.on('exit', (code) => {
  if (code) console.error(`decap-server stopped (exit code ${code})`)
  stop(code ?? 0)
})

server.on('error', (error) => {
  console.error(error.message)
  stop(1)
})
server.listen(port, host, () => {
  console.log(`Editing ${contentRoot} at http://${host}:${port}/admin/ (proxy on ${host}:${proxyPort})`)
})
