import type { Element, Root as HastRoot } from 'hast'
import type { Schema } from 'hast-util-sanitize'
import type { Image, Link, ListItem, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkBreaks from 'remark-breaks'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified, type Plugin } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { rehypeShiki } from './highlight'
import { IMAGE_SIZES } from './image-variants'
import type { ImageSize } from './images'
import { rehypeBlockIds, remarkBlockIds } from './obsidian/block-ids'
import { CALLOUT_CLASSES, rehypeCalloutIcons, remarkCallouts } from './obsidian/callouts'
import { remarkHighlights } from './obsidian/highlights'
import { remarkTransclusion, subpathAnchor, type TranscludedPage } from './obsidian/transclusion'
import { parseImageSize, shownSize, type WrittenSize } from './obsidian/image-sizes'
import { rehypeMath } from './katex'
import { remarkObsidianMath } from './obsidian/math'
import { parseMarkdown } from './parse'
import { joinBlocks, joinSeries, oneLine, shorten, withNested } from './prose'
import { embedClass, EMBED_CLASSES, mediaKind, rehypeMediaEmbeds } from './obsidian/media'
import { rehypeMermaid } from './obsidian/mermaid'
import { linkText, parseWikiLink, plainWikilinks, WIKILINK, type WikiLink } from './obsidian/wikilinks'

/** What a wikilink points at, once resolved against the published pages and attachments. */
export type LinkTarget =
  | { kind: 'page'; url: string; title: string; description?: string }
  | { kind: 'file'; url: string; name: string; isImage: boolean; size?: ImageSize; srcSet?: string }
  /** A note the site keeps private (PUBLISH=marked): the link shows the text written, and nothing of the note. */
  | { kind: 'private' }

/** Where a Markdown image is served from, its size when the file gives one, and its smaller copies. */
export type ImageInfo = { src: string; size?: ImageSize; srcSet?: string }

export type MarkdownOptions = {
  resolve: (link: WikiLink) => LinkTarget | undefined
  /** Inline #tags become links (notes only: in talks "#1" is not a tag). */
  tagUrl?: (tag: string) => string
  /** Footnote label -> number in the page's merged sources list (talk slides). */
  footnoteSources?: ReadonlyMap<string, number>
  /** Demotes headings ("#" -> h3 with 2), so a slide's headings sit below the page's own. */
  headingShift?: number
  /** A single newline is a line break, as Obsidian shows notes by default. */
  softBreaks?: boolean
  /**
   * Resolves the URL of a Markdown image (`![alt](url)`): its src and size, "missing" when it
   * names a local file that does not exist, undefined to leave it as written (another site).
   */
  image?: (url: string) => ImageInfo | 'missing' | undefined
  /** Images load at once rather than lazily: the first slide, on screen when the page opens. */
  eagerImages?: boolean
  /** The Markdown of the published page that `![[Note]]` shows in place (lib/markdown/obsidian/transclusion.ts). */
  transclude?: (link: WikiLink) => TranscludedPage | undefined
}

