import type { Element, Root as HastRoot } from 'hast'
import type { Blockquote, Paragraph, PhrasingContent, Root } from 'mdast'
import type { Plugin } from 'unified'
import { visit } from 'unist-util-visit'
import { lucideIcon } from './icons'

/** Obsidian's callout types, each with its aliases and its Lucide icon (Obsidian's own icon set). */
const TYPES = {
  note: { aliases: [], icon: 'pencil' },
  abstract: { aliases: ['summary', 'tldr'], icon: 'clipboard-list' },
  info: { aliases: [], icon: 'info' },
  todo: { aliases: [], icon: 'circle-check' },
  tip: { aliases: ['hint', 'important'], icon: 'flame' },
  success: { aliases: ['check', 'done'], icon: 'check' },
  question: { aliases: ['help', 'faq'], icon: 'circle-help' },
  warning: { aliases: ['caution', 'attention'], icon: 'triangle-alert' },
  failure: { aliases: ['fail', 'missing'], icon: 'x' },
  danger: { aliases: ['error'], icon: 'zap' },
  bug: { aliases: [], icon: 'bug' },
  example: { aliases: [], icon: 'list' },
  quote: { aliases: ['cite'], icon: 'quote' },
} as const

export type CalloutType = keyof typeof TYPES
const CALLOUT_TYPES = Object.keys(TYPES) as CalloutType[]

const byName = new Map<string, CalloutType>(
  CALLOUT_TYPES.flatMap((type) => [[type, type] as const, ...TYPES[type].aliases.map((alias) => [alias, type] as const)]),
)

/** The built-in type a callout's identifier names, case-insensitively; an unknown one looks like a note. */
export const calloutType = (identifier: string): CalloutType => byName.get(identifier.toLowerCase()) ?? 'note'

// `[!type]`, then `+` (folded open) or `-` (folded closed), then the title, on the quote's first line.
const HEAD = /^\[!([^\]\s]+)\]([+-]?)[ \t]*/

type Fold = 'open' | 'closed' | undefined

/** The first line of a paragraph (the callout's title) and the rest of it (the start of its content). */
function splitFirstLine(children: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  for (let i = 0; i < children.length; i++) {
    const node = children[i]
    if (node?.type === 'break') return [children.slice(0, i), children.slice(i + 1)]
    if (node?.type === 'text' && node.value.includes('\n')) {
      const cut = node.value.indexOf('\n')
      const after = node.value.slice(cut + 1)
      return [
        [...children.slice(0, i), { type: 'text', value: node.value.slice(0, cut) }],
        [...(after ? [{ type: 'text' as const, value: after }] : []), ...children.slice(i + 1)],
      ]
    }
  }
  return [children, []]
}

const titleCase = (identifier: string) => identifier.charAt(0).toUpperCase() + identifier.slice(1).toLowerCase()

const span = (className: string, children: PhrasingContent[]): PhrasingContent => ({
  type: 'emphasis',
  children,
  data: { hName: 'span', hProperties: { className: [className] } },
})

/**
 * Obsidian's callouts: a blockquote whose first line is `[!type] Title` becomes a titled box with
 * the type's icon and colour; `[!type]-` and `[!type]+` fold, closed and open, as <details>, so
 * that they fold without JavaScript. The icon is a placeholder here (the sanitizer lets no SVG
 * through), filled by rehypeCalloutIcons once the HTML is sanitized.
 */
export const remarkCallouts: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'blockquote', (node: Blockquote) => {
    if (node.data?.hName) return
    const first = node.children[0]
    if (first?.type !== 'paragraph') return
    const lead = first.children[0]
    const head = lead?.type === 'text' ? HEAD.exec(lead.value) : null
    if (!lead || lead.type !== 'text' || !head) return
    const identifier = head[1] ?? 'note'
    const fold: Fold = head[2] === '+' ? 'open' : head[2] === '-' ? 'closed' : undefined
    const type = calloutType(identifier)
    const [title, rest] = splitFirstLine([{ type: 'text', value: lead.value.slice(head[0].length) }, ...first.children.slice(1)])
    const written = title.filter((child) => child.type !== 'text' || child.value.trim() !== '')
    if (written.length > 0) {
      const last = written.at(-1)
      if (last?.type === 'text') written[written.length - 1] = { type: 'text', value: last.value.trimEnd() }
    }
    const heading: Paragraph = {
      type: 'paragraph',
      children: [
        span(`callout-icon-${type}`, []),
        span('callout-title-inner', written.length > 0 ? written : [{ type: 'text', value: titleCase(identifier) }]),
        ...(fold ? [span('callout-fold', [])] : []),
      ],
      data: { hName: fold ? 'summary' : 'div', hProperties: { className: ['callout-title'] } },
    }
    const content = [...(rest.length > 0 ? [{ ...first, children: rest }] : []), ...node.children.slice(1)]
    node.children = [
      heading,
      ...(content.length > 0
        ? [{ type: 'blockquote' as const, children: content, data: { hName: 'div', hProperties: { className: ['callout-content'] } } }]
        : []),
    ]
    node.data = {
      ...node.data,
      hName: fold ? 'details' : 'div',
      hProperties: { className: ['callout', `callout-${type}`], dataCallout: identifier.toLowerCase(), ...(fold === 'open' ? { open: true } : {}) },
    }
  })
}

/** The classes the callouts' HTML uses, for the sanitizer's allowlist. */
export const CALLOUT_CLASSES = [
  'callout',
  'callout-title',
  'callout-title-inner',
  'callout-content',
  'callout-fold',
  ...CALLOUT_TYPES.flatMap((type) => [`callout-${type}`, `callout-icon-${type}`]),
]

const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name)

function iconElement(name: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: ['callout-icon'], ariaHidden: 'true' }, children: [lucideIcon(name)] }
}

/**
 * The callouts' icons, as inline SVG: after the sanitizer, which lets no SVG through (these are the
 * site's own, from @iconify-json/lucide). A placeholder `callout-icon-<type>` becomes the icon of
 * its type; the fold marker a chevron that CSS turns when the callout opens.
 */
export const rehypeCalloutIcons: Plugin<[], HastRoot> = () => (tree) => {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || node.tagName !== 'span') return
    const type = CALLOUT_TYPES.find((name) => hasClass(node, `callout-icon-${name}`))
    if (type) {
      parent.children[index] = iconElement(TYPES[type].icon)
      return
    }
    if (hasClass(node, 'callout-fold')) {
      node.children = [lucideIcon('chevron-right')]
      node.properties.ariaHidden = 'true'
    }
  })
}
