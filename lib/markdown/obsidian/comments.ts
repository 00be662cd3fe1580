import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

const MARK = '%%'

/**
 * The text with Obsidian's comments (`%%…%%`, inline or across lines and paragraphs) taken out:
 * Obsidian never shows them, and the site publishes none of their bytes. `%%` inside code (fenced,
 * indented or inline) is shown as written, as Obsidian does. A comment that is never closed hides
 * the rest of the note, as in Obsidian: leaving it in would publish what the author meant to hide.
 */
export function stripComments(markdown: string): string {
  // Most bodies have no comment: they are not parsed here.
  if (!markdown.includes(MARK)) return markdown
  // Where code is, CommonMark decides (GFM adds no kind of code).
  const code = codeRanges(unified().use(remarkParse).parse(markdown))
  const inCode = (at: number) => code.some(([start, end]) => at >= start && at < end)
  let out = ''
  let from = 0
  let at = markdown.indexOf(MARK)
  while (at !== -1) {
    if (inCode(at)) {
      at = markdown.indexOf(MARK, at + MARK.length)
      continue
    }
    // What a comment holds is no code, whatever it looks like: the first `%%` after the opening one closes it.
    const close = markdown.indexOf(MARK, at + MARK.length)
    out += markdown.slice(from, at)
    if (close === -1) return out
    from = close + MARK.length
    at = markdown.indexOf(MARK, from)
  }
  return out + markdown.slice(from)
}

/** The [start, end) offsets of the code of a tree: code blocks and inline code. */
function codeRanges(tree: Root): [number, number][] {
  const ranges: [number, number][] = []
  visit(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      ranges.push([node.position.start.offset, node.position.end.offset])
    }
  })
  return ranges
}
