import type { Element, ElementContent, Root } from 'hast'
import type { Plugin } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { fileKind, type FileKind } from '../../core/file-types'

/** What an embedded file other than an image is shown as (lib/core/file-types.ts). */
export type MediaKind = Exclude<FileKind, 'image'>

/** The player or viewer a file gets when embedded, from its name; undefined for other files. */
export const mediaKind = (name: string): MediaKind | undefined => {
  const kind = fileKind(name)
  return kind === 'image' ? undefined : kind
}

/** The class of the link that stands for an embedded file until rehypeMediaEmbeds makes it a player. */
export const embedClass = (kind: MediaKind) => `embed-${kind}`
export const EMBED_CLASSES = (['audio', 'video', 'pdf'] as const).map(embedClass)

/**
 * A PDF embed's subpath, as Obsidian reads it: `#page=3` opens that page, `#height=400` sets the
 * viewer's height in pixels. Other parts are kept for the viewer (the PDF "open parameters").
 */
export function pdfView(fragment: string): { fragment: string; height?: number } {
  const params = new URLSearchParams(fragment)
  const height = Number(params.get('height'))
  params.delete('height')
  const rest = params.toString()
  return { fragment: rest ? `#${rest}` : '', ...(Number.isInteger(height) && height > 0 ? { height } : {}) }
}

const classesOf = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : [])

// Only the site's own files become players: a path on this site (an attachment), never another host.
const isLocalPath = (href: string) => href.startsWith('/') && !href.startsWith('//') && !href.includes('\\')

const fileNameOf = (href: string) => {
  const pathname = href.split('#')[0] ?? href
  try {
    return decodeURIComponent(pathname.split('/').pop() ?? pathname)
  } catch {
    return pathname.split('/').pop() ?? pathname
  }
}

function player(kind: MediaKind, href: string, link: Element): Element {
  const [file = href, fragment = ''] = href.split('#')
  const name = fileNameOf(file)
  const download: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: file, download: name, className: ['embed-download'] },
    children: [{ type: 'text', value: `Download ${name}` }],
  }
  if (kind === 'pdf') {
    const view = pdfView(fragment)
    const frame: Element = {
      type: 'element',
      tagName: 'iframe',
      properties: {
        src: `${file}${view.fragment}`,
        title: name,
        loading: 'lazy',
        className: ['embed-pdf-frame'],
        ...(view.height ? { style: `height:${view.height}px` } : {}),
      },
      children: [],
    }
    return { type: 'element', tagName: 'span', properties: { className: ['embed-pdf'] }, children: [frame, download] }
  }
  // The link is the fallback content of a browser that plays no such media.
  const media: Element = {
    type: 'element',
    tagName: kind,
    properties: { src: file, controls: true, preload: 'metadata', title: name, className: [`embed-${kind}-player`] },
    children: [{ ...link, properties: { href: file } }],
  }
  return { type: 'element', tagName: 'span', properties: { className: [`embed-${kind}`] }, children: [media as ElementContent, download] }
}

/**
 * Turns the links that stand for embedded audio, video and PDF files (classes `embed-audio`,
 * `embed-video`, `embed-pdf`, from lib/markdown/index.ts) into players and an inline viewer with a
 * download link. It runs after the sanitizer, which lets no <audio>, <video> or <iframe> of the
 * author's HTML through; a link of the author's own with one of these classes can only ever
 * become a player of a file on this site.
 */
export const rehypeMediaEmbeds: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'a' || !parent || index === undefined) return
    const href = node.properties.href
    const kind = (['audio', 'video', 'pdf'] as const).find((k) => classesOf(node).includes(embedClass(k)))
    if (!kind || typeof href !== 'string' || !isLocalPath(href)) return
    parent.children.splice(index, 1, player(kind, href, node))
    return [SKIP, index + 1]
  })
}
