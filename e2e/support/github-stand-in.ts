/**
 * A stand-in for GitHub's REST API, for the deployed editor's spec (e2e/cms-deployed.spec.ts): an
 * HTTP server on 127.0.0.1 backed by a real git repository in a temporary folder, answering the
 * calls Decap's GitHub backend makes with `use_graphql` off and no editorial workflow
 * (decap-cms-backend-github/src/API.ts and implementation.tsx) with git plumbing, so that what the
 * editor commits is read back with `git log` and `git diff`. Every request is recorded.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

type RecordedRequest = { method: string; path: string; status: number; body?: unknown }

type StandInOptions = {
  /** owner/name, as the editor is configured with. */
  repo: string
  /** The files of the repository's first commit: folder on disk -> path in the repository. */
  files: Record<string, string>
  /** The one token the API accepts; any other gets GitHub's 401. */
  token: string
  branch?: string
  user?: { login: string; name: string; email: string }
}

type TreeEntry = { path: string; mode: string; type: string; sha: string | null }

export type GitHubStandIn = {
  /** The API root to build the editor with (CMS_API_ROOT). */
  url: string
  /** The repository's folder, for git commands. */
  dir: string
  requests: RecordedRequest[]
  git: (args: string[], input?: string | Buffer) => string
  /** The first commit, before any edit. */
  base: string
  close: () => Promise<void>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const IDENTITY = { login: 'speaker', name: 'Jacob Speaker', email: 'speaker@example.com' }

export async function startGitHubStandIn(options: StandInOptions): Promise<GitHubStandIn> {
  const branch = options.branch ?? 'main'
  const user = options.user ?? IDENTITY
  const dir = mkdtempSync(path.join(os.tmpdir(), 'github-stand-in-'))
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: user.name,
    GIT_AUTHOR_EMAIL: user.email,
    GIT_COMMITTER_NAME: user.name,
    GIT_COMMITTER_EMAIL: user.email,
  }
  const run = (args: string[], input?: string | Buffer, extraEnv: Record<string, string> = {}) => {
    const result = spawnSync('git', args, { cwd: dir, input, env: { ...env, ...extraEnv }, maxBuffer: 256 * 1024 * 1024 })
    if (result.status !== 0) throw new HttpError(422, `git ${args.join(' ')}: ${result.stderr.toString()}`)
    return result.stdout
  }
  const git = (args: string[], input?: string | Buffer) => run(args, input).toString()

  run(['init', '--quiet', `--initial-branch=${branch}`])
  for (const [from, to] of Object.entries(options.files)) cpSync(from, path.join(dir, to), { recursive: true, dereference: true })
  run(['add', '--all'])
  run(['commit', '--quiet', '--message', 'Initial content'])
  const base = git(['rev-parse', 'HEAD']).trim()

  const repoPrefix = `/repos/${options.repo}`
  const requests: RecordedRequest[] = []

  const head = () => git(['rev-parse', `refs/heads/${branch}`]).trim()

  /** `git ls-tree` of `<rev>:<folder>`, as GitHub's tree entries. */
  function tree(spec: string, recursive: boolean) {
    const type = spawnSync('git', ['cat-file', '-t', spec], { cwd: dir, env }).stdout.toString().trim()
    if (type !== 'tree') throw new HttpError(404, 'Not Found')
    const listing = run(['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), spec]).toString()
    const entries = listing
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta = '', file = ''] = line.split('\t')
        const [mode = '', kind = '', sha = '', size = ''] = meta.split(/\s+/)
        return { path: file, mode, type: kind, sha, ...(kind === 'blob' ? { size: Number(size) } : {}) }
      })
    return { sha: git(['rev-parse', spec]).trim(), tree: entries, truncated: false }
  }

  function createTree(body: { base_tree?: string; tree: TreeEntry[] }) {
    const index = path.join(dir, '.git', `stand-in-index-${process.pid}-${requests.length}`)
    const withIndex = (args: string[], input?: string) => run(args, input, { GIT_INDEX_FILE: index })
    try {
      if (body.base_tree) withIndex(['read-tree', body.base_tree])
      else withIndex(['read-tree', '--empty'])
      const lines = body.tree.map((entry) =>
          entry.sha === null ? `0 ${'0'.repeat(40)}\t${entry.path}` : `${entry.mode} ${entry.type} ${entry.sha}\t${entry.path}`,
        )
      withIndex(['update-index', '-z', '--index-info'], lines.map((line) => `${line}\0`).join(''))
      const sha = withIndex(['write-tree']).toString().trim()
      return tree(sha, false)
    } finally {
      rmSync(index, { force: true })
    }
  }

  function createCommit(body: { message: string; tree: string; parents: string[] }) {
    const args = ['commit-tree', body.tree, ...body.parents.flatMap((parent) => ['-p', parent]), '-F', '-']
    const sha = git(args, body.message).trim()
    return { sha, message: body.message, tree: { sha: body.tree }, parents: body.parents.map((parent) => ({ sha: parent })) }
  }

  /** A branch moves only forward unless forced, as on GitHub ("Update is not a fast forward"). */
  function updateRef(name: string, body: { sha: string; force?: boolean }) {
    const current = git(['rev-parse', `refs/heads/${name}`]).trim()
    const fastForward = spawnSync('git', ['merge-base', '--is-ancestor', current, body.sha], { cwd: dir, env }).status === 0
    if (!fastForward && !body.force) throw new HttpError(422, 'Update is not a fast forward')
    run(['update-ref', `refs/heads/${name}`, body.sha, current])
    return { ref: `refs/heads/${name}`, object: { sha: body.sha, type: 'commit' } }
  }

  function answer(method: string, url: URL, body: unknown): unknown {
    const route = decodeURIComponent(url.pathname)
    if (method === 'GET' && route === '/user') return { login: user.login, name: user.name, email: user.email, id: 1 }
    if (!route.startsWith(repoPrefix)) throw new HttpError(404, 'Not Found')
    const rest = route.slice(repoPrefix.length)
    if (method === 'GET' && rest === '') {
      const [owner = ''] = options.repo.split('/')
      return { full_name: options.repo, default_branch: branch, owner: { login: owner }, permissions: { admin: false, push: true, pull: true } }
    }
    let match: RegExpMatchArray | null
    if (method === 'GET' && (match = rest.match(/^\/branches\/(.+)$/))) {
      if (match[1] !== branch) throw new HttpError(404, 'Branch not found')
      return { name: branch, commit: { sha: head() } }
    }
    if (method === 'GET' && (match = rest.match(/^\/git\/trees\/(.+)$/))) {
      return tree(match[1] as string, url.searchParams.get('recursive') === '1')
    }
    if (method === 'GET' && (match = rest.match(/^\/git\/blobs\/([0-9a-f]{40})$/))) {
      const content = run(['cat-file', 'blob', match[1] as string])
      return { sha: match[1], size: content.length, encoding: 'base64', content: content.toString('base64') }
    }
    if (method === 'GET' && rest === '/commits') {
      const file = url.searchParams.get('path') ?? ''
      const from = url.searchParams.get('sha') ?? branch
      const [sha, name, email, date] = git(['log', '-1', '--format=%H%x00%an%x00%ae%x00%aI', from, '--', file]).trim().split('\0')
      return sha ? [{ sha, commit: { author: { name, email, date }, message: '' } }] : []
    }
    if (method === 'POST' && rest === '/git/blobs') {
      const { content, encoding } = body as { content: string; encoding: string }
      const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8')
      return { sha: git(['hash-object', '-w', '--stdin'], bytes).trim() }
    }
    if (method === 'POST' && rest === '/git/trees') return createTree(body as { base_tree?: string; tree: TreeEntry[] })
    if (method === 'POST' && rest === '/git/commits') return createCommit(body as { message: string; tree: string; parents: string[] })
    if (method === 'PATCH' && (match = rest.match(/^\/git\/refs\/heads\/(.+)$/))) {
      return updateRef(match[1] as string, body as { sha: string; force?: boolean })
    }
    throw new HttpError(404, 'Not Found')
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-None-Match')
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE, OPTIONS')
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end()
      return
    }
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString()
    const body: unknown = text ? JSON.parse(text) : undefined
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    let status = 200
    let payload: unknown
    if (req.headers.authorization !== `token ${options.token}`) {
      status = 401
      payload = { message: 'Bad credentials' }
    } else {
      try {
        payload = answer(method, url, body)
        if (method === 'POST') status = 201
      } catch (error) {
        status = error instanceof HttpError ? error.status : 500
        payload = { message: error instanceof Error ? error.message : String(error) }
      }
    }
    requests.push({ method, path: `${url.pathname}${url.search}`, status, ...(body === undefined ? {} : { body }) })
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(payload))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    requests,
    git,
    base,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
