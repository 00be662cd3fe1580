/**
 * A body's Markdown tree, as every reader of bodies parses it (rendering, scanning, slides, the
 * editor's slide preview): GFM and math, with Obsidian's rule for `$`, which needs the text;
 * Obsidian's other syntax is read from its text. Browser-safe: the editor's bundle parses with it.
 */
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { applyObsidianMathRules } from './obsidian/math'

export function parseMarkdown(markdown: string): Root {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(markdown) as Root
  applyObsidianMathRules(tree, markdown)
  return tree
}
