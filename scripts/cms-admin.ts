/**
 * The editor in production: out/admin/ exists only when a git host backs it, since a static host
 * has no decap-server. Set at build time:
 *   CMS_BACKEND=github|gitlab|gitea  CMS_REPO=owner/repo  [CMS_BRANCH=main]
 *   [CMS_BASE_URL]  the OAuth provider or proxy Decap signs in through
 *   [CMS_API_ROOT]  a self-hosted instance's API
 *   [CMS_APP_ID]    the OAuth application's id: GitLab (sign-in with PKCE, no proxy) and Gitea
 */
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { DecapBackend } from '@/content-schema/decap'
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
    name,
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
