import type { Image, ListItem, Nodes, Root } from 'mdast'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import { SKIP, visit } from 'unist-util-visit'
import { rehypeShiki } from './highlight'
import { rehypeMath } from './katex'
import { parseMarkdown } from './parse'
import { joinBlocks, joinSeries, oneLine, shorten, withNested } from './prose'
import { rehypeMediaEmbeds } from './obsidian/media'
import { rehypeMermaid } from './obsidian/mermaid'
import { parseWikiLink, plainWikilinks, WIKILINK, type WikiLink } from './obsidian/wikilinks'
import { INLINE_TAG, obsidianMarkdown, type MarkdownOptions } from './rules'

/**
 * Markdown (GFM + Obsidian) to sanitized HTML. `parsed` is the body's tree from parseMarkdown,
 * when the build kept it (lib/markdown/kept-trees.ts): parsing is most of the work, and the content
 * step parsed every body for its scan already.
 */
export async function renderMarkdown(markdown: string, options: MarkdownOptions, parsed?: Root): Promise<string> {
  const processor = obsidianMarkdown(options)
    .use(rehypeMath)
    .use(rehypeMermaid)
    .use(rehypeMediaEmbeds)
    .use(rehypeShiki)
    .use(rehypeSlug)
    .use(rehypeStringify)
  if (!parsed) return String(await processor.process(markdown))
  // What process() does after parsing, on the kept tree (the file is made of the same text).
  return String(processor.stringify(await processor.run(parsed, markdown)))
}

/** What the site needs of a body besides its HTML: its links, tags and images, and its opening as text. */
export type BodyScan = { links: WikiLink[]; tags: string[]; images: string[]; excerpt: string }
/** scanBody, or what stands in for it: a cached copy of its answers (lib/content/index.ts). */
export type BodyScanner = (markdown: string, inlineTags: boolean) => BodyScan

/**
 * The wikilinks, inline tags (with `inlineTags`) and image URLs of a Markdown body, ignoring
 * code, and its excerpt, from one parse: parsing is most of the cost, and the build reads every
 * body for the link graph.
 */
export function scanBody(markdown: string, inlineTags: boolean, tree: Root = parseMarkdown(markdown)): BodyScan {
  return { ...scanTree(tree, inlineTags), excerpt: excerptOf(tree) }
}

function scanTree(tree: Root, inlineTags: boolean): Omit<BodyScan, 'excerpt'> {
  const links: WikiLink[] = []
  const tags: string[] = []
  const images: string[] = []
  visit(tree, 'image', (node: Image) => {
    images.push(node.url)
  })
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'link') return SKIP
    if (node.type !== 'text') return
    for (const m of node.value.matchAll(WIKILINK)) links.push(parseWikiLink(m[0], m[1] === '!', m[2] ?? ''))
    if (inlineTags) for (const m of node.value.matchAll(INLINE_TAG)) tags.push(m[2] ?? '')
  })
  return { links, tags, images }
}

/** The wikilinks, inline tags and image URLs of a Markdown body, ignoring code. */
export function scanMarkdown(markdown: string, inlineTags: boolean): { links: WikiLink[]; tags: string[]; images: string[] } {
  return scanTree(parseMarkdown(markdown), inlineTags)
}

/** Plain text of a body's opening, for descriptions: wikilinks show their text, Markdown goes. */
export function excerpt(markdown: string, length = 180): string {
  return excerptOf(parseMarkdown(markdown), length)
}

// What Obsidian's syntax adds to text and never shows: a callout's `[!type]-`, `==` around a
// highlight, a block's `^id`.
const CALLOUT_MARKER = /^\[![^\]\s]+\][+-]?[ \t]*/
const obsidianMarkup = (value: string) =>
  value
    .replace(CALLOUT_MARKER, '')
    .replace(/==(?=\S)|(?<=\S)==/g, '')
    .replace(/(^|\s)\^[A-Za-z0-9-]+[ \t]*$/gm, '$1')

function excerptOf(tree: Root, length = 180): string {
  return shorten(joinBlocks(blocksOf(tree)), length)
}

// Neither words of the body nor shown where it is read: code, raw HTML, display math, footnotes,
// link definitions, rules and frontmatter.
const UNREAD = new Set(['code', 'html', 'math', 'footnoteDefinition', 'definition', 'thematicBreak', 'yaml'])

/** The body's blocks as lines of text, in reading order (lib/markdown/prose.ts joins them). */
function blocksOf(node: Nodes): string[] {
  if (UNREAD.has(node.type)) return []
  if (node.type === 'heading') return [inlineText(node)]
  if (node.type === 'paragraph') {
    const first = node.children[0]
    const text = rawInlineText(node)
    // A callout's first line is its title, a block of its own: "Note. The body…", not "Note the body…".
    const title = first?.type === 'text' && CALLOUT_MARKER.test(first.value) ? text.indexOf('\n') : -1
    return title < 0 ? [oneLine(text)] : [oneLine(text.slice(0, title)), oneLine(text.slice(title + 1))]
  }
  if (node.type === 'list') return [joinSeries(node.children.map(itemText))]
  // Each row is a sentence of its cells: "Company, Platform, Stage. The Marriage Pact, Discord, Seed".
  if (node.type === 'table') return node.children.map((row) => joinSeries(row.children.map(inlineText)))
  return 'children' in node ? (node.children as Nodes[]).flatMap(blocksOf) : []
}

function itemText(item: ListItem): string {
  const own = item.children.filter((child) => child.type !== 'list').flatMap(blocksOf)
  const nested = item.children.filter((child) => child.type === 'list').flatMap(blocksOf)
  return withNested(joinBlocks(own), joinBlocks(nested))
}

function inlineText(node: Nodes): string {
  return oneLine(rawInlineText(node))
}

/** A block's words as written, wikilinks as their text, line breaks kept. */
function rawInlineText(node: Nodes): string {
  const parts: string[] = []
  visit(node, (child) => {
    if (child.type === 'html' || child.type === 'footnoteReference' || child.type === 'image') return SKIP
    if (child.type === 'text') parts.push(obsidianMarkup(child.value))
    if (child.type === 'inlineCode' || child.type === 'inlineMath') parts.push(child.value)
    if (child.type === 'break') parts.push('\n')
  })
  return plainWikilinks(parts.join(''))
}
