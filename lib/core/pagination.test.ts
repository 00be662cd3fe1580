import assert from 'node:assert/strict'
import { test } from 'node:test'
import { laterPages, pagedPath, paginate } from './pagination'

const items = Array.from({ length: 65 }, (_, i) => i)

test('a list is cut into pages of the given size, the last one shorter', () => {
  assert.deepEqual(paginate(items, 1, 30)?.items, items.slice(0, 30))
  assert.deepEqual(paginate(items, 3, 30)?.items, [60, 61, 62, 63, 64])
  assert.equal(paginate(items, 2, 30)?.pageCount, 3)
})

test('a page number outside the list does not exist', () => {
  assert.equal(paginate(items, 0, 30), undefined)
  assert.equal(paginate(items, 4, 30), undefined)
  assert.equal(paginate(items, 1.5, 30), undefined)
})

test('an empty list still has its first page', () => {
  assert.deepEqual(paginate([], 1, 30), { items: [], page: 1, pageCount: 1 })
})

test('only pages after the first get their own route', () => {
  assert.deepEqual(laterPages(65, 30), ['2', '3'])
  assert.deepEqual(laterPages(30, 30), [])
  assert.deepEqual(laterPages(0, 30), [])
})

test('the first page is the list itself, later pages live under page/N/', () => {
  assert.equal(pagedPath('/notes/', 1), '/notes/')
  assert.equal(pagedPath('/notes/', 2), '/notes/page/2/')
  assert.equal(pagedPath('/tags/elixir/', 3), '/tags/elixir/page/3/')
})
