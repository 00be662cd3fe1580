import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import tailwind from '@tailwindcss/postcss'
import { build } from 'esbuild'
import postcss, { type AcceptedPlugin } from 'postcss'
import type { DecapConfigOptions } from '@/content-schema/decap'
import type { PublishMode } from '@/lib/core/model'

/** What the editor's script is built with: Decap's settings, and which notes the build publishes (lib/core/publish.ts). */
export type AdminOptions = DecapConfigOptions & { publishMode: PublishMode }

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
export async function bundleAdmin(dir: string, options: AdminOptions): Promise<void> {
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
  })
  writeFileSync(path.join(dir, 'preview.css'), await siteStylesheet())
  writeFileSync(path.join(dir, 'index.html'), page)
}
