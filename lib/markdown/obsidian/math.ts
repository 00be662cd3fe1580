import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Root as HastRoot } from 'hast'
import type { Root, Text } from 'mdast'
import rehypeKatex from 'rehype-katex'
import type { Plugin } from 'unified'
import { visit } from 'unist-util-visit'
import { KATEX_STYLESHEET } from '../../core/urls'

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

/**
 * KaTeX at build time. Bad TeX is shown as KaTeX shows it (its source, in red, with the error as
 * its title), as Obsidian does, rather than stopping the build. `trust` stays off: no \href or
 * \includegraphics from content. It runs after the sanitizer: its markup is KaTeX's own.
 */
export const rehypeMath: Plugin<[], HastRoot> = () => rehypeKatex({ strict: false, trust: false })

/** Whether rendered HTML holds a typeset formula, so the page loads KaTeX's stylesheet. */
export const hasMath = (html: string) => html.includes('class="katex')


const KATEX_DIST = path.join(process.cwd(), 'node_modules', 'katex', 'dist')

/** KaTeX's files as the site serves them: its stylesheet and its fonts, all in one folder. */
export function katexFileNames(): string[] {
  const fonts = readdirSync(path.join(KATEX_DIST, 'fonts')).filter((name) => name.endsWith('.woff2'))
  return [KATEX_STYLESHEET, ...fonts.sort()]
}

/**
 * Every browser the site supports reads WOFF2, so the stylesheet names only those fonts, beside
 * it: the site serves 20 small files, not 60.
 */
export function katexStylesheet(css: string): string {
  return css.replace(/src:url\(fonts\/([^)]+\.woff2)\) format\("woff2"\)[^;}]*/g, 'src:url($1) format("woff2")')
}

/** A file of katexFileNames(): its bytes and type; undefined for any other name. */
export function katexFile(name: string): { body: Uint8Array; type: string } | undefined {
  if (!katexFileNames().includes(name)) return undefined
  if (name.endsWith('.css')) {
    const css = katexStylesheet(readFileSync(path.join(KATEX_DIST, KATEX_STYLESHEET), 'utf8'))
    return { body: new TextEncoder().encode(css), type: 'text/css; charset=utf-8' }
  }
  return { body: new Uint8Array(readFileSync(path.join(KATEX_DIST, 'fonts', name))), type: 'font/woff2' }
}
