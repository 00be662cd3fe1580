import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Emoji of the link-preview images as Twemoji SVGs from npm (@iconify-json/twemoji, CC BY 4.0:
 * credited in the README), instead of next/og's fetch of each emoji from a CDN at render time.
 * Twemoji has every flag, skin tone and ZWJ sequence of Unicode 15.1.
 */
export const OG_EMOJI_PACKAGE = '@iconify-json/twemoji'

type IconSet = { icons: Record<string, { body: string }>; aliases?: Record<string, { parent: string }>; width: number; height: number }

const packageFile = (file: string) => path.join(process.cwd(), 'node_modules', OG_EMOJI_PACKAGE, file)

// chars.json (200 kB) maps code points to names; icons.json (10 MB) holds the drawings. Both are
// read once per process, and only by a page that has an emoji.
let sets: Promise<{ chars: Record<string, string>; icons: IconSet }> | undefined
const iconSet = () =>
  (sets ??= Promise.all([readFile(packageFile('chars.json'), 'utf8'), readFile(packageFile('icons.json'), 'utf8')]).then(([chars, icons]) => ({
    chars: JSON.parse(chars) as Record<string, string>,
    icons: JSON.parse(icons) as IconSet,
  })))

/**
 * The set's key of an emoji: its code points in hex, at least four digits, joined by "-", without
 * U+FE0F (the set leaves the emoji variation selector out: "2764" is the red heart, "0023-20e3" #️⃣).
 */
const emojiKey = (emoji: string) =>
  [...emoji]
    .map((char) => char.codePointAt(0)!)
    .filter((code) => code !== 0xfe0f)
    .map((code) => code.toString(16).padStart(4, '0'))
    .join('-')

/** The emoji as an SVG data URI, or undefined when Twemoji has no drawing of it. */
export async function emojiDataUri(emoji: string): Promise<string | undefined> {
  const { chars, icons } = await iconSet()
  let name = chars[emojiKey(emoji)]
  while (name && !icons.icons[name] && icons.aliases?.[name]) name = icons.aliases[name]!.parent
  const icon = name ? icons.icons[name] : undefined
  if (!icon) return undefined
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${icons.width} ${icons.height}">${icon.body}</svg>`
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
