import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The fonts of the link-preview images, all from npm (@fontsource), so no image needs the network.
 * next/og fetches the glyphs its bundled font lacks from Google Fonts at render time, which stops
 * an offline build with "Failed to load dynamic font"; here every character is matched, before rendering, to the unicode-range subset file of the first family
 * that has it, and only those files are read: a Latin title reads two small Inter files, never a
 * CJK font.
 */
export type OgFontWeight = 400 | 700
export type OgFont = { name: string; data: Buffer; weight: OgFontWeight; style: 'normal' }

/** A fontsource package: its subsets (file name part -> code point ranges), in its unicode.json. */
type Family = { id: string; subsets: { subset: string; ranges: [number, number][] }[] }

/**
 * Fallback order after Inter, one family per script (their code points do not overlap, so the
 * order only decides shared punctuation such as the danda). Han characters are shared by Chinese,
 * Japanese and Korean: see hanOrder.
 */
const SCRIPT_FAMILIES = [
  'noto-sans-arabic',
  'noto-sans-hebrew',
  'noto-sans-devanagari',
  'noto-sans-bengali',
  'noto-sans-tamil',
  'noto-sans-telugu',
  'noto-sans-sinhala',
  'noto-sans-thai',
  'noto-sans-lao',
  'noto-sans-khmer',
  'noto-sans-georgian',
  'noto-sans-armenian',
  'noto-sans-ethiopic',
] as const
const CJK_FAMILIES = { ja: 'noto-sans-jp', ko: 'noto-sans-kr', zhHans: 'noto-sans-sc', zhHant: 'noto-sans-tc' } as const
type HanLanguage = keyof typeof CJK_FAMILIES

/** The npm packages whose files shape a preview image: their versions belong in its cache key. */
export const OG_FONT_PACKAGES = ['@fontsource/inter', ...SCRIPT_FAMILIES, ...Object.values(CJK_FAMILIES)].map((id) =>
  id.startsWith('@') ? id : `@fontsource/${id}`,
)

const packageDir = (id: string) => path.join(process.cwd(), 'node_modules', '@fontsource', id)

/** "U+0000-00FF,U+0131" -> [[0, 255], [305, 305]] */
function parseUnicodeRange(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const start = Number.parseInt(from ?? '', 16)
    return [start, to === undefined ? start : Number.parseInt(to, 16)]
  })
}

const families = new Map<string, Family>()
function family(id: string): Family {
  let found = families.get(id)
  if (!found) {
    const ranges = JSON.parse(readFileSync(path.join(packageDir(id), 'unicode.json'), 'utf8')) as Record<string, string>
    found = {
      id,
      subsets: Object.entries(ranges).map(([name, css]) => ({ subset: name.replace(/^\[(\d+)\]$/, '$1'), ranges: parseUnicodeRange(css) })),
    }
    families.set(id, found)
  }
  return found
}

/**
 * How often Chinese writers use a Han character, from the font's own slicing: Google Fonts cuts
 * its Chinese fonts into subsets by how often each character occurs in that language's text, and
 * fontsource numbers them rarest first ([119] holds 的, 一, 中; [0] the rarest). So 這 is in the
 * Traditional font's most used subsets and among the Simplified font's rarest, and 这 the other way
 * round; a character both write alike (中, 文) ranks the same in both.
 */
function hanRank(id: string, code: number): number {
  const subset = family(id).subsets.find((s) => s.ranges.some(([from, to]) => code >= from && code <= to))
  return subset ? Number(subset.subset) : -1
}

/**
 * Chinese in Traditional characters: the Han characters of `text` lean Traditional more than
 * Simplified, summed. A character leans by how many subsets higher it ranks in one font than in the
 * other; characters both write alike differ by one at most, so they do not count. A title in such
 * shared characters alone (模板, 公式) cannot be told apart and is drawn as Simplified, the more
 * common writing. A title with one Traditional-only character is enough to tell, and a Simplified
 * title is never taken for Traditional (lib/og/fonts.test.ts).
 */
function isTraditionalChinese(text: string): boolean {
  let lean = 0
  for (const char of text.match(/\p{Script=Han}/gu) ?? []) {
    const code = char.codePointAt(0)!
    const difference = hanRank(CJK_FAMILIES.zhHant, code) - hanRank(CJK_FAMILIES.zhHans, code)
    if (Math.abs(difference) >= 2) lean += difference
  }
  return lean > 0
}

/**
 * Han ideographs look different in Japanese, Korean and Chinese fonts, and the characters alone do
 * not say which language a title is in: kana means Japanese, hangul Korean, Han alone Chinese,
 * Traditional or Simplified by the characters it uses. The other fonts follow for what the first
 * lacks, Traditional Chinese after Simplified unless it comes first.
 */
