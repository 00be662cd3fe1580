import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FEED_ENTRIES, feedItems } from './feed-items'
import type { PageRef } from '../core/model'

const page = (url: string, date?: string): PageRef => ({ kind: 'note', slug: url, url, title: url, description: '', date, tags: [] })

test('a feed lists the newest pages first, ties in title order, undated pages last', () => {
  const items = feedItems([page('/b/', '2024-01-01'), page('/undated/'), page('/a/', '2024-01-01'), page('/new/', '2025-05-05')])
  assert.deepEqual(items.map((p) => p.url), ['/new/', '/a/', '/b/', '/undated/'])
})

test(`a feed holds at most ${FEED_ENTRIES} entries, the newest`, () => {
  const pages = Array.from({ length: 2000 }, (_, i) => page(`/n${i}/`, `2020-01-01T${String(i).padStart(5, '0')}`))
  const items = feedItems(pages)
  assert.equal(items.length, FEED_ENTRIES)
  assert.equal(items[0]?.url, '/n1999/')
  assert.equal(feedItems(pages.slice(0, 3)).length, 3)
})
