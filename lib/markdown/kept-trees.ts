import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Root } from 'mdast'
import { cacheFolder, cacheKey, codeOf, writeFileAtomically } from '../cache/files'
import { parseMarkdown } from './parse'

/**
 * Markdown trees kept between the steps of a build, so that a body is parsed once: the content
 * step parses every note for its scan (lib/content/index.ts) and keeps the tree here, and the page
 * workers render the note from it (lib/pages/render.ts) rather than parse it again: reading a
 * kept tree costs a small fraction of a parse.
 * Keyed by the text and the parser (lib/markdown/index.ts, and the versions package-lock.json pins), so
 * a tree is never read for other text or by another parser.
 */
const parser = codeOf(['lib/markdown'])

/**
 * A tree as it is kept: JSON, without the nodes' positions in the text, which nothing the
 * renderer does reads (half the bytes; lib/markdown/index.test.ts renders both and compares).
 */
export const treeJson = (tree: Root) => JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))

/** Trees kept as files in `folder`. */
export function treeStore(folder: string) {
  const treeFile = (markdown: string) => path.join(folder, `${cacheKey({ parser: parser(), markdown })}.json`)
  return {
    /** The tree of `markdown` (parseMarkdown), kept for the steps after this one. */
    parseAndKeep(markdown: string): Root {
      const tree = parseMarkdown(markdown)
      writeFileAtomically(treeFile(markdown), treeJson(tree))
      return tree
    },
    /** The tree of `markdown` that an earlier step kept, if there is one. */
    keptTree(markdown: string): Root | undefined {
      try {
        return JSON.parse(readFileSync(treeFile(markdown), 'utf8')) as Root
      } catch {
        return undefined
      }
    },
  }
}

/** The build's trees, in its cache. */
export const { parseAndKeep, keptTree } = treeStore(cacheFolder('markdown-trees'))
