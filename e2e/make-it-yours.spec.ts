/**
 * The README's "Make it yours", step by step, in a fresh copy of the project: a speaker replaces
 * the sample content with their own profile, writes a first talk with `npm run new`, builds and
 * looks at it; the build says its URLs are a placeholder until SITE_URL is set, and a deployment
 * build without SITE_URL is refused with how to set it.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { PLACEHOLDER_SITE_URL } from '@/lib/core/site-address'
import { copyProject, serve, type BasePathSite } from './support/fixture-builds'

const run = promisify(execFile)

const PROFILE = `---
name: Ada Lovelace
headline: Engineer and speaker
links:
  github: https://github.com/ada
  mastodon: https://hachyderm.io/@ada
---
I give talks about engines and the programs they run.
`

/** The environment of a laptop: no host's variables, no address set. */
function localEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // TURBOPACK_BUILD_CACHE: the compiled modules of the suite's fixture build, which copyProject
  // brought along, so this build does not compile the site from nothing (e2e/support/fixture-builds.ts).
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: path.join(dir, 'out'), TURBOPACK_BUILD_CACHE: '1', ...extra }
  for (const name of ['SITE_URL', 'BASE_PATH', 'SITE_DEPLOY', 'NETLIFY', 'CONTEXT', 'URL', 'VERCEL', 'VERCEL_ENV', 'CF_PAGES', 'GITHUB_ACTIONS']) {
    if (!(name in extra)) delete env[name]
  }
  return env
}

type Result = { code: number; output: string }

async function npm(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<Result> {
  try {
    const { stdout, stderr } = await run('npm', args, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 })
    return { code: 0, output: `${stdout}${stderr}` }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

test.describe.configure({ mode: 'serial' })

let dir = ''
let site: BasePathSite | undefined

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'speaker-site-make-it-yours-'))
  await copyProject(dir)
})

test.afterAll(async () => {
  await site?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('the sample content is replaced by your own profile', () => {
  rmSync(path.join(dir, 'content'), { recursive: true, force: true })
  mkdirSync(path.join(dir, 'content'))
  writeFileSync(path.join(dir, 'content', 'profile.md'), PROFILE)
})

test('`npm run new -- talk "My First Talk"` writes content/talks/my-first-talk.md and says so', async () => {
  const result = await npm(dir, ['run', 'new', '--', 'talk', 'My First Talk'], localEnv(dir))
  expect(result.code, result.output).toBe(0)
  expect(result.output).toContain('Created content/talks/my-first-talk.md')
  expect(readFileSync(path.join(dir, 'content', 'talks', 'my-first-talk.md'), 'utf8')).toMatch(/^---\ntitle: My First Talk\n/)

  const again = await npm(dir, ['run', 'new', '--', 'talk', 'My First Talk'], localEnv(dir))
  expect(again.code).not.toBe(0)
  expect(again.output).toContain('already exists: not overwritten')
})

test('a build without SITE_URL works, and its report says the URLs use a placeholder', async () => {
  test.setTimeout(20 * 60_000)
  const result = await npm(dir, ['run', 'build'], localEnv(dir))
  expect(result.code, result.output.slice(-5000)).toBe(0)
  expect(result.output).toContain(`site address: ${PLACEHOLDER_SITE_URL}/ is a PLACEHOLDER (SITE_URL is not set)`)
  expect(result.output).toContain('pages: 1 talks, 0 case studies, 0 notes')
})

test('the talk page shows its title, with you as the speaker', async ({ page }) => {
  site = await serve(dir, '', () => {})
  const response = await page.goto(new URL('talks/my-first-talk/', site.baseUrl).href)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'My First Talk' })).toBeVisible()
  await expect(page.getByText('Ada Lovelace').first()).toBeVisible()
  // The placeholder is what the page's absolute URLs say until SITE_URL is set.
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${PLACEHOLDER_SITE_URL}/talks/my-first-talk/`)
})

test('a deployment build without SITE_URL is refused, saying how to set it', async () => {
  const result = await npm(dir, ['run', 'build'], localEnv(dir, { SITE_DEPLOY: '1' }))
  expect(result.code).not.toBe(0)
  expect(result.output).toContain('SITE_URL is not set, and this build publishes the site (SITE_DEPLOY=1)')
  expect(result.output).toContain('SITE_URL=https://talks.example.com SITE_DEPLOY=1 npm run build')
  expect(result.output).not.toContain('Content report')
})

test('with SITE_URL set, the deployment build takes your address', async () => {
  // The content steps of the build only: the full build is the one above, with another address.
  const env = localEnv(dir, { SITE_DEPLOY: '1', SITE_URL: 'https://talks.ada.dev' })
  const { stdout } = await run(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/content-report.ts'], { cwd: dir, env })
  expect(stdout).toContain('site address: https://talks.ada.dev/ (from SITE_URL; a deployment: SITE_DEPLOY=1)')
})
