/**
 * Which lines of Markdown are fenced code, as CommonMark reads fences: a line opening with three
 * or more backticks or tildes (indented at most three spaces) opens a block, and only a fence of
 * the same character, at least as long, closes it; an unclosed block runs to the end. The slide
 * splitter (lib/markdown/slides.ts) and the `Time:` reader (lib/browser/slide-times.ts) ask it, so
 * that a `---`, `Note:` or `Time:` line inside code is code and nothing more. Pure, and safe in a
 * browser.
 */

const FENCE = /^\s{0,3}(`{3,}|~{3,})/

/** For each line, whether it belongs to fenced code: its opening and closing fences included. */
export function inCodeFence(lines: readonly string[]): boolean[] {
  let fence: string | null = null
  return lines.map((line) => {
    const opener = FENCE.exec(line)?.[1]
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = null
      return true
    }
    if (opener) fence = opener
    return Boolean(opener)
  })
}