function hanOrder(text: string): string[] {
  const first: HanLanguage = /[\p{scx=Hiragana}\p{scx=Katakana}]/u.test(text)
    ? 'ja'
    : /\p{scx=Hangul}/u.test(text)
      ? 'ko'
      : isTraditionalChinese(text)
        ? 'zhHant'
        : 'zhHans'
  const order = [first, ...(['ja', 'zhHans', 'zhHant', 'ko'] as const).filter((l) => l !== first)]
  return order.map((lang) => CJK_FAMILIES[lang])
}

/** Characters that need no glyph: spaces, controls, joiners, bidi marks, variation selectors. */
const NO_GLYPH = /[\p{White_Space}\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u
export const needsGlyph = (char: string) => !NO_GLYPH.test(char)

/**
 * A grapheme drawn as an emoji image rather than with a font: one with emoji presentation, an
 * explicit emoji variation selector (U+FE0F), a skin tone, a ZWJ sequence, a keycap or a flag.
 */
function isEmojiGrapheme(grapheme: string): boolean {
  return (
    /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(grapheme) &&
    /[\p{Emoji_Presentation}\uFE0F\u200D\p{Emoji_Modifier}\u20E3\p{Regional_Indicator}\u{E0020}-\u{E007F}]/u.test(grapheme)
  ) || /^[#*0-9]\uFE0F?\u20E3$/u.test(grapheme)
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })
const splitGraphemes = (text: string) => [...graphemes.segment(text)].map((s) => s.segment)

type Pick = { family: string; subset: string }
export type FontPlan = {
  /** Subset files to load, in fallback order (the order satori tries fonts in). */
  files: Pick[]
  /** Emoji graphemes, to be drawn as images. */
  emoji: string[]
  /** Characters no bundled font has: drawn as boxes, and reported. */
  missing: string[]
}

/**
 * Which font subsets draw `text`, and which emoji and missing characters it has; `context` (the
 * whole image's text) decides which language's Han glyphs to prefer. Pure but for reading unicode.json.
 */
export function planFonts(text: string, context = text): FontPlan {
  const order = ['inter', ...SCRIPT_FAMILIES, ...hanOrder(context)].map(family)
  // Inter's Latin file always: satori needs one font even for a title of emoji alone.
  const picked = new Map<string, Pick & { rank: number }>([['inter/latin', { family: 'inter', subset: 'latin', rank: order[0]!.subsets.findIndex((s) => s.subset === 'latin') }]])
  const emoji = new Set<string>()
  const missing = new Set<string>()
  for (const grapheme of splitGraphemes(text)) {
    if (isEmojiGrapheme(grapheme)) {
      emoji.add(grapheme)
      continue
    }
    for (const char of grapheme) {
      if (!needsGlyph(char)) continue
      const code = char.codePointAt(0)!
      let found = false
      order.forEach((fam, familyRank) => {
        if (found) return
        fam.subsets.forEach((s, subsetRank) => {
          if (found || !s.ranges.some(([from, to]) => code >= from && code <= to)) return
          found = true
          const key = `${fam.id}/${s.subset}`
          if (!picked.has(key)) picked.set(key, { family: fam.id, subset: s.subset, rank: familyRank * 1000 + subsetRank })
        })
      })
      if (!found) missing.add(char)
    }
  }
  const files = [...picked.values()].sort((a, b) => a.rank - b.rank).map(({ family, subset }) => ({ family, subset }))
  return { files, emoji: [...emoji], missing: [...missing] }
}

// One read per file and process: satori caches what it parsed from a font by its buffer
// (WeakMap), so handing it the same Buffer again skips parsing too.
const fileCache = new Map<string, Promise<Buffer>>()
const fontFile = (family: string, subset: string, weight: OgFontWeight) => {
  const file = path.join(packageDir(family), 'files', `${family}-${subset}-${weight}-normal.woff`)
  let data = fileCache.get(file)
  if (!data) fileCache.set(file, (data = readFile(file)))
  return data
}

/** The name satori knows a subset file by: one per file, since satori keeps one font per name and weight. */
export const fontName = ({ family, subset }: Pick) => `${family} ${subset}`

/** The plan's files in the given weights, ready for satori's `fonts`. */
export async function loadFonts(plan: FontPlan, weights: OgFontWeight[]): Promise<OgFont[]> {
  return Promise.all(
    plan.files.flatMap((pick) =>
      weights.map(async (weight): Promise<OgFont> => ({ name: fontName(pick), data: await fontFile(pick.family, pick.subset, weight), weight, style: 'normal' })),
    ),
  )
}

/** "U+13000 𓀀" for a report line. */
export const describeCharacter = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${char}`
