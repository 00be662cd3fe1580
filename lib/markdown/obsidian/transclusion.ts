import { slug as slugHeading } from 'github-slugger'
import type { BlockContent, List, Nodes, Paragraph, Parent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Plugin } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { linkText, parseWikiLink, type WikiLink } from './wikilinks'
import { blockIdOf, dropBlockIds, markBlockIds } from './block-ids'
import { stripComments } from './comments'

/** A published page whose content a `![[Note]]` shows in place: its Markdown and where it lives. */
export type TranscludedPage = { markdown: string; url: string; title: string }

/** The anchor of a link's part after "#": a block id as written (`^id`), a heading by its slug. */
export const subpathAnchor = (subpath: string) => (subpath.startsWith('^') ? subpath : slugHeading(subpath))

/** How deep embeds inside embeds go; deeper, an embed stays a link. */
export const MAX_DEPTH = 3

export type TransclusionOptions = {
  /** The page a `![[…]]` names, when it is a published page (a file, a private note or nothing: undefined). */
  transclude?: (link: WikiLink) => TranscludedPage | undefined
  /** The parser of the body itself, so that an embedded note reads as its own page does. */
  parse: (markdown: string) => Root
}

// A paragraph that is one embed and nothing else: inside a sentence an embed stays a link.
const ALONE = /^!\[\[([^[\]\n]+?)\]\]$/

const block = (className: string, children: RootContent[]): BlockContent => ({
  type: 'blockquote',
  children: children as BlockContent[],
  data: { hName: 'div', hProperties: { className: [className] } },
})

function missing(what: string, title: string): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: `${what} not found in “${title}”.` }],
    data: { hProperties: { className: ['transclusion-missing'] } },
  }
}

/** The part of a note that a link's subpath names: a heading and its section, a block, or all of it; undefined when it is not there. */
function section(tree: Root, subpath: string | undefined): RootContent[] | undefined {
  markBlockIds(tree)
  if (!subpath) return tree.children
  if (subpath.startsWith('^')) {
    const id = subpath.slice(1)
    let found: RootContent[] | undefined
    visit(tree, (node: Nodes, _index, parent: Parent | undefined) => {
      if (found || blockIdOf(node) !== id) return
      // A list item is shown in a list of its own kind.
      found = node.type === 'listItem' ? [{ type: 'list', ordered: parent?.type === 'list' && (parent as List).ordered === true, spread: false, children: [node] }] : [node as RootContent]
      return SKIP
    })
    return found
  }
  const wanted = slugHeading(subpath)
  const start = tree.children.findIndex((node) => node.type === 'heading' && slugHeading(toString(node)) === wanted)
  const heading = tree.children[start]
  if (heading?.type !== 'heading') return undefined
  // The heading and what follows it, up to the next heading of its level or higher.
  const end = tree.children.findIndex((node, i) => i > start && node.type === 'heading' && node.depth <= heading.depth)
  return tree.children.slice(start, end === -1 ? undefined : end)
}

function transcludeIn(tree: Parent, options: TransclusionOptions, stack: readonly string[]): void {
  visit(tree, 'paragraph', (node: Paragraph, index: number | undefined, parent: Parent | undefined) => {
    const only = node.children.length === 1 ? node.children[0] : undefined
    const match = only?.type === 'text' ? ALONE.exec(only.value.trim()) : null
    if (!match || !parent || index === undefined) return
    const link = parseWikiLink(match[0], true, match[1] ?? '')
    if (!link.target) return
    const page = options.transclude?.(link)
    // An embed of a page already being shown (A embeds B embeds A), or too deep, stays a link.
    if (!page || stack.includes(page.url) || stack.length >= MAX_DEPTH) return
    const embedded = options.parse(stripComments(page.markdown))
    const found = section(embedded, link.heading)
    // A copy of a block is not the block: ids stay with the note that has it.
    for (const child of found ?? []) dropBlockIds(child)
    const what = link.heading?.startsWith('^') ? 'Block' : 'Heading'
    const container = block('transclusion-content', found ?? [missing(`${what} “${link.heading ?? ''}”`, page.title)])
    transcludeIn(container as Parent, options, [...stack, page.url])
    // A part that is not there has no anchor to land on: the link goes to the page.
    const url = link.heading && found ? `${page.url}#${subpathAnchor(link.heading)}` : page.url
    const source: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'link', url, children: [{ type: 'text', value: linkText(link) }], data: { hProperties: { className: ['wikilink'] } } }],
      data: { hProperties: { className: ['transclusion-source'] } },
    }
    parent.children.splice(index, 1, block('transclusion', [source, container]) as Parent['children'][number])
    return SKIP
  })
}

/**
 * Obsidian's transclusion: a paragraph that is only `![[Note]]`, `![[Note#Heading]]` or
 * `![[Note#^id]]` shows that note, that heading's section or that block in place, rendered as
 * the rest of the body, with a link to where it comes from. Embeds inside go MAX_DEPTH deep and
 * never round in a circle. A private note, a file or a missing note is left to remarkObsidian
 * (plain text, the file's embed, a "not written yet" mark); a missing heading or block shows
 * that it was not found.
 */
export const remarkTransclusion: Plugin<[TransclusionOptions], Root> = (options) => (tree) => {
  transcludeIn(tree, options, [])
}
