import type { FootnoteDefinition, Link } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { memoByText } from '../cache/memo'
import { parseMarkdown } from './parse'
import { inCodeFence } from '../browser/code-fences'

export type Slide = {
  /** 1-based, as shown to people and in #slide-N. */
  number: number
  markdown: string
  /** Speaker notes. Private: never rendered into a public page. */
  notes: string
}

const SEPARATOR = /^---[ \t]*$/
// reveal.js writes `Note:`, Obsidian's Advanced Slides `note:`.
const NOTE = /^[Nn]ote:[ \t]*(.*)$/

/**
 * Splits a talk's body into slides the way reveal.js and Obsidian's Advanced Slides do: a line
 * holding only `---`, with blank lines around it, starts a new slide; a line starting with
 * `Note:` (or `note:`) starts that slide's speaker notes. Lines inside fenced code never split.
 */
export function splitSlides(body: string): Slide[] {
  const lines = body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')
  const code = inCodeFence(lines)
  // Each line with whether it is code, so that a slide's `Note:` is looked for outside code too.
  const chunks: { line: string; code: boolean }[][] = [[]]
  lines.forEach((line, i) => {
    const isCode = code[i] ?? false
    if (!isCode && SEPARATOR.test(line) && (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '') {
      chunks.push([])
      return
    }
    chunks[chunks.length - 1]!.push({ line, code: isCode })
  })

  return chunks
    .map((chunk) => {
      const text = chunk.map(({ line }) => line)
      const noteAt = chunk.findIndex((entry) => !entry.code && NOTE.test(entry.line))
      if (noteAt === -1) return { markdown: text.join('\n').trim(), notes: '' }
      const first = NOTE.exec(text[noteAt]!)?.[1] ?? ''
      return {
        markdown: text.slice(0, noteAt).join('\n').trim(),
        notes: [first, ...text.slice(noteAt + 1)].join('\n').trim(),
      }
    })
    .filter((slide) => slide.markdown !== '' || slide.notes !== '')
    .map((slide, i) => ({ number: i + 1, ...slide }))
}

export type FootnoteSource = { label: string; title: string; url?: string }

/** Markdown footnotes of a slide, read as sources: "Title, https://url" or "[Title](url)". */
export function extractFootnotes(markdown: string): readonly FootnoteSource[] {
  // A footnote is defined as "[^label]: ...": a slide without "[^" has none, and needs no parse.
  return markdown.includes('[^') ? footnotesOf(markdown) : []
}

const footnotesOf = memoByText('slide-footnotes', function parseFootnotes(markdown: string): FootnoteSource[] {
  const tree = parseMarkdown(markdown)
  const sources: FootnoteSource[] = []
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    let url: string | undefined
    let linkText = ''
    visit(node, 'link', (link: Link) => {
      // Only a web link is a source: a pasted `[click](javascript:...)` or `data:` link would
      // otherwise become the href of the sources list, where no sanitizer looks.
      if (!url && /^https?:\/\//i.test(link.url)) {
        url = link.url
        linkText = toString(link)
      }
    })
    const text = toString(node).replace(/\s+/g, ' ').trim()
    const withoutUrl = url && linkText === url ? text.replace(url, '') : text
    const title = withoutUrl.replace(/[\s,:;–—-]+$/, '').trim() || linkText || url || node.identifier
    sources.push({ label: node.identifier, title, url })
  })
  return sources
})
