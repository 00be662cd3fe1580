import bidiFactory from 'bidi-js'

/**
 * Right-to-left text for the link-preview images. Satori lays every text out left to right
 * (https://github.com/vercel/satori/issues/74): it shapes each word with HarfBuzz, so an Arabic or
 * Hebrew word comes out joined and in the right order, but the words of a Hebrew title stand in
 * reading order from left to right. So the title is cut into words here, with the Unicode
 * Bidirectional Algorithm's levels (bidi-js), and the template lays the words out in a wrapping
 * flex row: reversed ("row-reverse", so from the right edge) for a right-to-left paragraph, with
 * each run of the other direction kept in one box of its own. Lines then break between words the
 * way a browser breaks them, and no word is ever cut.
 */
const bidi = bidiFactory()

/** Part of a word at one embedding level, in reading order: HarfBuzz shapes and orders its letters. */
export type BidiPiece = { text: string; rtl: boolean }
/** A word (no spaces), its pieces in visual order, left to right. */
export type BidiWord = { pieces: BidiPiece[] }
/** Words in reading order, all either of the paragraph's direction or of the other one. */
export type BidiRun = { rtl: boolean; words: BidiWord[] }
export type BidiLayout = { rtl: boolean; runs: BidiRun[] }

/** True when the text needs none of this: no right-to-left character, so it is laid out as is. */
export const isPlainLtr = (text: string) => ![...text].some((char) => RTL_TYPES.has(bidi.getBidiCharTypeName(char)))
const RTL_TYPES = new Set(['R', 'AL', 'RLE', 'RLO', 'RLI'])

/** Rule L2 of UAX #9 on the pieces of one word: reverse every sequence at each level from the highest down to the lowest odd one. */
function visualOrder(pieces: (BidiPiece & { level: number })[]): BidiPiece[] {
  const order = [...pieces]
  const highest = Math.max(...order.map((p) => p.level))
  const lowestOdd = Math.min(...order.map((p) => (p.level % 2 ? p.level : p.level + 1)))
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if (order[i]!.level < level) {
        i++
        continue
      }
      let end = i
      while (end < order.length && order[end]!.level >= level) end++
      order.splice(i, end - i, ...order.slice(i, end).reverse())
      i = end
    }
  }
  // A right-to-left piece with no right-to-left letter ("!" after a Hebrew word) gets no help from
  // HarfBuzz, which guesses direction from letters: reverse it, mirroring brackets.
  return order.map(({ text, rtl }) =>
    rtl && isPlainLtr(text) && !/\p{L}|\p{N}/u.test(text)
      ? { text: [...text].reverse().map((c) => bidi.getMirroredCharacter(c) ?? c).join(''), rtl }
      : { text, rtl },
  )
}

/** The title's words and runs, for a paragraph whose direction is that of its first strong letter. */
export function bidiLayout(text: string): BidiLayout {
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text)
  const base = paragraphs[0]?.level ?? 0
  const rtl = base % 2 === 1
  const runs: BidiRun[] = []
  // String offsets, not code points: bidi-js indexes levels by UTF-16 unit.
  for (const match of text.matchAll(/\S+/gu)) {
    const start = match.index
    const pieces: (BidiPiece & { level: number })[] = []
    for (let i = start; i < start + match[0].length; i++) {
      const level = levels[i]!
      const last = pieces.at(-1)
      if (last && last.level === level) last.text += text[i]
      else pieces.push({ text: text[i]!, level, rtl: level % 2 === 1 })
    }
    const embedded = Math.min(...pieces.map((p) => p.level)) > base
    const wordRtl = embedded ? !rtl : rtl
    const word = { pieces: visualOrder(pieces) }
    const last = runs.at(-1)
    if (last && last.rtl === wordRtl) last.words.push(word)
    else runs.push({ rtl: wordRtl, words: [word] })
  }
  return { rtl, runs }
}