// A tag starts after whitespace or "(" and has at least one letter: "#1" is not a tag.
export const INLINE_TAG = /(^|[\s(])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu

const text = (value: string): Text => ({ type: 'text', value })

function span(className: string, children: PhrasingContent[], title?: string): PhrasingContent {
  // An mdast node that remark-rehype turns into <span class=...>.
  return {
    type: 'emphasis',
    children,
    data: { hName: 'span', hProperties: { className: [className], ...(title ? { title } : {}) } },
  }
}

function linkNode(url: string, children: PhrasingContent[], className: string): Link {
  return { type: 'link', url, children, data: { hProperties: { className: [className] } } }
}

function imageProperties({ size, srcSet }: { size?: ImageSize; srcSet?: string }, options: MarkdownOptions, written?: WrittenSize) {
  const shown = shownSize(written, size)
  return {
    ...shown,
    // A written width is the most the image is shown at: the browser picks the copy for it.
    ...(srcSet ? { srcSet, sizes: written ? `min(100vw, ${shown.width}px)` : IMAGE_SIZES } : {}),
    ...(options.eagerImages ? {} : { loading: 'lazy', decoding: 'async' }),
  }
}

function wikiLinkNodes(link: WikiLink, options: MarkdownOptions): PhrasingContent[] {
  // Every form shows what the author wrote (linkText), never the target's own name or title.
  const shown = linkText(link)
  // [[#Heading]]: a heading of this very page, whatever page that is.
  if (!link.target && link.heading) return [linkNode(`#${subpathAnchor(link.heading)}`, [text(shown)], 'wikilink')]
  const target = options.resolve(link)
  if (!target) return [span('wikilink-missing', [text(shown)], 'Not written yet')]
  if (target.kind === 'private') return [text(shown)]
  if (target.kind === 'file') {
    if (link.embed && target.isImage) {
      // ![[a.png|300]], ![[a.png|300x200]]: a size, not alt text; a "#…" part is no alt text either.
      const written = link.label === undefined ? undefined : parseImageSize(link.label)
      const image: Image = {
        type: 'image',
        url: target.url,
        alt: (written ? written.alt : link.label) ?? target.name.replace(/\.[^.]+$/, ''),
        data: { hProperties: imageProperties(target, options, written) },
      }
      return [image]
    }
    const kind = link.embed ? mediaKind(target.name) : undefined
    if (kind) {
      // A link until rehypeMediaEmbeds makes it a player (audio, video) or a viewer (PDF, at #page=3).
      const url = kind === 'pdf' && link.heading ? `${target.url}#${link.heading}` : target.url
      return [linkNode(url, [text(target.name)], embedClass(kind))]
    }
    return [linkNode(target.url, [text(shown)], 'wikilink')]
  }
  const url = link.heading ? `${target.url}#${subpathAnchor(link.heading)}` : target.url
  if (link.embed) {
    const parts: PhrasingContent[] = [linkNode(url, [text(shown)], 'wikilink')]
    if (target.description) parts.push(span('wikilink-embed-description', [text(target.description)]))
    return [span('wikilink-embed', parts)]
  }
  return [linkNode(url, [text(shown)], 'wikilink')]
}

function splitText(value: string, options: MarkdownOptions): PhrasingContent[] | null {
  const pattern = options.tagUrl
    ? new RegExp(`${WIKILINK.source}|${INLINE_TAG.source}`, 'gu')
    : new RegExp(WIKILINK.source, 'g')
  const out: PhrasingContent[] = []
  let last = 0
  let changed = false
  for (const m of value.matchAll(pattern)) {
    const index = m.index ?? 0
    if (m[0].includes('[[')) {
      out.push(text(value.slice(last, index)))
      out.push(...wikiLinkNodes(parseWikiLink(m[0], m[1] === '!', m[2] ?? ''), options))
    } else if (options.tagUrl) {
      const lead = m[3] ?? ''
      const tag = m[4] ?? ''
      out.push(text(value.slice(last, index) + lead))
      out.push(linkNode(options.tagUrl(tag), [text(`#${tag}`)], 'tag'))
    }
    last = index + m[0].length
    changed = true
  }
  if (!changed) return null
  out.push(text(value.slice(last)))
  return out.filter((node) => node.type !== 'text' || node.value !== '')
}

/** Obsidian's syntax on top of GFM: wikilinks, embeds, inline #tags, and slide footnotes. */
export const remarkObsidian: Plugin<[MarkdownOptions], Root> = (options) => (tree) => {
  // Images first, links included ([![badge](x.svg)](url)): the pass below skips links' contents.
  visit(tree, 'image', (node: Image, index: number | undefined, parent: Parent | undefined) => {
    const info = options.image?.(node.url)
    if (info === 'missing' && parent && index !== undefined) {
      // Shown as its alt text, like a wikilink to nothing: never a broken image (content report lists it).
      parent.children.splice(index, 1, span('wikilink-missing', [text(node.alt || node.url)], `Image not found: ${node.url}`))
      return index + 1
    }
    if (info && info !== 'missing') node.url = info.src
    // ![a diagram|300](a.png), ![|300x200](a.png): Obsidian's size after the alt text.
    const written = parseImageSize(node.alt ?? '')
    if (written) node.alt = written.alt ?? ''
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...imageProperties(info && info !== 'missing' ? info : {}, options, written) } }
  })
  visit(tree, (node: Nodes, index: number | undefined, parent: Parent | undefined) => {
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'inlineCode') {
      return SKIP
    }
    if (node.type === 'heading' && options.headingShift) {
      node.depth = Math.min(6, node.depth + options.headingShift) as typeof node.depth
    }
    if (node.type === 'text' && parent && index !== undefined) {
      const replacement = splitText(node.value, options)
      if (!replacement) return
      parent.children.splice(index, 1, ...(replacement as Parent['children']))
      return index + replacement.length
    }
    if (options.footnoteSources) {
      if (node.type === 'footnoteDefinition' && parent && index !== undefined) {
        parent.children.splice(index, 1)
        return index
      }
      if (node.type === 'footnoteReference' && parent && index !== undefined) {
        const number = options.footnoteSources.get(node.identifier)
        const ref: PhrasingContent = number
          ? {
              type: 'emphasis',
              data: { hName: 'sup', hProperties: { className: ['source-ref'] } },
              children: [linkNode(`#source-${number}`, [text(String(number))], 'source-ref-link')],
            }
          : text('')
        parent.children.splice(index, 1, ref)
        return index + 1
      }
    }
  })
}

