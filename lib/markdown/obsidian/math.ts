/**
 * Obsidian's math syntax, read from Markdown: browser-safe, as the editor's slide preview parses
 * bodies too. Typesetting and KaTeX's files are lib/markdown/katex.ts's.
 */
import type { Root, Text } from 'mdast'
import type { Plugin } from 'unified'
import { visit } from 'unist-util-visit'

/**
 * Obsidian's rule for inline math, which remark-math does not follow: a `$` that opens must not
 * be followed by whitespace and the one that closes must not follow whitespace, so that prices
 * ("$5 and $10") stay text. Such false math goes back to the text it was written as. Inline math
 * written with `$$` is shown as a display formula, as Obsidian shows it.
 * Reads the nodes' positions in `source`: run it on a fresh parse (parseMarkdown does).
 */
export function applyObsidianMathRules(tree: Root, source: string): void {
  visit(tree, 'inlineMath', (node, index, parent) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || !parent || index === undefined) return
    const raw = source.slice(start, end)
    const fence = /^\$+/.exec(raw)?.[0].length ?? 1
    const inner = raw.slice(fence, raw.length - fence)
    if (fence === 1 && (/^\s/.test(inner) || /\s$/.test(inner))) {
      const text: Text = { type: 'text', value: raw, position: node.position }
      parent.children.splice(index, 1, text)
      // Neighbouring text nodes join, so that wikilinks and tags around a price are still found.
      mergeTexts(parent.children as { type: string; value?: string }[])
      return index
    }
    if (fence === 2) node.data = { ...node.data, hProperties: { className: ['language-math', 'math-display'] } }
  })
}

function mergeTexts(children: { type: string; value?: string }[]): void {
  for (let i = children.length - 1; i > 0; i--) {
    const a = children[i - 1]
    const b = children[i]
    if (a?.type === 'text' && b?.type === 'text') {
      a.value = `${a.value ?? ''}${b.value ?? ''}`
      children.splice(i, 1)
    }
  }
}

/** applyObsidianMathRules as a remark plugin, for pipelines that parse the text themselves (MDX). */
export const remarkObsidianMath: Plugin<[], Root> = () => (tree, file) => {
  applyObsidianMathRules(tree, String(file.value))
}
