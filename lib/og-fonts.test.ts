import assert from 'node:assert/strict'
import { test } from 'node:test'
import { describeCharacter, isEmojiGrapheme, parseUnicodeRange, planFonts } from './og-fonts'

const families = (text: string) => [...new Set(planFonts(text).files.map((f) => f.family))]

test('unicode-range lists parse into code point ranges', () => {
  assert.deepEqual(parseUnicodeRange('U+0000-00FF,U+0131, U+1F600-1F64F'), [
    [0, 0xff],
    [0x131, 0x131],
    [0x1f600, 0x1f64f],
  ])
})

test('a Latin title with diacritics reads only Inter, never a CJK or other script font', () => {
  assert.deepEqual(planFonts('Über Café').files, [
    { family: 'inter', subset: 'latin' },
  ])
  assert.deepEqual(planFonts('Łódź, Ærøskøbing').files, [
    { family: 'inter', subset: 'latin-ext' },
    { family: 'inter', subset: 'latin' },
  ])
})

test('Cyrillic and Greek are drawn with Inter', () => {
  assert.deepEqual(families('Заметки о Go'), ['inter'])
  assert.deepEqual(families('Ελληνικά'), ['inter'])
})

test('each script gets its Noto family, and only the subsets its characters are in', () => {
  assert.deepEqual(families('שלום'), ['inter', 'noto-sans-hebrew'])
  assert.deepEqual(families('مرحبا'), ['inter', 'noto-sans-arabic'])
  assert.deepEqual(families('नमस्ते'), ['inter', 'noto-sans-devanagari'])
  const japanese = planFonts('東京メモ')
  assert.ok(japanese.files.every((f) => f.family === 'inter' || f.family === 'noto-sans-jp'))
  assert.ok(japanese.files.length <= 5, `${japanese.files.length} subset files for four characters`)
})

test('Han characters use the Japanese font next to kana, the Korean one next to hangul, else the Chinese one', () => {
  assert.ok(families('東京メモ').includes('noto-sans-jp'))
  assert.ok(families('中文笔记').includes('noto-sans-sc'))
  assert.ok(families('韓國 한국어').includes('noto-sans-kr'))
  assert.ok(!families('韓國 한국어').includes('noto-sans-sc'))
})

test('emoji are set apart to be drawn as images, with flags, skin tones, ZWJ sequences and VS16', () => {
  const plan = planFonts('Hi 🚀 🇺🇦 👍🏽 👨‍👩‍👧 ❤️ ☕ #️⃣')
  assert.deepEqual(plan.emoji, ['🚀', '🇺🇦', '👍🏽', '👨‍👩‍👧', '❤️', '☕', '#️⃣'])
  assert.deepEqual(plan.missing, [])
  assert.equal(isEmojiGrapheme('©'), false, 'a text-style symbol stays text')
  assert.equal(isEmojiGrapheme('A'), false)
})

test('characters no bundled font has are reported, not dropped', () => {
  const plan = planFonts('Hieroglyphs 𓀀𓂀')
  assert.deepEqual(plan.missing, ['𓀀', '𓂀'])
  assert.equal(describeCharacter('𓀀'), 'U+13000 𓀀')
})
