/**
 * Serves out/ as a static host would: directories answer with their index.html, unknown paths
 * with 404.html and status 404, the site mounted under BASE_PATH when one is set, and the headers
 * of out/_headers (public/_headers) sent as Netlify and Cloudflare Pages send them.
 * Usage: npm start [-- --port 3000]
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type OutgoingHttpHeaders } from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { headersFor, parseHeadersFile, servedContentType } from '@/lib/build/headers-file'
import { siteConfig } from '@/lib/core/site-config'

const root = path.resolve(process.env.OUT_DIR ?? 'out')
const portFlag = process.argv.indexOf('--port')
const port = Number(portFlag > -1 ? process.argv[portFlag + 1] : process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const base = siteConfig.basePath

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No site in ${root}: run "npm run build" first.`)
  process.exit(1)
}

// gzip: a file's precompressed .gz copy, when one exists (the benchmark writes them), answers a
// browser that accepts gzip, as a host that compresses would.
const files = sirv(root, { dev: true, etag: true, extensions: ['html'], gzip: true })
const notFoundPage = path.join(root, '404.html')
const headersFile = path.join(root, '_headers')
const headerRules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const notFound = () => {
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found')
  }
  if (base && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return notFound()
  const sitePath = url.pathname.slice(base.length) || '/'
  for (const [name, value] of headersFor(headerRules, sitePath)) res.setHeader(name, value)
  req.url = sitePath + url.search
  // sirv names a file's type by its extension, with no charset but HTML's and an empty one for an
  // extensionless file; a _headers rule's type, set above, is kept (sirv prefers a header already set).
  const writeHead = res.writeHead
  res.writeHead = ((status: number, headers?: OutgoingHttpHeaders) =>
    writeHead.call(res, status, headers && 'Content-Type' in headers ? { ...headers, 'Content-Type': servedContentType(String(headers['Content-Type'])) } : headers)) as typeof res.writeHead
  files(req, res, notFound)
})

server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host}:${port}${base}/`)
})