// GitHub's sanitizer schema, plus the classes this renderer itself emits. Raw HTML in content is
// untrusted: scripts, event handlers, javascript: URLs and iframes do not survive.
// The sanitizer uses the first definition of an attribute, so <a>'s className list replaces the
// default one (footnote back-links) rather than following it. Ids and names from content keep
// GitHub's "user-content-" prefix: unprefixed, <img name="getElementById"> or id="__next" would
// clobber document properties the page's scripts use (DOM clobbering). remark-rehype therefore
// adds no prefix of its own, and linkPrefixedTargets points in-page links at the prefixed ids.
// srcset and sizes: this renderer's smaller copies of an image; an image's URL never runs script.
// Obsidian's syntax adds <mark> (highlights), callouts' and transclusions' classes, and block ids
// as data-block-id (rehypeBlockIds makes them ids after the sanitizer).
const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: 'user-content-',
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'dataBlockId'],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', ...CALLOUT_CLASSES, 'transclusion', 'transclusion-content'], 'dataCallout'],
    details: [...(defaultSchema.attributes?.details ?? []), ['className', ...CALLOUT_CLASSES], 'dataCallout'],
    summary: [...(defaultSchema.attributes?.summary ?? []), ['className', 'callout-title']],
    p: [...(defaultSchema.attributes?.p ?? []), ['className', 'transclusion-source', 'transclusion-missing']],
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((d) => !(Array.isArray(d) && d[0] === 'className')),
      ['className', 'data-footnote-backref', 'wikilink', 'tag', 'source-ref-link', ...EMBED_CLASSES],
    ],
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'wikilink-missing', 'wikilink-embed', 'wikilink-embed-description', ...CALLOUT_CLASSES], 'title'],
    sup: [...(defaultSchema.attributes?.sup ?? []), ['className', 'source-ref']],
    img: [...(defaultSchema.attributes?.img ?? []), ['loading', 'lazy'], ['decoding', 'async'], 'srcSet', 'sizes'],
    // Math: remark-math marks inline formulas, and display ones written inline with $$.
    code: [['className', /^language-./, 'math-inline', 'math-display']],
  },
}

const keepSoftBreaks: Plugin<[], Root> = () => undefined

const PREFIX = 'user-content-'

/** "#fn-1" -> "#user-content-fn-1" where the sanitizer prefixed the target's id (footnotes). */
const linkPrefixedTargets: Plugin<[], HastRoot> = () => (tree) => {
  const ids = new Set<string>()
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id)
  })
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return
    if (!href.startsWith(`#${PREFIX}`) && ids.has(`${PREFIX}${href.slice(1)}`)) node.properties.href = `#${PREFIX}${href.slice(1)}`
  })
}

/**
 * The site's Markdown rules (GFM + Obsidian: wikilinks, embeds, callouts, highlights, block ids,
 * tags) up to the sanitized HTML tree, without what needs the build (highlighting, diagrams,
 * media players, math, heading ids): it runs in the browser too, for the editor's preview
 * (cms/markdown-preview.tsx), so the preview follows the same rules as the pages.
 */
export function obsidianMarkdown(options: MarkdownOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkObsidianMath)
    .use(remarkTransclusion, { transclude: options.transclude, parse: parseMarkdown })
    .use(remarkCallouts)
    .use(remarkBlockIds)
    .use(remarkHighlights)
    .use(options.softBreaks ? remarkBreaks : keepSoftBreaks)
    .use(remarkObsidian, options)
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    .use(linkPrefixedTargets)
    .use(rehypeBlockIds)
    .use(rehypeCalloutIcons)
}

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
