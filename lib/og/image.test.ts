import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import sharp from 'sharp'
import { emojiDataUri } from './emoji'
import { OG_IMAGE_SIZE } from '../core/site-config'
import { missingGlyphs, ogRendererVersions, renderOgImage, withWordBreaks, type OgCard } from './image'

// No image may need the network: every glyph and emoji comes from a package installed from npm.
const realFetch = globalThis.fetch
before(() => {
  globalThis.fetch = () => {
    throw new Error('a link-preview image tried to use the network')
  }
})
after(() => {
  globalThis.fetch = realFetch
})

const card = (title: string): OgCard => ({ kicker: 'Note', title, name: 'Ada Lovelace', detail: 'Growth stage: seedling', themeColor: '#7c3aed' })

/** The title's band of the image (between the kicker and the footer), as RGB pixels. */
async function titleBand(png: Buffer) {
  const top = 150
  const height = 330
  const { data, info } = await sharp(png).extract({ left: 0, top, width: OG_IMAGE_SIZE.width, height }).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const pixels = (keep: (r: number, g: number, b: number) => boolean) => {
    const xs: number[] = []
    for (let i = 0; i < data.length; i += info.channels) if (keep(data[i]!, data[i + 1]!, data[i + 2]!)) xs.push((i / info.channels) % info.width)
    return xs
  }
  return { ink: pixels((r, g, b) => r > 200 && g > 200 && b > 200), yellow: pixels((r, g, b) => r > 200 && g > 160 && b < 90) }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

/** Share of pixels that differ between two same-sized images' title bands. */
async function difference(a: Buffer, b: Buffer) {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).extract({ left: 0, top: 150, width: 1200, height: 330 }).greyscale().raw().toBuffer()))
  let differ = 0
  for (let i = 0; i < x!.length; i++) if (Math.abs(x![i]! - y![i]!) > 40) differ++
  return differ / x!.length
}

const SCRIPTS: Record<string, string> = {
  'Latin with diacritics': 'Über Café, Łódź und Ærø',
  Cyrillic: 'Заметки о Go',
  Greek: 'Σημειώσεις για τη Go',
  Japanese: '東京メモ',
  Chinese: '中文笔记',
  Korean: '한국어 메모',
  Arabic: 'مرحبا بالعالم',
  Hebrew: 'שלום עולם',
  Devanagari: 'नमस्ते दुनिया',
  Bengali: 'বাংলা নোট: ক্ষমতা ও শিক্ষা',
  Tamil: 'தமிழ் குறிப்புகள்',
  Telugu: 'తెలుగు గమనికలు',
  Sinhala: 'සිංහල සටහන්',
  Thai: 'ไวยากรณ์การจัดรูปแบบขั้นพื้นฐาน',
  Lao: 'ສະບາຍດີ ພາສາລາວ',
  Khmer: 'តំណភ្ជាប់កំណត់ត្រា',
  Georgian: 'ქართული ჩანაწერები',
  Armenian: 'Հայերեն նշումներ',
  Ethiopic: 'የአማርኛ ማስታወሻዎች',
  'Traditional Chinese': '進階格式語法',
}

for (const [script, title] of Object.entries(SCRIPTS)) {
  test(`a ${script} title renders offline as a 1200x630 PNG with real glyphs, not boxes`, async () => {
    const { png, missing } = await renderOgImage(card(title))
    assert.deepEqual(missing, [])
    const { width, height, format } = await sharp(png).metadata()
    assert.deepEqual({ width, height, format }, { ...OG_IMAGE_SIZE, format: 'png' })
    const { ink } = await titleBand(png)
    assert.ok(ink.length > 2000, `the title has ink (${ink.length} bright pixels)`)
    // The same number of characters that no font has, drawn as boxes: the real title must look different.
    const tofu = await renderOgImage(card('𓀀'.repeat([...title].length)))
    assert.ok((await difference(png, tofu.png)) > 0.01, 'the title is not drawn as boxes')
  })
}

test('emoji are drawn as images: flags, skin tones, ZWJ sequences and VS16 included', async () => {
  for (const emoji of ['🚀', '🇺🇦', '👍🏽', '👨‍👩‍👧', '👩🏽‍💻', '🏳️‍🌈', '❤️', '☕', '#️⃣']) {
    assert.match((await emojiDataUri(emoji)) ?? '', /^data:image\/svg\+xml;base64,/, `${emoji} has a drawing`)
  }
  const { png, missing } = await renderOgImage(card('Kyiv 🇺🇦 👍🏽 👨‍👩‍👧 ❤️'))
  assert.deepEqual(missing, [])
  assert.ok((await titleBand(png)).yellow.length > 300, "the flag's yellow is in the image")
})

