/**
 * KaTeX: formulas typeset at build time, and the site's own copy of KaTeX's stylesheet and fonts
 * (app/katex/[file]), so no page loads them from a CDN and only pages with a formula load them.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Root as HastRoot } from 'hast'
import rehypeKatex from 'rehype-katex'
import type { Plugin } from 'unified'
import { KATEX_STYLESHEET } from '../core/urls'

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
