import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
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

/** Writes the editor's page and its one script (Decap included: no CDN at run time) into dir. */
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
  })
  writeFileSync(path.join(dir, 'index.html'), page)
}
