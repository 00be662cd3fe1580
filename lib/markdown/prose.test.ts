import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { joinBlocks, joinSeries, oneLine, shorten, withNested } from './prose'

describe('joinBlocks', () => {
  test('a block no punctuation ends ends as a sentence; one that does keeps its own mark', () => {
    assert.equal(joinBlocks(['Title', 'Some text.', 'Why stream?', 'Because: ', 'it is fast']), 'Title. Some text. Why stream? Because: it is fast')
  })

  test('empty blocks leave no separator behind', () => {
    assert.equal(joinBlocks(['', 'One', '  ', 'Two', '']), 'One. Two')
  })

  test('Chinese and Japanese blocks take "。" and no spaces', () => {
    assert.equal(joinBlocks(['東京メモ', '東京は大きい。', '寿司が好き']), '東京メモ。東京は大きい。寿司が好き')
  })

  test('right-to-left blocks are joined in logical order with no control characters', () => {
    assert.equal(joinBlocks(['שלום עולם', 'טקסט']), 'שלום עולם. טקסט')
    assert.equal(joinBlocks(['مرحبا', 'نص']), 'مرحبا. نص')
  })
})

describe('joinSeries', () => {
  test('items are listed with commas, or semicolons when an item has a comma of its own', () => {
    assert.equal(joinSeries(['Code Aesthetic', 'No Boilerplate', 'Anything from Jose']), 'Code Aesthetic, No Boilerplate, Anything from Jose')
    assert.equal(joinSeries(['Berlin, Germany', 'Paris, France']), 'Berlin, Germany; Paris, France')
  })

  test('an item that ends a sentence is followed by a space only', () => {
    assert.equal(joinSeries(['Ship it.', 'Then measure!', 'Repeat']), 'Ship it. Then measure! Repeat')
  })

  test('Chinese and Japanese items take "、", Arabic ones "،"', () => {
    assert.equal(joinSeries(['寿司', 'ラーメン', '天ぷら']), '寿司、ラーメン、天ぷら')
    assert.equal(joinSeries(['واحد', 'اثنان']), 'واحد، اثنان')
    assert.equal(joinSeries(['אחד', 'שניים']), 'אחד, שניים')
  })
})

test('withNested: a nested list follows its item after a colon, unless the item has one', () => {
  assert.equal(withNested('Frontend', 'React, Vue'), 'Frontend: React, Vue')
  assert.equal(withNested('Frontend:', 'React, Vue'), 'Frontend: React, Vue')
  assert.equal(withNested('前端', 'React、Vue'), '前端：React、Vue')
  assert.equal(withNested('Frontend', ''), 'Frontend')
})

test('oneLine: white space is one space, and no space is made between CJK characters', () => {
  assert.equal(oneLine('  a\n\tb  c '), 'a b c')
  assert.equal(oneLine('東京は\n大きい'), '東京は大きい')
  assert.equal(oneLine('東京 is\nbig'), '東京 is big')
})

describe('shorten', () => {
  test('a short text is returned whole', () => {
    assert.equal(shorten('Short text.', 20), 'Short text.')
  })

  test('a long text is cut at a word, the ellipsis within the length', () => {
    assert.equal(shorten('Using Elixir in production at a seed-stage startup', 30), 'Using Elixir in production at…')
    assert.equal(shorten('Using Elixir in production at a seed-stage startup', 29), 'Using Elixir in production…')
  })

  test('no separator is left dangling before the ellipsis', () => {
    assert.equal(shorten('Company, Platform, Stage. The Marriage Pact', 19), 'Company, Platform…')
    assert.equal(shorten('One thing; another thing here', 12), 'One thing…')
  })

  test('text with no space to cut at is cut at the length, never inside a character', () => {
    assert.equal(shorten('東京は大きい都市です', 6), '東京は大きい'.slice(0, 5) + '…')
    assert.equal(shorten(`ab${'😀'.repeat(5)}`, 5), 'ab😀…')
  })
})
