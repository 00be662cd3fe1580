'use client'

import { useEffect, useRef } from 'react'
import { MERMAID_MODULE, routes, withBasePath } from '@/lib/core/urls'

type Mermaid = typeof import('mermaid').default

const DARK = '(prefers-color-scheme: dark)'

/**
 * mermaid.render() puts its CSS in a <style> element inside the SVG, which the pages' policy
 * (`style-src 'self'`) refuses, and it draws (and measures its labels) with that CSS in place.
 * While it renders, a <style> it asks for is an inert <template> whose CSS goes into `sheet`, a
 * constructed stylesheet adopted by the document, which CSP does not govern: the same rules apply,
 * with no inline style element.
 */
async function renderWithoutStyleElement(mermaid: Mermaid, id: string, source: string, sheet: CSSStyleSheet, rules: Map<string, string>) {
  const createElement = document.createElement
  document.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    if (tagName.toLowerCase() !== 'style') return createElement.call(this, tagName, options)
    const inert = createElement.call(this, 'template')
    Object.defineProperty(inert, 'innerHTML', {
      set(css: string) {
        rules.set(id, css)
        sheet.replaceSync([...rules.values()].join('\n'))
      },
      get: () => '',
    })
    return inert
  } as typeof document.createElement
  try {
    return await mermaid.render(id, source)
  } finally {
    document.createElement = createElement
  }
}

/** The drawn SVG as nodes of this document, without any <style> or <template> in it. */
function svgNodes(svg: string): SVGSVGElement | undefined {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement
  if (parsed.nodeName !== 'svg') return undefined
  for (const element of parsed.querySelectorAll('style, template')) element.remove()
  return document.importNode(parsed, true) as unknown as SVGSVGElement
}

let instance = 0

/**
 * Draws the Mermaid diagrams of the body just before it (lib/markdown/obsidian/mermaid.ts), in the
 * browser, with the site's own copy of mermaid, loaded only by pages that have a diagram. Until
 * it draws, and without JavaScript, the diagram's source shows as code. Mermaid is imported from
 * the site's own /mermaid/ folder (lib/markdown/obsidian/mermaid-files.ts), not bundled. Follows the light or dark
 * scheme, and draws again when it changes.
 */
export function MermaidDiagrams() {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const scope = marker.current?.previousElementSibling
    const figures = scope ? [...scope.querySelectorAll<HTMLElement>('figure.mermaid-diagram')] : []
    if (figures.length === 0) return
    const prefix = `mermaid-${++instance}`
    const sheet = new CSSStyleSheet()
    const rules = new Map<string, string>()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    const scheme = matchMedia(DARK)
    let cancelled = false
    let drawing = Promise.resolve()

    const draw = async () => {
      const { default: mermaid } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ withBasePath(routes.mermaid(MERMAID_MODULE)))) as {
        default: Mermaid
      }
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: scheme.matches ? 'dark' : 'default', suppressErrorRendering: true })
      rules.clear()
      for (const [index, figure] of figures.entries()) {
        const source = figure.querySelector('pre')
        if (cancelled || !source) return
        try {
          const { svg, diagramType } = await renderWithoutStyleElement(mermaid, `${prefix}-${index}`, source.textContent ?? '', sheet, rules)
          const drawn = svgNodes(svg)
          if (!drawn || cancelled) continue
          // Its name for assistive technology: the diagram's own accTitle, else its kind.
          if (!drawn.hasAttribute('aria-labelledby')) drawn.setAttribute('aria-label', `${diagramType.replace(/-v\d+$/, '')} diagram`)
          drawn.setAttribute('role', 'img')
          figure.querySelector(':scope > .mermaid-drawn')?.remove()
          const holder = document.createElement('div')
          holder.className = 'mermaid-drawn'
          holder.append(drawn)
          figure.append(holder)
          source.hidden = true
        } catch (error) {
          // A diagram Mermaid cannot read stays as its source, as Obsidian shows it with an error.
          source.hidden = false
          figure.querySelector(':scope > .mermaid-drawn')?.remove()
          console.warn('Mermaid could not draw a diagram:', error)
        }
      }
    }
    const redraw = () => {
      drawing = drawing.then(draw)
    }
    redraw()
    scheme.addEventListener('change', redraw)
    return () => {
      cancelled = true
      scheme.removeEventListener('change', redraw)
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
    }
  }, [])
  return <span ref={marker} hidden />
}
