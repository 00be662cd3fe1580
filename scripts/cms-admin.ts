/**
 * The editor in production: out/admin/ exists only when a git host backs it, since a static host
 * has no decap-server. Set at build time:
 *   CMS_BACKEND=github|gitlab|gitea  CMS_REPO=owner/repo  [CMS_BRANCH, else the repository's default]
 *   [CMS_BASE_URL]  the OAuth service Decap signs in through; for GitHub, without it the editor
 *                   signs in with a personal access token (cms/github-token-backend.tsx)
 *   [CMS_API_ROOT]  the git host's API, when not the public one: a self-hosted instance, GitHub
 *                   Enterprise, or a local stand-in (e2e/support/github-stand-in.ts)
 *   [CMS_APP_ID]    the OAuth application's id: GitLab (sign-in with PKCE, no proxy) and Gitea
 * Every value ends up in out/admin/admin.js, readable by anyone: none of them is a secret.
 */
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { GITHUB_TOKEN_BACKEND, type DecapBackend } from '@/content-schema/decap'
import { getContentSource } from '@/lib/content'
import { bundleAdmin } from './cms-bundle'

const outDir = path.resolve(process.env.OUT_DIR ?? 'out', 'admin')
const name = process.env.CMS_BACKEND || undefined
const repo = process.env.CMS_REPO

if (!name) {
  // Nothing under out/admin/ unless a backend is configured.
  if (existsSync(outDir)) rmSync(outDir, { recursive: true })
} else {
  if (name !== 'github' && name !== 'gitlab' && name !== 'gitea') {
    console.error(`CMS_BACKEND must be github, gitlab or gitea, got "${name}"`)
    process.exit(1)
  }
  if (!repo || !/^[\w.-]+\/[\w./-]+$/.test(repo)) {
    console.error('CMS_REPO must be set to owner/repo when CMS_BACKEND is set')
    process.exit(1)
  }
  const backend: DecapBackend = {
    name: name === 'github' && !process.env.CMS_BASE_URL ? GITHUB_TOKEN_BACKEND : name,
    repo,
    ...(process.env.CMS_BRANCH ? { branch: process.env.CMS_BRANCH } : {}),
    ...(process.env.CMS_BASE_URL ? { base_url: process.env.CMS_BASE_URL } : {}),
    ...(process.env.CMS_API_ROOT ? { api_root: process.env.CMS_API_ROOT } : {}),
    ...(process.env.CMS_APP_ID ? { app_id: process.env.CMS_APP_ID } : {}),
    ...(process.env.CMS_APP_ID && name === 'gitlab' ? { auth_type: 'pkce' as const } : {}),
  }
  await bundleAdmin(outDir, { backend, publishMode: getContentSource().publish.mode })
  console.log(`Content editor for ${name}:${repo} written to ${path.relative(process.cwd(), outDir)}/`)
}
