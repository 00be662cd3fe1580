import type { Element, ElementContent, Properties } from 'hast'
import lucide from '@iconify-json/lucide/icons.json' with { type: 'json' }

type IconSet = { icons: Record<string, { body: string }>; aliases?: Record<string, { parent: string }>; width?: number; height?: number }
const set = lucide as IconSet

/** The SVG markup of a Lucide icon's body (an alias followed to its icon); throws for an unknown name. */
function iconBody(name: string): string {
  const icon = set.icons[name] ?? set.icons[set.aliases?.[name]?.parent ?? '']
  if (!icon) throw new Error(`No Lucide icon named "${name}"`)
  return icon.body
}

// Iconify bodies are a few well-formed SVG elements with double-quoted attributes: read as such.
const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"]*")*)\s*(\/?)>/g
const ATTRIBUTE = /([a-zA-Z:-]+)="([^"]*)"/g

function parseBody(body: string): ElementContent[] {
  const root: Element = { type: 'element', tagName: 'g', properties: {}, children: [] }
  const stack: Element[] = [root]
  for (const [, closing, tagName = '', attributes = '', selfClosing] of body.matchAll(TAG)) {
    if (closing) {
      stack.pop()
      continue
    }
    const properties: Properties = {}
    for (const [, name = '', value = ''] of attributes.matchAll(ATTRIBUTE)) properties[name] = value
    const element: Element = { type: 'element', tagName, properties, children: [] }
    stack.at(-1)?.children.push(element)
    if (!selfClosing) stack.push(element)
  }
  return root.children
}

/** A Lucide icon as an inline <svg> element, 1em square, hidden from assistive technology. */
export function lucideIcon(name: string): Element {
  return {
    type: 'element',
    tagName: 'svg',
    properties: {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${set.width ?? 24} ${set.height ?? 24}`,
      width: '1em',
      height: '1em',
      ariaHidden: 'true',
      focusable: 'false',
    },
    children: parseBody(iconBody(name)),
  }
}
