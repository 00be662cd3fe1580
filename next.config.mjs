import { availableParallelism } from 'node:os'

// BASE_PATH serves the site from a sub-folder (https://user.github.io/talks-site/); lib/site-config.ts
// reads the same variable for absolute URLs.
const basePath = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '')

// Static generation uses `experimental.cpus` workers, by default one fewer than the cores
// (next/dist/server/config-shared.js): one worker on a 2-core machine, with the other core idle
// while pages render. Every core renders pages here; BUILD_WORKERS=1 asks for one (less memory:
// each worker loads the site's content). Pages go to workers in batches of at least
// `staticGenerationMinPagesPerWorker` (25), so a small site still uses one.
// https://nextjs.org/docs/app/api-reference/config/next-config-js/staticGeneration
const workers = Number(process.env.BUILD_WORKERS) || availableParallelism()

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Always a static export: everything the site does must work from files on any host.
  output: 'export',
  trailingSlash: true,
  basePath: basePath ? (basePath.startsWith('/') ? basePath : `/${basePath}`) : undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: import.meta.dirname },
  experimental: { cpus: workers },
}

export default nextConfig
