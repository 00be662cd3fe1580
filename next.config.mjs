import { availableParallelism } from 'node:os'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { normalizeBasePath } from './lib/core/base-path.mjs'
import { codeFingerprint } from './lib/cache/code-fingerprint.mjs'

// BASE_PATH serves the site from a sub-folder (https://user.github.io/talks-site/); lib/core/site-address.ts
// reads the same variable, through the same function, for absolute URLs.
const basePath = normalizeBasePath(process.env.BASE_PATH)

// Static generation uses `experimental.cpus` workers, by default one fewer than the cores
// (next/dist/server/config-shared.js): one worker on a 2-core machine, with the other core idle
// while pages render. Every core renders pages here; BUILD_WORKERS=1 asks for one (less memory:
// each worker loads the site's content). Pages go to workers in batches of at least
// `staticGenerationMinPagesPerWorker` (25), so a small site still uses one.
// https://nextjs.org/docs/app/api-reference/config/next-config-js/staticGeneration
const workers = Number(process.env.BUILD_WORKERS) || availableParallelism()

// The page workers draw link-preview images with sharp, whose threads each get a malloc arena of
// their own from glibc, held long after use. Two arenas per process is
// enough for one page at a time; the workers inherit it from here (other C libraries ignore it).
process.env.MALLOC_ARENA_MAX ??= '2'

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  const dev = phase === PHASE_DEVELOPMENT_SERVER
  // `next build` compiles with Turbopack in this process, whose allocator (mimalloc) keeps what it
  // freed after compiling for the rest of the build, while the page workers render beside it:
  // given back at once, the build's peak memory is lower (docs/bench/README.md). mimalloc reads this when Next loads
  // Turbopack, after this function. Not in dev, whose compiler runs all day.
  if (phase === PHASE_PRODUCTION_BUILD) process.env.MIMALLOC_PURGE_DELAY ??= '0'
  return {
    // Always a static export: everything the site does must work from files on any host.
    output: 'export',
    // Named after the code, not at random: a rebuild keeps the pages of the last build whose inputs
    // did not change (lib/build/page-reuse.ts), and those name the build in their HTML. The same code,
    // the same name; other code, another name and every page rendered again.
    generateBuildId: () => codeFingerprint(import.meta.dirname).slice(0, 20),
    trailingSlash: true,
    basePath: basePath || undefined,
    images: { unoptimized: true },
    poweredByHeader: false,
    reactStrictMode: true,
    // `npm run dev` only: files named *.dev.ts are routes (app/dev-content-events/route.dev.ts,
    // which tells open pages that content changed); the export never sees them.
    pageExtensions: dev ? ['dev.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
    // The dev server is also opened at 127.0.0.1, not only localhost: without this Next refuses its
    // live-reload connection from there (https://nextjs.org/docs/app/api-reference/config/next-config-js/allowedDevOrigins).
    allowedDevOrigins: ['127.0.0.1', '[::1]'],
    turbopack: {
      root: import.meta.dirname,
      // In dev pages get the live reload (which the export must not ship, not even unused).
      resolveAlias: dev ? { '@/components/site/dev-content-reload': './components/site/dev-content-reload.dev.tsx' } : {},
    },
    // The code is type-checked by `npm test` and `npm run check` (tsc --noEmit), once per change
    // of code; `npm run build` runs on every change of content, where checking it again costs
    // seconds of each build and finds nothing new.
    typescript: { ignoreBuildErrors: true },
    experimental: {
      cpus: workers,
      // Each worker renders this many pages at once (Next's default is 8). A talk's page and each of
      // its slides' pages carry the whole deck, and eight of them at a time hold far more memory
      // than two, which is no slower: pages render on the CPU, and there is one per worker.
      staticGenerationMaxConcurrency: 2,
      // Next 16.3+ bundles a page's small prefetch files into one response, and to choose which,
      // renders every page's segments twice (once only to gzip and measure them). Off, each
      // segment is its own file, which the browser fetches once and shares between pages: page
      // generation is faster, and out/ has more, smaller files. e2e/visitor.spec.ts walks the
      // site by its links.
      // https://nextjs.org/docs/app/api-reference/config/next-config-js/prefetchInlining
      prefetchInlining: false,
      // Turbopack keeps its compiled modules in .next/cache/turbopack/ for the next build, so a
      // rebuild compiles in less than half the time. Next 16 calls it experimental for builds: e2e/rebuild.spec.ts
      // checks that rebuilds with it export the same bytes as a build from scratch.
      // TURBOPACK_BUILD_CACHE=0 turns it off.
      turbopackFileSystemCacheForBuild: process.env.TURBOPACK_BUILD_CACHE !== '0',
    },
  }
}
