import type { PhrasingContent, Root, Text } from 'mdast'
import type { Plugin } from 'unified'
import { SKIP, visit } from 'unist-util-visit'

const text = (value: string): Text => ({ type: 'text', value })

/** An mdast node that remark-rehype turns into <mark>. */
const mark = (children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children, data: { hName: 'mark' } })

type Marker = { child: number; at: number }

// `==` opens where text follows it, and closes where text comes before it (Obsidian: `== x ==` is no highlight).
// At the end of a text node, what follows is another inline node (`==**bold**==`): text follows.
const opensAt = (value: string, at: number, more: boolean) => (at + 2 < value.length ? !/\s/.test(value[at + 2] ?? '') : more)
const closesAt = (value: string, at: number, more: boolean) => (at > 0 ? !/\s/.test(value[at - 1] ?? '') : more)

function findMarker(children: PhrasingContent[], from: Marker, test: (value: string, at: number, more: boolean) => boolean): Marker | undefined {
  for (let child = from.child; child < children.length; child++) {
    const node = children[child]
    if (node?.type !== 'text') continue
    let at = node.value.indexOf('==', child === from.child ? from.at : 0)
    while (at !== -1) {
      const more = test === opensAt ? child + 1 < children.length : child > from.child
      if (test(node.value, at, more)) return { child, at }
      at = node.value.indexOf('==', at + 1)
    }
  }
  return undefined
}

/**
 * One pass over a parent's inline children: the first `==…==` pair becomes a <mark>, which may
 * hold other inline nodes (`==**bold** words==`). Returns false when there is none left.
 */
function highlightOnce(parent: { children: PhrasingContent[] }): boolean {
  const children = parent.children
  let search: Marker = { child: 0, at: 0 }
  for (;;) {
    const open = findMarker(children, search, opensAt)
    if (!open) return false
    // `====` is no highlight: the closing mark starts after at least one character.
    const close = findMarker(children, { child: open.child, at: open.at + 3 }, closesAt)
    if (!close) return false
    if (close.child === open.child && close.at < open.at + 3) {
      search = { child: open.child, at: open.at + 1 }
      continue
    }
    const first = children[open.child] as Text
    const last = children[close.child] as Text
    const inside: PhrasingContent[] =
      close.child === open.child
        ? [text(first.value.slice(open.at + 2, close.at))]
        : [
            text(first.value.slice(open.at + 2)),
            ...children.slice(open.child + 1, close.child),
            text(last.value.slice(0, close.at)),
          ]
    const replacement = [
      text(first.value.slice(0, open.at)),
      mark(inside.filter((node) => node.type !== 'text' || node.value !== '')),
      text(last.value.slice(close.at + 2)),
    ].filter((node) => node.type !== 'text' || node.value !== '')
    children.splice(open.child, close.child - open.child + 1, ...replacement)
    return true
  }
}

/** Obsidian's highlights: `==text==` becomes <mark>text</mark>. Code is left as written. */
export const remarkHighlights: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP
    if (!('children' in node) || !node.children.some((child) => child.type === 'text' && child.value.includes('=='))) return
    // Text nodes sit among inline siblings only: this parent's children are inline.
    const parent = node as { children: PhrasingContent[] }
    while (highlightOnce(parent));
  })
}
