import type { Element, Root as HastRoot } from 'hast'
import type { Schema } from 'hast-util-sanitize'
import type { Image, Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import remarkBreaks from 'remark-breaks'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified, type Plugin } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { IMAGE_SIZES } from './image-variants'
import type { ImageSize } from './images'
import { rehypeBlockIds, remarkBlockIds } from './obsidian/block-ids'
import { CALLOUT_CLASSES, rehypeCalloutIcons, remarkCallouts } from './obsidian/callouts'
import { remarkHighlights } from './obsidian/highlights'
import { remarkTransclusion, subpathAnchor, type TranscludedPage } from './obsidian/transclusion'
import { parseImageSize, shownSize, type WrittenSize } from './obsidian/image-sizes'
import { remarkObsidianMath } from './obsidian/math'
import { parseMarkdown } from './parse'
import { embedClass, EMBED_CLASSES, mediaKind } from './obsidian/media'
import { linkText, parseWikiLink, WIKILINK, type WikiLink } from './obsidian/wikilinks'

/**
 * How the site reads a Markdown body, up to the sanitized HTML tree: GFM and Obsidian's syntax.
 * Browser-safe (no file, no process): the editor's preview runs it too (cms/markdown-preview.tsx);
 * lib/markdown/index.ts adds the build's steps.
 */

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
