import assert from 'node:assert/strict'
import { test } from 'node:test'
import { describeCharacter, planFonts } from './fonts'

const families = (text: string) => [...new Set(planFonts(text).files.map((f) => f.family))]
/** Whether a title's Han characters are drawn with the Traditional Chinese font. */
const readsTraditionalChinese = (title: string) => families(title).includes('noto-sans-tc')

test("a font's unicode-range list is read as ranges and single code points, both ends included", () => {
  // Inter's Greek file lists "U+0384-038A,U+038C,U+038E-03A1": a range's first and last code
  // points, and a code point listed alone, are drawn by it; the gaps between them are not.
  const readsGreek = (char: string) => planFonts(char).files.some((f) => f.family === 'inter' && f.subset === 'greek')
  for (const char of ['\u0384', '\u038A', '\u038C', '\u038E', '\u03A1']) assert.ok(readsGreek(char), `U+${char.codePointAt(0)!.toString(16)}`)
  for (const char of ['\u0383', '\u038B', '\u038D', '\u03A2']) assert.ok(!readsGreek(char), `U+${char.codePointAt(0)!.toString(16)}`)
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

// A title in each script, and the one subset of its Noto family that draws it (beside Inter's Latin).
const SCRIPT_TITLES: [script: string, title: string, family: string, subset: string][] = [
  ['Bengali', 'বাংলা নোট: ক্ষমতা ও শিক্ষা', 'noto-sans-bengali', 'bengali'],
  ['Tamil', 'தமிழ் குறிப்புகள்', 'noto-sans-tamil', 'tamil'],
  ['Telugu', 'తెలుగు గమనికలు', 'noto-sans-telugu', 'telugu'],
  ['Sinhala', 'සිංහල සටහන්', 'noto-sans-sinhala', 'sinhala'],
  ['Thai', 'ไวยากรณ์การจัดรูปแบบขั้นพื้นฐาน ที่นี่', 'noto-sans-thai', 'thai'],
  ['Lao', 'ສະບາຍດີ ພາສາລາວ', 'noto-sans-lao', 'lao'],
  ['Khmer', 'តំណភ្ជាប់កំណត់ត្រា', 'noto-sans-khmer', 'khmer'],
  ['Georgian', 'ქართული ჩანაწერები', 'noto-sans-georgian', 'georgian'],
  ['Armenian', 'Հայերեն նշումներ', 'noto-sans-armenian', 'armenian'],
  ['Ethiopic', 'የአማርኛ ማስታወሻዎች', 'noto-sans-ethiopic', 'ethiopic'],
]

for (const [script, title, family, subset] of SCRIPT_TITLES) {
  test(`a ${script} title reads its script's one subset file of ${family}, and nothing is missing`, () => {
    const plan = planFonts(title)
    assert.deepEqual(plan.files, [
      { family: 'inter', subset: 'latin' },
      { family, subset },
    ])
    assert.deepEqual(plan.missing, [])
  })
}

test('a title mixing scripts reads one subset per script, in the fallback order', () => {
  assert.deepEqual(families('Obsidian: ไทย, ខ្មែរ, বাংলা, ქართული'), ['inter', 'noto-sans-bengali', 'noto-sans-thai', 'noto-sans-khmer', 'noto-sans-georgian'])
})

test('Traditional Chinese is told from Simplified by the characters only one of them writes', () => {
  for (const title of ['進階格式語法', '內部連結', '嵌入檔案', '核心外掛程式', '網站分析', '多重游標', '中文筆記']) assert.equal(readsTraditionalChinese(title), true, title)
  for (const title of ['高级格式语法', '内部链接', '嵌入文件', '核心插件', '中文笔记', '这是一个测试', '帮助与支持']) assert.equal(readsTraditionalChinese(title), false, title)
  // Characters both write alike say nothing: such a title is drawn as Simplified.
  for (const title of ['中文', '模板', '公式', '日本', 'Obsidian']) assert.equal(readsTraditionalChinese(title), false, title)
})

test('a Traditional Chinese title reads only the Traditional Chinese font, a Simplified one only the Simplified one', () => {
  assert.deepEqual(families('進階格式語法'), ['inter', 'noto-sans-tc'])
  assert.deepEqual(families('高级格式语法'), ['inter', 'noto-sans-sc'])
  // The card's other text decides too: a Han-only name beside a Traditional title is Traditional.
  assert.deepEqual([...new Set(planFonts('中文', '中文\n進階格式語法').files.map((f) => f.family))], ['inter', 'noto-sans-tc'])
  // Kana and hangul still decide first.
  assert.deepEqual(families('東京の語法'), ['inter', 'noto-sans-jp'])
  assert.ok(families('韓國語 한국어').includes('noto-sans-kr'))
  assert.ok(!families('韓國語 한국어').includes('noto-sans-tc'))
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
  assert.deepEqual(planFonts('©').emoji, [], 'a text-style symbol stays text')
  assert.deepEqual(planFonts('A').emoji, [])
})

test('characters no bundled font has are reported, not dropped', () => {
  const plan = planFonts('Hieroglyphs 𓀀𓂀')
  assert.deepEqual(plan.missing, ['𓀀', '𓂀'])
  assert.equal(describeCharacter('𓀀'), 'U+13000 𓀀')
})
