import type { Element, Root as HastRoot } from 'hast'
import type { Nodes, Parent, Root } from 'mdast'
import type { Plugin } from 'unified'
import { SKIP, visit } from 'unist-util-visit'

// `^id` at the end of a block's last line: letters, digits and dashes, as Obsidian makes them.
const TRAILING = /(^|[ \t]+|\n)\^([A-Za-z0-9-]+)[ \t]*$/
const ALONE = /^\^([A-Za-z0-9-]+)$/
// A line `^id` after these (a blank line between) names them: Obsidian's way for structured blocks.
const STRUCTURED = new Set(['table', 'blockquote', 'list', 'code', 'math'])

/** The element id of a block id: `^id`, as Obsidian's links write it (`[[Note#^id]]` -> `#^id`). */
const blockAnchor = (id: string) => `^${id}`

const setBlockId = (node: Nodes, id: string) => {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataBlockId: id } }
}

/** The block id a node was given by markBlockIds, if any. */
export const blockIdOf = (node: Nodes): string | undefined => {
  const id = node.data?.hProperties?.dataBlockId
  return typeof id === 'string' ? id : undefined
}

/**
 * Obsidian's block ids: each `^id` marker is taken out of the text and its block (a paragraph, the
 * list item it ends, or the table, quote or list before a line of its own) is given the id, as
 * `data-block-id` (the sanitizer keeps it as it is; rehypeBlockIds makes it the element's id).
 * Code is left as written.
 */
export function markBlockIds(tree: Root): void {
  visit(tree, (node: Nodes, index: number | undefined, parent: Parent | undefined) => {
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP
    if (node.type !== 'paragraph' || !parent || index === undefined) return
    const last = node.children.at(-1)
    if (last?.type !== 'text') return
    const alone = node.children.length === 1 ? ALONE.exec(last.value.trim()) : null
    const previous = index > 0 ? parent.children[index - 1] : undefined
    if (alone?.[1] && previous && STRUCTURED.has(previous.type)) {
      setBlockId(previous, alone[1])
      parent.children.splice(index, 1)
      return index
    }
    const trailing = TRAILING.exec(last.value)
    if (!trailing?.[2]) return
    last.value = last.value.slice(0, trailing.index)
    if (last.value === '') node.children.pop()
    // In a list item, the id names the item (Obsidian links to the whole item).
    setBlockId(parent.type === 'listItem' && parent.children[0] === node ? (parent as Nodes) : node, trailing[2])
    return SKIP
  })
}

/** Removes the block ids of a tree: a copy of a block elsewhere (a transclusion) does not take its id. */
export function dropBlockIds(tree: Nodes): void {
  visit(tree, (node: Nodes) => {
    if (node.data?.hProperties && 'dataBlockId' in node.data.hProperties) delete node.data.hProperties.dataBlockId
  })
}

export const remarkBlockIds: Plugin<[], Root> = () => markBlockIds

const VALID = /^[A-Za-z0-9-]+$/

/**
 * After the sanitizer: `data-block-id="x"` becomes `id="^x"`. Such an id cannot clobber a property
 * that scripts use (no name of JavaScript starts with "^"), so it needs no "user-content-" prefix,
 * and `[[Note#^x]]` links to it as Obsidian writes it.
 */
export const rehypeBlockIds: Plugin<[], HastRoot> = () => (tree) => {
  visit(tree, 'element', (node: Element) => {
    const id = node.properties.dataBlockId
    if (id === undefined) return
    delete node.properties.dataBlockId
    if (typeof id === 'string' && VALID.test(id)) node.properties.id = blockAnchor(id)
  })
}
