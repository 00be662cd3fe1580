import type { Element, Root } from 'hast'
import type { Plugin } from 'unified'
import { SKIP, visit } from 'unist-util-visit'

/** The class of the element that holds a diagram's source until the browser draws it. */
export const DIAGRAM_CLASS = 'mermaid-diagram'

const isMermaidCode = (node: Element) =>
  node.tagName === 'code' && Array.isArray(node.properties.className) && node.properties.className.includes('language-mermaid')

/**
 * ```mermaid code blocks become diagrams: a figure holding the source as plain code (not
 * highlighted: it runs before lib/markdown/highlight.ts and takes the block's language away), which
 * components/mdx/mermaid-diagrams.tsx draws in the browser. Without JavaScript, or before the
 * diagram is drawn, the reader sees the source as written. Runs after the sanitizer.
 */
export const rehypeMermaid: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node: Element, index, parent) => {
    const code = node.tagName === 'pre' ? node.children.find((child): child is Element => child.type === 'element') : undefined
    if (!code || !isMermaidCode(code) || !parent || index === undefined) return
    const figure: Element = {
      type: 'element',
      tagName: 'figure',
      properties: { className: [DIAGRAM_CLASS] },
      children: [{ ...node, properties: { ...node.properties, className: ['mermaid-source'] }, children: [{ ...code, properties: {} }] }],
    }
    parent.children.splice(index, 1, figure)
    return [SKIP, index + 1]
  })
}

/** Whether rendered HTML holds a diagram, so the page loads the code that draws it. */
export const hasDiagram = (html: string) => html.includes(`class="${DIAGRAM_CLASS}"`)
