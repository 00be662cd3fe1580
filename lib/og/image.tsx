import { readFileSync } from 'node:fs'
import path from 'node:path'
import satori from 'satori'
import sharp, { type OutputInfo } from 'sharp'
import { OG_IMAGE_SIZE } from '../core/site-config'
import { shorten } from '../markdown/prose'
import { bidiLayout, isPlainLtr, type BidiWord } from './bidi'
import { emojiDataUri, OG_EMOJI_PACKAGE } from './emoji'
import { fontName, loadFonts, needsGlyph, OG_FONT_PACKAGES, planFonts } from './fonts'

// One image at a time per build worker (there is a worker per core), and no cache of decoded
// images: each preview is drawn once, and both would only hold memory.
sharp.concurrency(1)
sharp.cache(false)

// The link-preview image of a page: an OG_IMAGE_SIZE PNG, drawn with satori (HTML and CSS to SVG)
// and sharp (SVG to PNG) from fonts and emoji installed from npm. It replaces next/og's
// ImageResponse, which fetches any glyph its one font lacks, and every emoji, from the network
// while it renders, with no way to hand it local files instead.

/** What an image shows. */
export type OgCard = {
  /** The small line above the title: the collection. */
  kicker: string
  title: string
  /** The speaker's name, beside their initials. */
  name: string
  /** The line under the name. */
  detail?: string
  themeColor: string
  /** A slide's text, drawn under its heading (the title) on a slide page's image. */
  text?: string
  /** A file (public/ or an attachment) drawn beside the title: a slide's image. */
  image?: string
}

export type OgImage = {
  png: Buffer
  /** Characters (and emoji) no bundled font or emoji set has: drawn as boxes. */
  missing: string[]
}

