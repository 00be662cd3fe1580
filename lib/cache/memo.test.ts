import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { memoByText, memoOn, processGlobal } from './memo'

describe('memoOn', () => {
  test('derives once per key object, however often it is asked', () => {
    const site = { pages: ['/a/', '/b/'] }
    let derived = 0
    const titles = memoOn(
      () => site,
      () => {
        derived++
        return new Set(site.pages)
      },
    )
    const first = titles()
    for (let i = 0; i < 1000; i++) assert.equal(titles(), first)
    assert.equal(derived, 1)
  })

  test('derives again when the key is a new object (a save in npm run dev)', () => {
    let site = { version: 1 }
    const versions: number[] = []
    const current = memoOn(
      () => site,
      () => {
        versions.push(site.version)
        return site.version
      },
    )
    assert.equal(current(), 1)
    site = { version: 2 }
    assert.equal(current(), 2)
    assert.equal(current(), 2)
    assert.deepEqual(versions, [1, 2])
  })

  test('a derived undefined is remembered too', () => {
    let derived = 0
    const key = {}
    const nothing = memoOn(
      () => key,
      () => {
        derived++
        return undefined
      },
    )
    nothing()
    nothing()
    assert.equal(derived, 1)
  })
})

test('a text is worked out once, and a changed text again', () => {
  const seen: string[] = []
  const length = memoByText('test-length', (text) => {
    seen.push(text)
    return { length: text.length }
  })
  assert.equal(length('# One').length, 5)
  assert.equal(length('# One'), length('# One'))
  assert.equal(length('# One, edited').length, 13)
  assert.deepEqual(seen, ['# One', '# One, edited'])
})

test('it keeps a bounded number of texts, so a long session does not grow without end', () => {
  let calls = 0
  const upper = memoByText('test-upper', (text) => {
    calls++
    return text.toUpperCase()
  }, 2)
  upper('a')
  upper('b')
  upper('c') // the third text clears what was kept
  upper('a')
  assert.equal(calls, 4)
})

test('two copies of a module share what they worked out under one name', () => {
  let calls = 0
  const first = memoByText('test-shared', (text) => ++calls + text.length)
  const second = memoByText('test-shared', (text) => ++calls + text.length)
  assert.equal(first('x'), 2)
  assert.equal(second('x'), 2)
  assert.equal(calls, 1)
})

describe('processGlobal', () => {
  test('one value per name in the process, made once, shared under its Symbol.for name', () => {
    let made = 0
    const init = () => ({ made: ++made })
    const first = processGlobal('memo-test.shared', init)
    assert.equal(processGlobal('memo-test.shared', init), first)
    assert.equal(made, 1)
    // What another copy of a module (another route bundle) reaches under the same name.
    assert.equal((globalThis as { [key: symbol]: unknown })[Symbol.for('speaker-site.memo-test.shared')], first)
    assert.notEqual(processGlobal('memo-test.other', init), first)
    assert.equal(made, 2)
  })
})
