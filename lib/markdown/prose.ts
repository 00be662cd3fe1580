/**
 * Text made from Markdown, read as prose: how its blocks, list items and table cells are joined, and
 * how it is cut to a length. Every description, excerpt, slide text and preview card made from a body
 * goes through here (lib/markdown/index.ts `excerpt`), so a table or a list never reaches a link
 * preview with its cells glued together or its items run into each other.
 *
 * - Blocks (paragraphs, headings, a list, a table row) end as sentences: ". " after a block that no
 *   punctuation ends, a space after one that does ("Why stream? Because…").
 * - List items and a row's cells are a series: ", " between them, as a reader lists things; "; "
 *   when an item holds a comma of its own, so "Berlin, Germany; Paris, France" stays two items.
 * - A nested list follows its item after ": " ("Frontend: React, Vue; Backend: Elixir").
 * - Chinese and Japanese take their own marks with no spaces ("。", "、", "："), since their text has
 *   none between words; Arabic takes "،" and "؛". Nothing is added inside a block's own text, and a
 *   line break between two Chinese or Japanese characters is no space either.
 */

// Han, kana and their punctuation and full-width forms: text written without spaces between words.
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\u3000-\u303f\uff00-\uffef]/u
const ARABIC = /\p{scx=Arabic}/u
// Marks that end a sentence or introduce what follows, with any closing quote or bracket after them.
const ENDS_CLAUSE = /[.!?…:;。！？：；؟؛।]["'”’»)\]）」』]*$/u
// What a cut leaves dangling before its ellipsis.
const DANGLING = /[\s,;:.…·\-、。，；：،؛]+$/u

const lastChar = (text: string) => [...text].at(-1) ?? ''
const firstChar = (text: string) => [...text][0] ?? ''
const endsCjk = (text: string) => CJK.test(lastChar(text))

/** What goes between two pieces of text, given what ends the first and begins the second. */
function separator(before: string, after: string, mark: { latin: string; cjk: string; arabic: string }): string {
  if (ENDS_CLAUSE.test(before)) return endsCjk(before) && CJK.test(firstChar(after)) ? '' : ' '
  if (endsCjk(before)) return mark.cjk
  if (ARABIC.test(lastChar(before))) return mark.arabic
  return mark.latin
}

function joinWith(pieces: readonly string[], mark: { latin: string; cjk: string; arabic: string }): string {
  const kept = pieces.map((piece) => piece.trim()).filter(Boolean)
  return kept.reduce((joined, piece) => (joined ? joined + separator(joined, piece, mark) + piece : piece), '')
}

/** Blocks as sentences, in reading order. */
export function joinBlocks(blocks: readonly string[]): string {
  return joinWith(blocks, { latin: '. ', cjk: '。', arabic: '. ' })
}

/** List items or a row's cells as a series. */
export function joinSeries(items: readonly string[]): string {
  const ownComma = items.some((item) => /[,،]/.test(item))
  return joinWith(items, ownComma ? { latin: '; ', cjk: '、', arabic: '؛ ' } : { latin: ', ', cjk: '、', arabic: '، ' })
}

/** A list item's own text, then the list nested in it. */
export function withNested(own: string, nested: string): string {
  return joinWith([own, nested], { latin: ': ', cjk: '：', arabic: ': ' })
}

/**
 * A block's inline text as one line: white space is one space, and a line break between two
 * Chinese or Japanese characters is none (the source had no space there).
 */
export function oneLine(text: string): string {
  return text
    .replace(new RegExp(`(?<=${CJK.source})[ \\t]*\\n[ \\t]*(?=${CJK.source})`, 'gu'), '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * `text` at most `max` characters long, the ellipsis included: cut at the last space when one is in
 * the second half (a word boundary), else where the length ends (Chinese and Japanese have no spaces
 * to cut at), never inside a character, and without a separator left dangling before the ellipsis.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  // The text kept is at most max - 1 characters: the one after it tells whether a word ends there.
  const room = text.slice(0, max)
  const space = room.lastIndexOf(' ')
  let cut = space > max / 2 ? room.slice(0, space) : room.slice(0, max - 1)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut.replace(DANGLING, '')}…`
}
