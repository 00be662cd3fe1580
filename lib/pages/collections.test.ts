import assert from 'node:assert/strict'
import { test } from 'node:test'
import { pageCount } from './collections'

test('a count of pages is said in words, singular for one', () => {
  assert.equal(pageCount(1), '1 page')
  assert.equal(pageCount(0), '0 pages')
  assert.equal(pageCount(3), '3 pages')
})
