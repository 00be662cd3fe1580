import type { Element, Root } from 'hast'
import { bundledLanguages, createHighlighter, type BundledLanguage, type Highlighter } from 'shiki'
import type { Plugin } from 'unified'
import { visit } from 'unist-util-visit'

// One highlighter for the whole build: creating one per page would load the themes each time.
let highlighter: Promise<Highlighter> | undefined
const getHighlighter = () => (highlighter ??= createHighlighter({ themes: ['github-light', 'github-dark'], langs: [] }))

const isLanguage = (lang: string): lang is BundledLanguage => Object.hasOwn(bundledLanguages, lang)

function languageOf(code: Element): string | undefined {
  const classes = code.properties.className
  const list = Array.isArray(classes) ? classes : []
  const found = list.find((name) => typeof name === 'string' && name.startsWith('language-'))
  return typeof found === 'string' ? found.slice('language-'.length).toLowerCase() : undefined
}

/**
 * Highlights fenced code with a known language at build time, in light and dark colours at once
 * (CSS variables switch them), so no highlighter reaches the browser. It runs after
 * rehype-sanitize: its inline styles come from Shiki, never from the author's HTML.
 */
export const rehypeShiki: Plugin<[], Root> = () => async (tree) => {
  const blocks: { pre: Element; lang: BundledLanguage; code: string }[] = []
  visit(tree, 'element', (pre) => {
    const code = pre.tagName === 'pre' ? pre.children[0] : undefined
    if (!code || code.type !== 'element' || code.tagName !== 'code') return
    const lang = languageOf(code)
    if (!lang || !isLanguage(lang)) return
    const text = code.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
    blocks.push({ pre, lang, code: text })
  })
  if (blocks.length === 0) return
  const shiki = await getHighlighter()
  for (const block of blocks) {
    await shiki.loadLanguage(block.lang)
    const hast = shiki.codeToHast(block.code.replace(/\n$/, ''), {
      lang: block.lang,
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: 'light',
      // No time limit per line: under load Shiki would leave the rest of a slow line uncoloured, and
      // a page's HTML must depend on its text alone (the build caches and reuses it).
      tokenizeTimeLimit: 0,
    })
    const highlighted = hast.children[0]
    if (highlighted?.type === 'element') Object.assign(block.pre, highlighted)
  }
}