/** Versions of every package that shapes an image, for the build cache's key. */
export function ogRendererVersions(): Record<string, string> {
  const version = (name: string) =>
    (JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
  return Object.fromEntries(['satori', 'sharp', 'bidi-js', OG_EMOJI_PACKAGE, ...OG_FONT_PACKAGES].map((name) => [name, version(name)]))
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => [...part][0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase()

/** Scripts whose letters join or stack: tightened letter spacing would pull them apart or onto each other. */
const tracksTight = (text: string) => !/[^\p{scx=Latin}\p{scx=Cyrillic}\p{scx=Greek}\p{scx=Common}\p{scx=Inherited}]/u.test(text)

/** East Asian wide characters and emoji take about two Latin letters' room. */
const visualLength = (text: string) => [...text].reduce((n, c) => n + (/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{Extended_Pictographic}]/u.test(c) ? 2 : 1), 0)

function Word({ word }: { word: BidiWord }) {
  if (word.pieces.length === 1) return <div style={{ display: 'flex' }}>{word.pieces[0]!.text}</div>
  return (
    <div style={{ display: 'flex' }}>
      {word.pieces.map((piece, i) => (
        <div key={i} style={{ display: 'flex' }}>
          {piece.text}
        </div>
      ))}
    </div>
  )
}

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const wordSegments = new Intl.Segmenter(undefined, { granularity: 'word' })

/**
 * `text` with a zero-width space at each word boundary between Thai, Lao, Khmer or Myanmar letters,
 * where a line may then break: satori breaks lines only where the Unicode line-breaking rules allow
 * without a dictionary (spaces, mostly), so a long Thai title ran off the card in one line. ICU's
 * word dictionaries (Intl.Segmenter) find the words, as a browser does.
 */
export function withWordBreaks(text: string): string {
  if (!UNSPACED.test(text)) return text
  const segments = [...wordSegments.segment(text)].map((s) => s.segment)
  return segments
    .map((segment, i) => (i > 0 && UNSPACED.test([...segments[i - 1]!].at(-1)!) && UNSPACED.test(segment[0]!) ? `\u200B${segment}` : segment))
    .join('')
}

type BidiTextProps = { text: string; gap: number }

/**
 * Text in its reading order (see lib/og/bidi.ts). Left-to-right text stays one text node, which
 * satori lays out itself; text with right-to-left letters becomes wrapping rows of words.
 */
function BidiText({ text: written, gap }: BidiTextProps) {
  const text = withWordBreaks(written)
  if (isPlainLtr(text)) return <>{text}</>
  const layout = bidiLayout(text)
  const row = (rtl: boolean) => ({ display: 'flex', flexDirection: rtl ? ('row-reverse' as const) : ('row' as const), flexWrap: 'wrap' as const, columnGap: gap })
  return (
    <div style={{ ...row(layout.rtl), flexGrow: 1 }}>
      {layout.runs.flatMap((run, r) =>
        run.rtl === layout.rtl
          ? run.words.map((word, w) => <Word key={`${r}-${w}`} word={word} />)
          : [
              <div key={r} style={row(run.rtl)}>
                {run.words.map((word, w) => (
                  <Word key={w} word={word} />
                ))}
              </div>,
            ],
      )}
    </div>
  )
}

/** An image as satori draws it: a PNG data URI, scaled to fit its box. */
type Picture = { src: string; width: number; height: number }
const PICTURE_BOX = { width: 400, height: 300 }

/** A slide's image, any format sharp reads (SVG too), as a PNG no larger than its box; undefined if unreadable. */
async function loadPicture(file: string): Promise<Picture | undefined> {
  try {
    const { data, info } = await sharp(file).resize({ ...PICTURE_BOX, fit: 'inside' }).png().toBuffer({ resolveWithObject: true })
    return { src: `data:image/png;base64,${data.toString('base64')}`, width: info.width, height: info.height }
  } catch {
    return undefined
  }
}

function Title({ title, size }: { title: string; size: number }) {
  return (
    <div
      style={{
        display: 'flex',
        width: '100%',
        fontSize: size,
        fontWeight: 700,
        lineHeight: 1.08,
        letterSpacing: tracksTight(title) ? -1.5 : 0,
        maxWidth: 1040,
      }}
    >
      <BidiText text={title} gap={Math.round(size * 0.27)} />
    </div>
  )
}

/** A slide page's middle: its heading and text, its image beside them. */
function SlideBody({ title, text, picture }: { title: string; text?: string; picture?: Picture }) {
  const size = visualLength(title) > 40 ? 50 : 64
  return (
    <div style={{ display: 'flex', width: '100%', alignItems: 'center', gap: 48 }}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, gap: 20, minWidth: 0 }}>
        <Title title={title} size={size} />
        {text && (
          <div style={{ display: 'flex', fontSize: 30, fontWeight: 400, lineHeight: 1.3, color: '#e4e4e7' }}>
            <BidiText text={shorten(text, picture ? 110 : 170)} gap={8} />
          </div>
        )}
      </div>
      {picture && (
        <img src={picture.src} width={picture.width} height={picture.height} style={{ flexShrink: 0, borderRadius: 16, background: '#ffffff' }} />
      )}
    </div>
  )
}

function Card({ kicker, title, name, detail, themeColor, text, fontFamily, picture }: OgCard & { fontFamily: string; picture?: Picture }) {
  const size = visualLength(title) > 60 ? 56 : visualLength(title) > 32 ? 68 : 84
  const shownDetail = detail && detail !== name ? detail.replace(`${name} · `, '') : undefined
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 80px',
        fontFamily,
        color: '#fafafa',
      }}
    >
      <div style={{ display: 'flex' }}>
        <div
          style={{
            display: 'flex',
            padding: '8px 20px',
            borderRadius: 999,
            background: 'rgba(167, 139, 250, 0.18)',
            border: '2px solid rgba(167, 139, 250, 0.5)',
            color: '#ddd6fe',
            fontSize: 28,
            fontWeight: 700,
            letterSpacing: tracksTight(kicker) ? 1 : 0,
          }}
        >
          <BidiText text={kicker} gap={8} />
        </div>
      </div>
      {text || picture ? <SlideBody title={title} text={text} picture={picture} /> : <Title title={title} size={size} />}
      <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: 72,
            height: 72,
            borderRadius: 999,
            background: `linear-gradient(135deg, #7c3aed, ${themeColor})`,
            fontSize: 30,
            fontWeight: 700,
          }}
        >
          {initials(name)}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 30, fontWeight: 700 }}>
            <BidiText text={name} gap={8} />
          </div>
          {shownDetail && (
            <div style={{ display: 'flex', fontSize: 26, color: '#c4b5fd' }}>
              <BidiText text={shownDetail} gap={7} />
            </div>
          )}
        </div>
      </div>
    </div>
  )
}

