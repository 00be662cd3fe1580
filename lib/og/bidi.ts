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

/**
 * A stretch of a word at one level, and for right-to-left levels of one kind: letters, or the
 * rest. Satori shapes each font's stretch of a text apart and sets them side by side from left to
 * right, so a Hebrew word's "!" (drawn with Inter) must be a piece of its own to land on its left.
 */
type Piece = BidiPiece & { level: number; letters: boolean }

/** Rule L2 of UAX #9 on the pieces of one word: reverse every sequence at each level from the highest down to the lowest odd one. */
function visualOrder(pieces: Piece[]): BidiPiece[] {
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
  // A right-to-left piece of punctuation or symbols ("!" after a Hebrew word) is reversed and
  // mirrored here: HarfBuzz would only do it for letters in the same font.
  return order.map(({ text, rtl, letters }) =>
    rtl && !letters ? { text: reverseMirrored(text), rtl } : { text, rtl },
  )
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })
const reverseMirrored = (text: string) =>
  [...graphemes.segment(text)]
    .map(({ segment }) => bidi.getMirroredCharacter(segment) ?? segment)
    .reverse()
    .join('')

/** Right-to-left letters and the marks on them: HarfBuzz orders these itself. */
const RTL_LETTER_TYPES = new Set(['R', 'AL', 'NSM'])

/** Characters of the Basic Multilingual Plane in each bidi class, for standing in for the others. */
const STAND_INS: Record<string, string> = { L: 'a', R: '\u05D0', AL: '\u0627', EN: '0', AN: '\u0660', NSM: '\u0300', BN: '\u200B', WS: ' ', ES: '+', ET: '#', CS: ',' }

/**
 * bidi-js classifies UTF-16 units, so an emoji's two halves count as left-to-right letters and an
 * emoji after a Hebrew word would be set apart as an English run: each character beyond U+FFFF
 * stands in, for the algorithm, as two characters of its own class.
 */
const withStandIns = (text: string) =>
  text.replace(/[\u{10000}-\u{10FFFF}]/gu, (char) => (STAND_INS[bidi.getBidiCharTypeName(char)] ?? '!').repeat(2))

/** The title's words and runs, for a paragraph whose direction is that of its first strong letter. */
export function bidiLayout(text: string): BidiLayout {
  const { levels, paragraphs } = bidi.getEmbeddingLevels(withStandIns(text))
  const base = paragraphs[0]?.level ?? 0
  const rtl = base % 2 === 1
  const runs: BidiRun[] = []
  // String offsets, not code points: bidi-js indexes levels by UTF-16 unit.
  for (const match of text.matchAll(/\S+/gu)) {
    const start = match.index
    const pieces: Piece[] = []
    for (let i = start; i < start + match[0].length; i++) {
      const level = levels[i]!
      const rtl = level % 2 === 1
      // A surrogate pair's second half goes with its first.
      const letters = rtl && RTL_LETTER_TYPES.has(bidi.getBidiCharTypeName(String.fromCodePoint(text.codePointAt(i)!)))
      const last = pieces.at(-1)
      const low = /[\uDC00-\uDFFF]/.test(text[i]!) && i > start
      if (last && (low || (last.level === level && last.letters === letters))) last.text += text[i]
      else pieces.push({ text: text[i]!, level, rtl, letters })
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
