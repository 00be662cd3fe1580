/**
 * The site's own copy of Mermaid for the browser (app/mermaid/[file]): the ready-built ES modules
 * that the mermaid package ships (dist/mermaid.esm.min.mjs and its chunks), served as they are,
 * so no page loads Mermaid from a CDN and only pages with a diagram load it
 * (components/mdx/mermaid-diagrams.tsx). Served rather than bundled: Turbopack spent more than half
 * of each build's compile on Mermaid's dependency tree (50 s with it, 22 s without, on the sample
 * site), for code that is already built.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { MERMAID_MODULE } from '../../core/urls'

const MERMAID_DIST = path.join(process.cwd(), 'node_modules', 'mermaid', 'dist')
/** Where the package keeps the module's chunks, relative to it; the site serves them beside it. */
const CHUNKS = 'chunks/mermaid.esm.min/'

/** Every file the site serves at /mermaid/: the module and its chunks (not their source maps). */
export function mermaidFileNames(): string[] {
  const chunks = readdirSync(path.join(MERMAID_DIST, CHUNKS)).filter((name) => name.endsWith('.mjs'))
  return [MERMAID_MODULE, ...chunks.sort()]
}

/**
 * A file of mermaidFileNames(): its bytes and type; undefined for any other name. The chunks import
 * each other as siblings ("./chunk-….mjs"); the module names them under their folder, which the
 * site flattens, so only the module's imports change, from "./chunks/mermaid.esm.min/x" to "./x".
 */
export function mermaidFile(name: string): { body: Uint8Array; type: string } | undefined {
  if (!mermaidFileNames().includes(name)) return undefined
  const file = name === MERMAID_MODULE ? path.join(MERMAID_DIST, name) : path.join(MERMAID_DIST, CHUNKS, name)
  let code = readFileSync(file, 'utf8')
  if (name === MERMAID_MODULE) code = code.replaceAll(`./${CHUNKS}`, './')
  return { body: new TextEncoder().encode(code), type: 'text/javascript; charset=utf-8' }
}
