import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import tailwind from '@tailwindcss/postcss'
import { build, type Plugin } from 'esbuild'
import postcss, { type AcceptedPlugin } from 'postcss'
import type { DecapConfigOptions } from '@/content-schema/decap'

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Content editor</title>
  </head>
  <body>
    <script src="admin.js"></script>
  </body>
</html>
`

/**
 * The preview renders with lib/markdown's rules, whose modules also hold build-only steps that read
 * files (KaTeX's stylesheet, image sizes). The preview never calls those, but their modules import
 * node:fs and node:path: each is an empty module without side effects here, so esbuild drops it
 * with the unused code, and a browser call of one would fail loudly rather than silently.
 */
const nodeBuiltinsUnused: Plugin = {
  name: 'node-builtins-unused',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-builtin', sideEffects: false }))
    build.onLoad({ filter: /.*/, namespace: 'node-builtin' }, () => ({ contents: 'module.exports = {}', loader: 'js' }))
  },
}

/** The site's stylesheet (app/globals.css through Tailwind, as Next builds it), for the editor's preview. */
async function siteStylesheet(): Promise<string> {
  const from = path.resolve('app/globals.css')
  // The plugin is typed against its own copy of postcss (a patch release apart from Next's, this one).
  const plugin = tailwind({ optimize: { minify: true } }) as unknown as AcceptedPlugin
  const result = await postcss([plugin]).process(readFileSync(from, 'utf8'), { from })
  return result.css
}

/**
 * Writes the editor's page, its one script (Decap included: no CDN at run time) and the site's
 * stylesheet for its preview (preview.css) into dir.
 */
export async function bundleAdmin(dir: string, options: DecapConfigOptions): Promise<void> {
  mkdirSync(dir, { recursive: true })
  await build({
    entryPoints: [path.resolve('cms/admin.tsx')],
    outfile: path.join(dir, 'admin.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    logLevel: 'warning',
    define: {
      CMS_OPTIONS: JSON.stringify(options),
      'process.env.NODE_ENV': '"production"',
      global: 'globalThis',
    },
    loader: { '.wasm': 'file' },
    plugins: [nodeBuiltinsUnused],
  })
  writeFileSync(path.join(dir, 'preview.css'), await siteStylesheet())
  writeFileSync(path.join(dir, 'index.html'), page)
}