const cardText = (card: OgCard) => {
  const bold = [card.kicker, card.title, card.name, initials(card.name)].join('\n')
  const regular = [card.detail ?? '', card.text ?? ''].join('\n')
  return { bold, regular, context: `${bold}\n${regular}` }
}

/** What the card needs drawn: font subsets per weight, emoji images, and what nothing bundled can draw. */
async function planCard(card: OgCard) {
  const { bold, regular, context } = cardText(card)
  const [boldPlan, regularPlan] = [planFonts(bold, context), planFonts(regular, context)]
  const missing = new Set([...boldPlan.missing, ...regularPlan.missing])
  const graphemeImages: Record<string, string> = {}
  for (const emoji of new Set([...boldPlan.emoji, ...regularPlan.emoji])) {
    const uri = await emojiDataUri(emoji)
    if (uri) graphemeImages[emoji] = uri
    else missing.add(emoji)
  }
  return { boldPlan, regularPlan, graphemeImages, missing }
}

/** The characters and emoji of a card that no bundled font or emoji set has, without rendering it. */
export const missingGlyphs = async (card: OgCard) => [...(await planCard(card)).missing]

/** The card as a PNG, and what of its text no bundled font or emoji set could draw. */
export async function renderOgImage(card: OgCard): Promise<OgImage> {
  const { boldPlan, regularPlan, graphemeImages, missing } = await planCard(card)
  const fonts = [...(await loadFonts(boldPlan, [700])), ...(await loadFonts(regularPlan, [400]))]
  const names = [...new Set([...boldPlan.files, ...regularPlan.files].map(fontName))]
  const picture = card.image ? await loadPicture(card.image) : undefined
  const svg = await satori(<Card {...card} fontFamily={names.join(', ')} picture={picture} />, {
    ...OG_IMAGE_SIZE,
    fonts,
    graphemeImages,
    // Satori asks for what none of the fonts has. Anything planFonts did not foresee is an emoji
    // it segments differently, or a character outside the fonts' ranges: never the network.
    loadAdditionalAsset: async (code, segment) => {
      if (code === 'emoji') {
        const uri = await emojiDataUri(segment)
        if (uri) return uri
      }
      for (const char of segment) if (needsGlyph(char)) missing.add(char)
      return []
    },
  })
  const background = await cardBackground()
  const png = await sharp(background.data, { raw: background.info }).composite([{ input: Buffer.from(svg) }]).png().toBuffer()
  return { png, missing: [...missing] }
}

/** Every card's background: a gradient that no card's content changes. */
const BACKGROUND = 'linear-gradient(135deg, #18181b 0%, #1e1b4b 60%, #4c1d95 100%)'
let background: Promise<{ data: Buffer; info: OutputInfo }> | undefined

/**
 * The background's pixels, drawn once per process: each card is drawn over them, because a
 * full-size gradient inside each card's SVG costs more to turn into pixels than all the card's
 * text, and the cards look the same either way.
 */
function cardBackground() {
  background ??= satori(<div style={{ display: 'flex', width: '100%', height: '100%', background: BACKGROUND }} />, { ...OG_IMAGE_SIZE, fonts: [] })
    .then((svg) => sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true }))
  return background
}
