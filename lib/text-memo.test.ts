import assert from 'node:assert/strict'
import { test } from 'node:test'
import { memoByText } from './text-memo'

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
