import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventsNewestFirst, newestFirst } from './order'

test('pages are newest first; the same date goes by title, then URL; undated pages come last', () => {
  const pages = [
    { title: 'B', url: '/b/', date: '2024-01-01' },
    { title: 'Undated', url: '/u/' },
    { title: 'A', url: '/z/', date: '2024-01-01' },
    { title: 'A', url: '/a/', date: '2024-01-01' },
    { title: 'New', url: '/n/', date: '2025-01-01' },
  ]
  assert.deepEqual([...pages].sort(newestFirst).map((p) => p.url), ['/n/', '/a/', '/z/', '/b/', '/u/'])
})

test("a talk's events are newest first, whatever order they were written in, and the input is left as it was", () => {
  const events = [{ name: 'first', date: '2023-01-01' }, { name: 'latest', date: '2024-06-01' }]
  assert.deepEqual(eventsNewestFirst(events).map((e) => e.name), ['latest', 'first'])
  assert.equal(events[0]?.name, 'first')
})