test('a right-to-left title starts at the right: its first word is rightmost', async () => {
  // The yellow star comes first in reading order; it has no direction of its own (a flag would:
  // regional indicators are left-to-right letters to the bidi algorithm), so the words decide.
  const rtl = await titleBand((await renderOgImage(card('⭐ שלום עולם'))).png)
  const ltr = await titleBand((await renderOgImage(card('⭐ Hello world'))).png)
  assert.ok(mean(rtl.yellow) > mean(rtl.ink), 'in Hebrew the star is right of the words')
  assert.ok(mean(ltr.yellow) < mean(ltr.ink), 'in English the star is left of the words')
  assert.ok(Math.max(...rtl.ink, ...rtl.yellow) > 1000, 'the Hebrew title is aligned to the right edge')
})

test('Thai, Lao and Khmer words, written without spaces, get a line break opportunity between them, and nothing else does', () => {
  assert.equal(withWordBreaks('การจัดรูปแบบพื้นฐาน'), 'การ\u200Bจัด\u200Bรูป\u200Bแบบ\u200Bพื้น\u200Bฐาน')
  assert.equal(withWordBreaks('សមកាលកម្មកំណត់ត្រា'), 'សម\u200Bកាល\u200Bកម្ម\u200Bកំណត់ត្រា')
  assert.ok(withWordBreaks('ບັນທຶກສັ້ນໆກ່ຽວກັບພາສາລາວ').includes('\u200B'))
  // Beside a space or another script, and in other scripts, the text stays as written.
  assert.equal(withWordBreaks('วิธี Obsidian'), 'วิธี Obsidian')
  for (const text of ['Über Café', '中文笔记', 'বাংলা নোট', 'שלום עולם']) assert.equal(withWordBreaks(text), text)
})

test('a long Thai title without spaces wraps inside the card instead of running off its edge', async () => {
  const title = 'จัดเก็บข้อมูลและการซิงค์โน้ตของคุณข้ามอุปกรณ์ต่างๆอย่างปลอดภัย'
  const { png, missing } = await renderOgImage(card(title))
  assert.deepEqual(missing, [])
  const { ink } = await titleBand(png)
  // The card's padding is 80 px on each side: the title's ink ends before the right one.
  assert.ok(Math.max(...ink) < OG_IMAGE_SIZE.width - 60, `the title's ink reaches x=${Math.max(...ink)}`)
})

test('characters no bundled font has are reported, and the image is still made', async () => {
  assert.deepEqual(await missingGlyphs(card('Hieroglyphs 𓀀𓂀')), ['𓀀', '𓂀'])
  const { png, missing } = await renderOgImage(card('Hieroglyphs 𓀀𓂀'))
  assert.deepEqual(missing, ['𓀀', '𓂀'])
  assert.equal((await sharp(png).metadata()).width, 1200)
})

test('the cache key names the renderer, font and emoji packages with their versions', () => {
  const versions = ogRendererVersions()
  for (const name of ['satori', 'sharp', 'bidi-js', '@iconify-json/twemoji', '@fontsource/inter', '@fontsource/noto-sans-jp', '@fontsource/noto-sans-arabic']) {
    assert.match(versions[name] ?? '', /^\d+\.\d+\.\d+/, name)
  }
})

test("a slide page's card draws the slide's text and image beside its heading, offline", async () => {
  const slide: OgCard = { kicker: 'Slide 2 of 4', title: 'Größe zählt', name: 'Ada Lovelace', detail: 'Schnelle Seiten', themeColor: '#7c3aed' }
  const plain = await renderOgImage(slide)
  const withText = await renderOgImage({ ...slide, text: 'Jedes Kilobyte kostet Zeit auf einem Telefon.' })
  const withImage = await renderOgImage({ ...slide, text: 'Jedes Kilobyte kostet Zeit.', image: 'e2e/fixtures/site/content/notes/attachments/two-companies.svg' })
  for (const image of [plain, withText, withImage]) {
    assert.deepEqual(await sharp(image.png).metadata().then((m) => [m.width, m.height]), [OG_IMAGE_SIZE.width, OG_IMAGE_SIZE.height])
    assert.deepEqual(image.missing, [])
  }
  assert.ok((await difference(plain.png, withText.png)) > 0.005, 'the text is drawn')
  // The image sits on the right: the right half of the card changes, the left stays text.
  const right = async (png: Buffer) => sharp(png).extract({ left: 700, top: 150, width: 460, height: 330 }).greyscale().raw().toBuffer()
  const [a, b] = await Promise.all([right(withText.png), right(withImage.png)])
  let differ = 0
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 40) differ++
  assert.ok(differ / a.length > 0.05, 'the image is drawn on the right')
})

test('an image that cannot be read leaves its card without it, rather than failing the build', async () => {
  const image = await renderOgImage({ kicker: 'Slide 1 of 1', title: 'Broken', name: 'Ada', themeColor: '#7c3aed', image: 'public/does-not-exist.png' })
  assert.deepEqual(await sharp(image.png).metadata().then((m) => [m.width, m.height]), [1200, 630])
})
